// The inpatient chain over a medical year, for one scenario (POLICY-READING §2–§6, §9). Basic
// insurance pays each stay by its own deductible and ratio within what is left of the annual cap;
// every later layer is computed on the year's cumulative base where the text says so (or where a
// reading takes it so), and a stay receives the increase over what the layer has paid this year
// (never less than nothing: a payment made at a discharge is not taken back). One stay alone is the
// special case of a year with nothing before it. Every figure is rounded to the fen once, so each
// stay's layers and the patient's share add up to its bill exactly.
import type Decimal from 'decimal.js'
import type { CountyId, HospitalLevel, InpatientSetting, PolicyPack, Tier } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import type { Alert } from './alerts'
import { warning } from './alerts'
import { applicableAssistanceRule, assistanceLayer, reassistanceLayer } from './assistance'
import { basicInpatientLayer } from './basic-inpatient'
import { commercialLayer } from './commercial'
import { applicableCriticalIllnessRule, criticalIllnessLayer, specialDrugLayer } from './critical-illness'
import { PolicyInputError } from './errors'
import { hospitalWaiverLayer } from './hospital-waiver'
import type { PatientStatus, LayerId, LayerOutcome } from './layer'
import { compare, Dec, fmt, fmtOrNull, minus, plus, toFen, ZERO } from './money'
import type { Note } from './notes'
import { note } from './notes'
import { capValue, minCap, num, positive } from './scale'
import type { Ask, Scenario } from './scenario'
import { answersAlike, optionOf, scenario, unknownAt } from './scenario'
import type { Yuan } from './units'
import { rate } from './units'

/** An entry of the medical year: a hospital stay, or a Weihai special chronic outpatient bill pooled with inpatient costs. */
export type YearEntryKind = 'inpatient' | 'specialChronicOutpatient'

export interface ChainEntry {
  kind: YearEntryKind
  hospitalLevel?: HospitalLevel
  setting: InpatientSetting
  total: Decimal
  /** Null when only the total is known: an unknown between 0 and the total. */
  compliant: Decimal | null
  deductible?: Decimal
  ratio?: Decimal
  basicPaid?: Decimal
  specialDrugCost: Decimal
  manualClaim: boolean
  date?: string
  label?: string
}

export interface ChainPatient extends PatientStatus {
  tier: Tier
  county?: CountyId
}

/** The year's totals before the first entry ("本年度此前已报销"), every one rounded to the fen. */
export interface ChainPrior {
  compliantCost: Decimal
  basicPaid: Decimal
  criticalPaid: Decimal
  assistancePaid: Decimal
  commercialPaid: Decimal
  reassistancePaid: Decimal
  specialDrugCost: Decimal
  specialDrugPaid: Decimal
  hospitalWaiverPaid: Decimal
}

/** Where an entry starts in the year: what is left of the annual thresholds before it. */
export interface YearEntryInfo {
  kind: YearEntryKind
  date?: string
  label?: string
  /** 大病保险 deductible still to be borne before this entry (the year's, read cumulatively); null when not computable. */
  criticalDeductibleLeft: Yuan | null
  /** Basic-insurance annual cap left before this entry; null when the cap is unpublished. */
  basicCapLeft: Yuan | null
  /** Weihai special chronic outpatient: the yearly 300 deductible left before this entry. */
  specialChronicDeductibleLeft?: Yuan
}

/** One entry as the chain leaves it, in this scenario. */
export interface ChainStay {
  outcomes: LayerOutcome[]
  /** Layers that are one county's rule, replaced for someone insured elsewhere. */
  notCollected: LayerId[]
  warnings: Alert[]
  info: YearEntryInfo
  total: Decimal
  compliant: Decimal
  share: Decimal
  compliantLeft: Decimal
  nonCompliantLeft: Decimal
  specialDrugLeft: Decimal
}

/** The year's running totals; every Decimal is already rounded to the fen. */
interface YearState {
  basicPaid: Decimal
  /** Compliant bases that went through the ratio table: the axis of 二档's bands read over the year. */
  basicBase: Decimal
  /** Cumulative base of 大病保险 (P1 of the entries it counts). */
  criticalBase: Decimal
  critical: Decimal
  /** Cumulative base of 医疗救助 (P2 of inpatient stays). */
  assistanceBase: Decimal
  assistance: Decimal
  /** Inpatient compliant cost and burden after 救助: the bases of 商业, which is inpatient only. */
  inpatientCompliant: Decimal
  commercialBase: Decimal
  commercial: Decimal
  /** Inpatient burden after 商业: the base of 再救助. */
  reassistanceBase: Decimal
  reassistance: Decimal
  specialDrugCost: Decimal
  specialDrugPaid: Decimal
  waiver: Decimal
  specialChronicDeductible: Decimal
  /** Outpatient self-pay already counted toward the 20,000 of the outpatient assistance rule, and what it paid. */
  outpatientCounted: Decimal
  outpatientPaid: Decimal
}

function startState(prior: ChainPrior | undefined): YearState {
  const p = prior
  const z = ZERO
  const p1 = p ? p.compliantCost.minus(p.basicPaid) : z
  const p2 = p ? p1.minus(p.criticalPaid) : z
  const p4 = p ? p2.minus(p.assistancePaid) : z
  return {
    basicPaid: p?.basicPaid ?? z,
    basicBase: p?.compliantCost ?? z,
    criticalBase: p1,
    critical: p?.criticalPaid ?? z,
    assistanceBase: p2,
    assistance: p?.assistancePaid ?? z,
    inpatientCompliant: p?.compliantCost ?? z,
    commercialBase: p4,
    commercial: p?.commercialPaid ?? z,
    reassistanceBase: p ? p4.minus(p.commercialPaid) : z,
    reassistance: p?.reassistancePaid ?? z,
    specialDrugCost: p?.specialDrugCost ?? z,
    specialDrugPaid: p?.specialDrugPaid ?? z,
    waiver: p?.hospitalWaiverPaid ?? z,
    specialChronicDeductible: z,
    outpatientCounted: z,
    outpatientPaid: z
  }
}

/** The increase of a cumulative layer over what it has paid this year; never negative. */
function increase(o: LayerOutcome | undefined, paidSoFar: Decimal): LayerOutcome | undefined {
  if (!o) return o
  return { ...o, amount: compare(o.amount, paidSoFar) > 0 ? minus(o.amount, paidSoFar) : ZERO }
}

/** At most what is left of an annual cap. */
function withinCap(o: LayerOutcome | undefined, capLeft: Decimal | null): LayerOutcome | undefined {
  if (!o || capLeft === null || compare(o.amount, capLeft) <= 0) return o
  return { ...o, amount: capLeft }
}

/**
 * At most what this entry leaves to pay: a layer counted over the year pays the increase of its
 * year's figure, which after a prior burden never reimbursed (a "此前已报销" with nothing paid) could
 * exceed this stay's own bill. Every payout is capped by what is left to pay (POLICY-READING: money).
 */
function withinBurden(o: LayerOutcome | undefined, left: Decimal): LayerOutcome | undefined {
  return withinCap(o, positive(left))
}

function paidBy(o: LayerOutcome | undefined): Decimal {
  return o ? o.amount : ZERO
}

export function entryName(i: number): string {
  return `第${i + 1}条`
}

/**
 * The entries the runs of one evaluation have computed (one household, year and list of entries).
 * An entry's result depends only on the year before it and on the answers to the questions it asks
 * of the scenario; a run that reaches entry k with the same year before it and would get the same
 * answers takes the stored entry instead of computing it again. Most of an evaluation's runs differ
 * in a reading that only a few entries ask, or only a later one.
 */
export interface EntryMemo {
  first: MemoNode
  /**
   * The years after k entries, each once: runs whose earlier entries differ but leave the same year
   * (a reading that moved nothing, an unknown whose limit did not bind) go on from the same node.
   */
  after: MemoNode[][]
}

/** The year before an entry, as the earlier entries left it: the entries computed from it. */
interface MemoNode {
  year: YearState
  computed: MemoEntry[]
}

interface MemoEntry {
  /** What the entry asked, with the answers it got: a run with the same answers computes the same. */
  trail: Ask[]
  /**
   * Computed by a run that builds the words shown (only the usual run does). A run that does not may
   * take it, since it reads the figures alone; a describing run never takes an entry without words.
   */
  described: boolean
  stay: ChainStay
  /** The year after it. */
  next: MemoNode
}

export function entryMemo(prior: ChainPrior | undefined): EntryMemo {
  return { first: { year: startState(prior), computed: [] }, after: [] }
}

const YEAR_FIELDS = Object.keys(startState(undefined)) as (keyof YearState)[]

/** The node of this year after k entries: the one some run already reached, or a new one. */
function nodeAfter(memo: EntryMemo, k: number, year: YearState): MemoNode {
  const nodes = (memo.after[k] ??= [])
  const same = nodes.find((n) => YEAR_FIELDS.every((f) => compare(n.year[f], year[f]) === 0))
  if (same) return same
  const node: MemoNode = { year: { ...year }, computed: [] }
  nodes.push(node)
  return node
}

/**
 * Runs the whole chain over the year's entries in this scenario; `named` words an input error of
 * entry k. With a memo, an entry some earlier run computed under the same answers is taken from it.
 */
export function runChain(
  pack: PolicyPack,
  who: ChainPatient,
  entries: ChainEntry[],
  prior: ChainPrior | undefined,
  s: Scenario,
  named: (k: number, e: unknown) => unknown = (_k, e) => e,
  describe = true,
  memo?: EntryMemo
): ChainStay[] {
  let st = startState(prior)
  // A deductible put on every blank entry is read beyond what the trail records: such a run computes its own.
  let node = s.deductible === undefined ? memo?.first : undefined
  return entries.map((e, k) => {
    try {
      const before = s.asked.unknowns.size
      s.asked.entry = k
      const known = node?.computed.find((m) => (m.described || !describe) && m.trail.every((a) => answersAlike(s, a)))
      let stay: ChainStay
      if (known) {
        // Asked again, so the scenario learns what this entry asks, as when it is computed.
        for (const a of known.trail) {
          if ('reading' in a) optionOf(s, pack, a.reading)
          else unknownAt(s, a.unknown)
        }
        stay = known.stay
        st = { ...known.next.year }
        node = known.next
      } else if (node) {
        const trail: Ask[] = []
        s.asked.trail = trail
        try {
          stay = runEntry(pack, who, e, st, s, k === 0 && prior === undefined, describe)
        } finally {
          s.asked.trail = undefined
        }
        const next = nodeAfter(memo as EntryMemo, k + 1, st)
        node.computed.push({ trail, described: describe, stay, next })
        node = next
      } else {
        stay = runEntry(pack, who, e, st, s, k === 0 && prior === undefined, describe)
      }
      if (s.asked.unknowns.size > before && s.asked.firstEntry === undefined) s.asked.firstEntry = k
      return stay
    } catch (err) {
      throw named(k, err)
    }
  })
}

function runEntry(
  pack: PolicyPack,
  who: ChainPatient,
  e: ChainEntry,
  st: YearState,
  s: Scenario,
  fresh: boolean,
  describe: boolean
): ChainStay {
  const warnings: Alert[] = []
  // Only the usual run is shown; the others are read for their figures alone.
  const info = describe ? entryInfo(pack, who, e, st) : { kind: e.kind, criticalDeductibleLeft: null, basicCapLeft: null }
  const compliant = e.compliant ?? toFen(e.total.times(new Dec(1).minus(unknownAt(s, 'compliantCost'))))
  const nonCompliant = minus(e.total, compliant)
  if (e.kind === 'inpatient') {
    const referral = pack.inpatient.referralRequired?.find((r) => r.tier === who.tier && r.hospitalLevel === e.hospitalLevel)
    if (referral && e.setting === 'local') warnings.push(warning('referralRequired', { text: referral.text.text }))
  }

  const basic = basicStep(pack, who, e, compliant, st, s, fresh)
  const p1 = minus(compliant, basic.amount)
  const critical = criticalStep(pack, who, e, p1, st, s)
  const p2 = minus(p1, paidBy(critical))
  const specialDrug = compare(e.specialDrugCost, ZERO) > 0 ? specialDrugStep(pack, who, e.specialDrugCost, st, s) : undefined

  const scope = pack.chain.countyScope
  const outOfScope = scope !== undefined && who.county !== scope.county
  const notCollected: LayerId[] = []
  // A layer that is one county's rule, for someone insured elsewhere: that county's rule is not
  // collected, so what it pays is an unknown (never the other county's figure).
  const inScope = (o: LayerOutcome | undefined, base: Decimal): LayerOutcome | undefined => {
    if (!o || !outOfScope || !scope) return o
    notCollected.push(o.id)
    return {
      id: o.id,
      amount: toFen(positive(base).times(unknownAt(s, 'countyRule'))),
      unpublished: true,
      notes: [note('countyNotCollected', { county: scope.name, askCounty: who.county === undefined })],
      sources: o.sources,
      warnings: []
    }
  }

  let waiver: LayerOutcome | undefined
  let assistance: LayerOutcome | undefined
  let commercial: LayerOutcome | undefined
  let reassistance: LayerOutcome | undefined
  let compliantLeft = p2
  // A layer replaced as another county's rule asks nothing of this scenario: it is not what applies.
  const sc = outOfScope ? scenario() : s
  if (e.kind === 'inpatient') {
    waiver = inScope(waiverStep(pack, who, nonCompliant, st, sc), nonCompliant)
    assistance = inScope(withinBurden(assistanceStep(pack, who, p2, st, sc), p2), p2)
    st.assistance = plus(st.assistance, paidBy(assistance))
    const p4 = minus(p2, paidBy(assistance))
    st.inpatientCompliant = plus(st.inpatientCompliant, compliant)
    st.commercialBase = plus(st.commercialBase, p4)
    // 商业 holds the year's inpatient burden at 9.8% of the year's inpatient compliant cost.
    commercial = inScope(
      withinBurden(increase(commercialLayer(pack, st.commercialBase, st.inpatientCompliant, who, sc), st.commercial), p4),
      p4
    )
    st.commercial = plus(st.commercial, paidBy(commercial))
    const p5 = minus(p4, paidBy(commercial))
    reassistance = inScope(withinBurden(reassistanceStep(pack, who, p5, st, sc), p5), p5)
    st.reassistance = plus(st.reassistance, paidBy(reassistance))
    compliantLeft = minus(p5, paidBy(reassistance))
  } else {
    assistance = outpatientAssistanceStep(pack, who, p2, st, s)
    compliantLeft = minus(p2, paidBy(assistance))
  }

  const outcomes = [basic, critical, specialDrug, waiver, assistance, commercial, reassistance].filter(
    (o): o is LayerOutcome => o !== undefined
  )
  let paid = ZERO
  for (const o of outcomes) {
    paid = plus(paid, o.amount)
    warnings.push(...o.warnings)
  }
  const total = e.total.plus(e.specialDrugCost)
  return {
    outcomes,
    notCollected,
    warnings,
    info,
    total,
    compliant,
    share: minus(total, paid),
    compliantLeft,
    nonCompliantLeft: minus(nonCompliant, paidBy(waiver)),
    specialDrugLeft: minus(e.specialDrugCost, paidBy(specialDrug))
  }
}

function entryInfo(pack: PolicyPack, who: ChainPatient, e: ChainEntry, st: YearState): YearEntryInfo {
  const info: YearEntryInfo = { kind: e.kind, criticalDeductibleLeft: null, basicCapLeft: null }
  if (e.date) info.date = e.date
  if (e.label) info.label = e.label
  const cap = capValue(pack.inpatient.tiers[who.tier].annualCap)
  info.basicCapLeft = fmtOrNull(cap === null ? null : positive(minus(cap, st.basicPaid)))
  const special = pack.outpatient.chronic.special
  if (e.kind === 'specialChronicOutpatient' && special)
    info.specialChronicDeductibleLeft = fmt(positive(num(special.deductible).minus(st.specialChronicDeductible)))
  const critRule = applicableCriticalIllnessRule(pack.criticalIllness, who).rule
  if (isPublished(critRule.deductible) && !isUnpublished(critRule.scale)) {
    info.criticalDeductibleLeft = fmt(positive(minus(num(critRule.deductible), st.criticalBase)))
  }
  return info
}

/** Basic insurance: this entry's own deductible and ratio, within what is left of the annual cap. */
function basicStep(
  pack: PolicyPack,
  who: ChainPatient,
  e: ChainEntry,
  compliant: Decimal,
  st: YearState,
  s: Scenario,
  fresh: boolean
): LayerOutcome {
  const tier = who.tier
  const cap = capValue(pack.inpatient.tiers[tier].annualCap)
  const capLeft = cap === null ? null : positive(minus(cap, st.basicPaid))
  let basic: LayerOutcome
  let base: Decimal
  if (e.kind === 'specialChronicOutpatient') {
    const special = pack.outpatient.chronic.special
    if (!special) {
      throw new PolicyInputError('kind', `${pack.regionName}的政策文件未规定特殊门诊慢性病费用与住院费用合并计算，无法计入`)
    }
    const yearly = num(special.deductible)
    const left = positive(minus(yearly, st.specialChronicDeductible))
    const computed = basicInpatientLayer(
      pack,
      {
        tier,
        hospitalLevel: e.hospitalLevel,
        compliant,
        deductible: left,
        ratio: e.ratio,
        basicPaid: e.basicPaid,
        setting: 'local',
        yearBaseBefore: st.basicBase
      },
      s
    )
    base = computed.base
    basic = {
      ...computed,
      notes: [note('specialChronicDeductible', { yearly: fmt(yearly), left: fmt(left) }), ...computed.notes],
      sources: [special.deductible.reference, special.mergedWithInpatient.reference, ...computed.sources]
    }
    st.specialChronicDeductible = plus(st.specialChronicDeductible, compare(compliant, left) < 0 ? compliant : left)
  } else {
    const computed = basicInpatientLayer(
      pack,
      {
        tier,
        hospitalLevel: e.hospitalLevel,
        compliant,
        deductible: e.deductible,
        ratio: e.ratio,
        basicPaid: e.basicPaid,
        setting: e.setting,
        manualClaim: e.manualClaim,
        yearBaseBefore: st.basicBase
      },
      s
    )
    base = computed.base
    basic = computed
  }
  if (cap !== null && capLeft !== null) {
    if (e.basicPaid === undefined) {
      if (compare(basic.amount, capLeft) > 0) {
        const reached = note('basicCapReached', { paidSoFar: fmt(st.basicPaid), cap: fmt(cap), left: fmt(capLeft) })
        basic = { ...basic, amount: capLeft, notes: [...basic.notes, reached] }
      }
    } else if (!fresh && compare(st.basicPaid.plus(basic.amount), cap) > 0) {
      basic = { ...basic, warnings: [...basic.warnings, warning('yearAboveCap', { cap: fmt(cap) })] }
    }
  }
  st.basicPaid = plus(st.basicPaid, basic.amount)
  st.basicBase = plus(st.basicBase, base)
  return {
    id: basic.id,
    amount: basic.amount,
    unpublished: basic.unpublished,
    notes: basic.notes,
    sources: basic.sources,
    warnings: basic.warnings
  }
}

/**
 * 大病保险: cumulative over the year where the text says "累计" (Weifang) or where a reading takes it
 * so (Weihai's poverty 5,000: weihai.criticalPeriod); a Weihai special chronic outpatient bill joins
 * it only under weihai.outpatientInCritical A.
 */
function criticalStep(
  pack: PolicyPack,
  who: ChainPatient,
  e: ChainEntry,
  p1: Decimal,
  st: YearState,
  s: Scenario
): LayerOutcome | undefined {
  if (e.kind === 'specialChronicOutpatient' && optionOf(s, pack, 'weihai.outpatientInCritical') === 1) {
    return { id: 'critical', amount: ZERO, notes: [note('outpatientNotInCritical')], sources: [], warnings: [] }
  }
  const { exception } = applicableCriticalIllnessRule(pack.criticalIllness, who)
  const perStay =
    exception !== undefined &&
    compare(st.criticalBase, ZERO) > 0 &&
    pack.readings['weihai.criticalPeriod'] !== undefined &&
    optionOf(s, pack, 'weihai.criticalPeriod') === 1
  let critical: LayerOutcome | undefined
  if (perStay) {
    critical = criticalIllnessLayer(pack, p1, who, s)
    critical = { ...critical, notes: [...critical.notes, note('criticalPerStay')] }
  } else {
    st.criticalBase = plus(st.criticalBase, p1)
    critical = increase(criticalIllnessLayer(pack, st.criticalBase, who, s), st.critical)
  }
  critical = withinBurden(critical, p1)
  st.critical = plus(st.critical, paidBy(critical))
  return critical
}

/** 特药: the cap counted over the year, or per ledger entry (weifang.drugCapPeriod). */
function specialDrugStep(pack: PolicyPack, who: ChainPatient, cost: Decimal, st: YearState, s: Scenario): LayerOutcome {
  const before = st.specialDrugCost
  st.specialDrugCost = plus(st.specialDrugCost, cost)
  let drug: LayerOutcome
  if (compare(before, ZERO) > 0 && optionOf(s, pack, 'weifang.drugCapPeriod') === 1) drug = specialDrugLayer(pack, cost, who, s)
  else drug = increase(specialDrugLayer(pack, st.specialDrugCost, who, s), st.specialDrugPaid) as LayerOutcome
  st.specialDrugPaid = plus(st.specialDrugPaid, drug.amount)
  return drug
}

/** 医疗机构减免 on each stay's own bill; "每人最多200元" over the year or per stay (weihai.waiverPeriod). */
function waiverStep(pack: PolicyPack, who: ChainPatient, nonCompliant: Decimal, st: YearState, s: Scenario): LayerOutcome | undefined {
  const rule = pack.chain.hospitalWaiver
  let max: Decimal | undefined
  if (!isUnpublished(rule) && compare(st.waiver, ZERO) > 0 && optionOf(s, pack, 'weihai.waiverPeriod') === 0) {
    max = positive(minus(num(rule.maxPerPerson), st.waiver))
  }
  const waiver = hospitalWaiverLayer(pack, nonCompliant, who, s, max)
  st.waiver = plus(st.waiver, paidBy(waiver))
  return waiver
}

/** 医疗救助 on the year's cumulative P2, or on this stay's own (weihai.assistancePeriod), within its annual cap. */
function assistanceStep(pack: PolicyPack, who: ChainPatient, p2: Decimal, st: YearState, s: Scenario): LayerOutcome | undefined {
  const before = st.assistanceBase
  st.assistanceBase = plus(st.assistanceBase, p2)
  const found = applicableAssistanceRule(pack, who)
  const rule = found && !isUnpublished(found.rule) ? found.rule : undefined
  if (rule && found?.eligibility === 'povertyNotKey' && compare(before, ZERO) > 0 && optionOf(s, pack, 'weihai.assistancePeriod') === 1) {
    const own = assistanceLayer(pack, p2, who, s)
    const cap = capValue(rule.annualCap)
    const o = withinCap(own, cap === null ? null : positive(minus(cap, st.assistance)))
    return o && { ...o, notes: [...o.notes, note('assistancePerStay')] }
  }
  return increase(assistanceLayer(pack, st.assistanceBase, who, s), st.assistance)
}

/** 再救助: Weihai's on the year's cumulative burden ("一个医疗年度内"); 安丘's 5,000 is a reading. */
function reassistanceStep(pack: PolicyPack, who: ChainPatient, p5: Decimal, st: YearState, s: Scenario): LayerOutcome | undefined {
  const before = st.reassistanceBase
  st.reassistanceBase = plus(st.reassistanceBase, p5)
  const rule = pack.chain.reassistance
  if (
    !isUnpublished(rule) &&
    compare(before, ZERO) > 0 &&
    pack.readings['anqiu.reassistancePeriod'] &&
    optionOf(s, pack, 'anqiu.reassistancePeriod') === 1
  ) {
    const o = withinCap(reassistanceLayer(pack, p5, who), positive(minus(num(rule.annualCap), st.reassistance)))
    return o && { ...o, notes: [...o.notes, note('reassistancePerStay')] }
  }
  return increase(reassistanceLayer(pack, st.reassistanceBase, who), st.reassistance)
}

/**
 * A Weihai special chronic outpatient bill of a poverty household: the outpatient rule (70% of the
 * self-pay counted up to 20,000 over the year), counted once; what is above 20,000 joins 第四层
 * item 1 (weihai.assistanceScope A) or is an unknown (B). Never 商业 or 再救助 (inpatient only).
 */
function outpatientAssistanceStep(
  pack: PolicyPack,
  who: ChainPatient,
  selfPay: Decimal,
  st: YearState,
  s: Scenario
): LayerOutcome | undefined {
  const rule = pack.outpatient.chronic.assistanceRules?.find((r) => r.id === 'povertyChronic')
  if (!rule || !who.povertyHousehold) return undefined
  const limit = rule.countedUpTo ? num(rule.countedUpTo) : null
  const room = limit === null ? selfPay : positive(minus(limit, st.outpatientCounted))
  const counted = minCap(selfPay, room)
  st.outpatientCounted = plus(st.outpatientCounted, counted)
  // Rounded on the year's counted self-pay, like every cumulative layer: the year never pays more than 70% of 20,000.
  const due = toFen(st.outpatientCounted.times(num(rule.rate)))
  let amount = positive(minus(due, st.outpatientPaid))
  st.outpatientPaid = plus(st.outpatientPaid, amount)
  const excess = minus(selfPay, counted)
  const notes: Note[] = [note('outpatientAssistanceInYear', { rate: rate(rule.rate.value), countedUpTo: limit ? fmt(limit) : null })]
  const sources = [rule.rate.reference]
  if (compare(excess, ZERO) > 0) {
    const found = applicableAssistanceRule(pack, who)
    if (
      optionOf(s, pack, 'weihai.assistanceScope') === 0 &&
      found?.eligibility === 'povertyNotKey' &&
      !isUnpublished(found.rule) &&
      isPublished(found.rule.rate)
    ) {
      const cap = capValue(found.rule.annualCap)
      const extra = toFen(minCap(excess.times(num(found.rule.rate)), cap === null ? null : positive(minus(cap, st.assistance))))
      st.assistance = plus(st.assistance, extra)
      amount = amount.plus(extra)
      notes.push(note('outpatientAboveAsAssistance'))
      sources.push(found.rule.rate.reference)
    } else {
      amount = amount.plus(toFen(excess.times(unknownAt(s, 'outpatientAssistanceAbove'))))
      notes.push(note('outpatientAboveUnknown'))
    }
  }
  return { id: 'assistance', amount, notes, sources, warnings: [] }
}
