import type Decimal from 'decimal.js'
import type { CountyId, HospitalLevel, InpatientSetting, PolicyPack, Reference, RegionId, Tier } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { assistanceLayer, reassistanceLayer } from './assistance'
import { basicInpatientLayer } from './basicInpatient'
import { commercialLayer } from './commercial'
import { applicableCriticalIllnessRule, criticalIllnessLayer, specialDrugLayer } from './criticalIllness'
import { PolicyInputError } from './errors'
import { hospitalWaiverLayer } from './hospitalWaiver'
import type { InpatientEstimate, StaySums } from './inpatient'
import { chainWarnings, isDefined, notCollectedForCounty, parseHousehold, parseStayBill, stayEstimate } from './inpatient'
import { oneOf, packFor, parseDate, parseTier } from './inputs'
import type { AssistanceGroup, Household, Layer, LayerId, LayerOutcome } from './layer'
import { LAYER_LABELS, LAYER_ORDER, notComputableLayer } from './layer'
import { Dec, fmt, fmtOrNull, parseOptionalAmount, ZERO } from './money'
import type { TwoReadings } from './readings'
import { twoReadings } from './readings'
import { capValue, num, positive } from './scale'

// The medical year (POLICY-READING §9): every cap in the sources is annual and 大病 counts the year's
// cumulative burden, so a year of several stays is not several first stays. Basic insurance pays each
// stay by its own deductible and ratio within what is left of the annual cap; every later layer is
// computed on the year's cumulative base and a stay receives the increase over what the layer has
// already paid this year (never less than nothing, so no layer takes back a payment). The first stay
// of a year with nothing before it is exactly estimateInpatient.

/** An entry of the medical year: a hospital stay, or a Weihai special chronic outpatient bill pooled with inpatient costs. */
export type YearEntryKind = 'inpatient' | 'specialChronicOutpatient'

export interface StayInput {
  /** Absent means a hospital stay. */
  kind?: YearEntryKind
  /** 住院总费用 T (for an outpatient entry: the outpatient bill), yuan. */
  totalCost: string
  /** 其中政策范围内（合规）费用 C ≤ T. */
  compliantCost: string
  hospitalLevel?: HospitalLevel
  setting?: InpatientSetting
  /** 起付标准 of this stay (each stay has its own); not used for outpatient entries, whose 300 is yearly. */
  deductible?: string
  basicRatio?: string
  /** 统筹基金支付 from this stay's settlement slip. */
  basicPaid?: string
  specialDrugCost?: string
  /** Admission (or visit) date, YYYY-MM-DD: shown in the ledger, and all in one calendar year. */
  date?: string
  /** Hospital or any name the user gives the entry; shown, never computed on. */
  label?: string
}

/**
 * "本年度此前已报销": the year's totals before the first entry, as the slips show them, for someone
 * who has only the totals. Every field is optional and counts as 0 when absent.
 */
export interface PriorThisYear {
  /** 政策范围内费用 so far this year (also the base of the commercial 9.8%). */
  compliantCost?: string
  /** 统筹基金支付 so far (counts against the annual cap). */
  basicPaid?: string
  criticalPaid?: string
  assistancePaid?: string
  commercialPaid?: string
  reassistancePaid?: string
  specialDrugCost?: string
  specialDrugPaid?: string
  hospitalWaiverPaid?: string
}

export interface YearInput {
  region: RegionId
  year?: number
  tier: Tier
  povertyHousehold?: boolean
  assistanceGroup?: AssistanceGroup
  county?: CountyId
  /** In the order they happened; the cumulative layers follow this order. */
  stays: StayInput[]
  prior?: PriorThisYear
}

/** Where an entry starts in the year: what is left of the annual thresholds before it. */
export interface YearEntryInfo {
  kind: YearEntryKind
  date?: string
  label?: string
  /** 大病保险 deductible still to be borne before this entry (the year's, not the stay's); null when not computable. */
  criticalDeductibleLeft: string | null
  /** Basic-insurance annual cap left before this entry; null when the cap is unpublished. */
  basicCapLeft: string | null
  /** Weihai special chronic outpatient: the yearly 300 deductible left before this entry. */
  specialChronicDeductibleLeft?: string
}

export interface WaiverReadingValue {
  /** The year's 医疗机构减免 under this reading. */
  total: string
  /** The year's out-of-pocket under this reading. */
  outOfPocket: string
  /** Each entry's 减免 (null for an entry the layer does not apply to). */
  perStay: (string | null)[]
}

export interface YearTotals {
  /** Each layer summed over the year's entries, in chain order. */
  layers: Layer[]
  outOfPocket: string
  total: string
  paid: string
  burden: { compliant: string | null; nonCompliant: string; specialDrug: string }
  outOfPocketBound?: 'atLeast'
  /** Warnings about the year as a whole (each entry carries its own). */
  warnings: string[]
  entries: YearEntryInfo[]
  /**
   * 医疗机构减免 "每人最多200元": per year (the figures above) or per stay (POLICY-READING §10).
   * Present when the layer is computed for some entry.
   */
  hospitalWaiverReadings?: TwoReadings<WaiverReadingValue>
  /** The prior totals the year started from, as read (two decimals); absent when none were given. */
  prior?: Required<PriorThisYear>
}

export interface YearEstimate {
  stays: InpatientEstimate[]
  year: YearTotals
}

/** Enough for any real year; keeps one call bounded. */
export const MAX_YEAR_ENTRIES = 60

const FIRST_OF_YEAR = '按本次住院为本医疗年度首次累计测算'
const CUMULATIVE = '按本医疗年度累计个人负担测算'

const PRIOR_FIELDS: (keyof PriorThisYear)[] = [
  'compliantCost',
  'basicPaid',
  'criticalPaid',
  'assistancePaid',
  'commercialPaid',
  'reassistancePaid',
  'specialDrugCost',
  'specialDrugPaid',
  'hospitalWaiverPaid'
]

type Prior = Record<keyof PriorThisYear, Decimal>

function parsePrior(input: PriorThisYear | undefined): Prior | undefined {
  if (input === undefined || input === null) return undefined
  if (typeof input !== 'object') throw new PolicyInputError('prior', '本年度此前已报销的数据无效')
  const p = {} as Prior
  for (const f of PRIOR_FIELDS) p[f] = parseOptionalAmount(`prior.${f}`, input[f]) ?? ZERO
  const insurance = p.basicPaid.plus(p.criticalPaid).plus(p.assistancePaid).plus(p.commercialPaid).plus(p.reassistancePaid)
  if (insurance.gt(p.compliantCost)) {
    throw new PolicyInputError('prior.compliantCost', '此前已报销的统筹、大病、救助、商业补充保险合计不能大于此前的政策范围内费用')
  }
  if (p.specialDrugPaid.gt(p.specialDrugCost)) {
    throw new PolicyInputError('prior.specialDrugCost', '此前特药报销不能大于此前的特药费用')
  }
  return p
}

interface ParsedEntry {
  kind: YearEntryKind
  hospitalLevel?: HospitalLevel
  setting: InpatientSetting
  total: Decimal
  compliant: Decimal
  deductible?: Decimal
  ratio?: Decimal
  basicPaid?: Decimal
  specialDrugCost: Decimal
  date?: string
  label?: string
}

function parseEntry(s: StayInput): ParsedEntry {
  if (typeof s !== 'object' || s === null) throw new PolicyInputError('', '住院记录无效')
  const kind = oneOf('kind', s.kind ?? 'inpatient', ['inpatient', 'specialChronicOutpatient'] as const, '记录类别无效')
  const { hospitalLevel, setting, total, compliant, deductible, ratio, basicPaid, specialDrugCost } = parseStayBill(s)
  if (kind === 'specialChronicOutpatient') {
    if (setting !== 'local') throw new PolicyInputError('setting', '特殊门诊慢性病费用按本地门诊计入，不选择异地就医类型')
    if (specialDrugCost.gt(0)) throw new PolicyInputError('specialDrugCost', '特药费用请记在住院记录中')
  }
  const entry: ParsedEntry = { kind, hospitalLevel, setting, total, compliant, deductible, ratio, basicPaid, specialDrugCost }
  if (s.date !== undefined && s.date !== '') {
    entry.date = parseDate('date', s.date)
  }
  if (s.label !== undefined) {
    if (typeof s.label !== 'string') throw new PolicyInputError('label', '医院名称无效')
    const label = s.label.trim()
    if (label !== '') entry.label = label
  }
  return entry
}

function entryName(i: number, kind: YearEntryKind): string {
  return kind === 'inpatient' ? `第${i + 1}条（住院）` : `第${i + 1}条（特殊门诊慢性病）`
}

/** Runs `fn` for entry i, naming the entry in any input error so a page can point at it. */
function forEntry<T>(i: number, kind: YearEntryKind | undefined, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof PolicyInputError) {
      const field = e.field === '' ? `stays[${i}]` : `stays[${i}].${e.field}`
      throw new PolicyInputError(field, `${entryName(i, kind ?? 'inpatient')}：${e.message}`)
    }
    throw e
  }
}

/** The increase of a cumulative layer over what it has paid this year; never negative. */
function increase(o: LayerOutcome | undefined, paidSoFar: Decimal): LayerOutcome | undefined {
  if (!o || o.amount === null) return o
  return { ...o, amount: o.amount.gt(paidSoFar) ? o.amount.minus(paidSoFar) : ZERO }
}

function paidBy(o: LayerOutcome | undefined): Decimal {
  return o && o.amount !== null ? o.amount : ZERO
}

/** The year's running totals; every Decimal is already rounded to the fen. */
interface YearState {
  basicPaid: Decimal
  compliant: Decimal
  /** Cumulative compliant burden after basic insurance (P1); null once an entry's basic is not computable. */
  p1: Decimal | null
  critical: Decimal
  assistance: Decimal
  commercial: Decimal
  reassistance: Decimal
  specialDrugCost: Decimal
  specialDrugPaid: Decimal
  waiver: Decimal
  specialChronicDeductible: Decimal
  /** Index of the first entry whose basic payout is unknown. */
  unknownFrom: number | null
}

interface EntryResult {
  estimate: InpatientEstimate
  info: YearEntryInfo
  waiverPerStay: Decimal | null
  /** The entry's layers before formatting, in the order of estimate.layers. */
  outcomes: LayerOutcome[]
  sums: StaySums
}

interface Household2 extends Household {
  tier: Tier
  county?: CountyId
}

function entryEstimate(
  pack: PolicyPack,
  who: Household2,
  e: ParsedEntry,
  i: number,
  st: YearState,
  fresh: boolean
): EntryResult {
  const { tier } = who
  const warnings: string[] = []
  const info: YearEntryInfo = { kind: e.kind, criticalDeductibleLeft: null, basicCapLeft: null }
  if (e.date) info.date = e.date
  if (e.label) info.label = e.label

  const tierRule = pack.inpatient.tiers[tier]
  const cap = capValue(tierRule.annualCap)
  const capLeft = cap === null ? null : positive(cap.minus(st.basicPaid))
  info.basicCapLeft = fmtOrNull(capLeft)
  const critRule = applicableCriticalIllnessRule(pack.criticalIllness, who).rule
  if (st.p1 !== null && isPublished(critRule.deductible) && !isUnpublished(critRule.scale)) {
    info.criticalDeductibleLeft = fmt(positive(num(critRule.deductible).minus(st.p1)))
  }

  if (e.kind === 'inpatient') {
    const referral = pack.inpatient.referralRequired?.find((r) => r.tier === tier && r.hospitalLevel === e.hospitalLevel)
    if (referral && e.setting === 'local') warnings.push(`${referral.text.text}：未经转诊的，报销可能受影响`)
  }

  // Basic insurance: this entry's own deductible and ratio, within what is left of the annual cap.
  let basic: LayerOutcome
  if (e.kind === 'specialChronicOutpatient') {
    const special = pack.outpatient.chronic.special
    if (!special) {
      throw new PolicyInputError('kind', `${pack.regionName}的政策文件未规定特殊门诊慢性病费用与住院费用合并计算，无法计入`)
    }
    const yearly = num(special.deductible)
    const left = positive(yearly.minus(st.specialChronicDeductible))
    info.specialChronicDeductibleLeft = fmt(left)
    basic = basicInpatientLayer(pack, { tier, hospitalLevel: e.hospitalLevel, compliant: e.compliant, deductible: left, ratio: e.ratio, basicPaid: e.basicPaid, setting: 'local' })
    basic = {
      ...basic,
      note: [`特殊门诊慢性病：每人每年起付标准${fmt(yearly)}元，本条前尚余${fmt(left)}元；超过部分与住院费用合并计算，按住院报销比例`, basic.note]
        .filter(Boolean)
        .join('；'),
      sources: [special.deductible.reference, special.mergedWithInpatient.reference, ...basic.sources]
    }
    st.specialChronicDeductible = st.specialChronicDeductible.plus(e.compliant.lt(left) ? e.compliant : left)
  } else {
    basic = basicInpatientLayer(pack, {
      tier,
      hospitalLevel: e.hospitalLevel,
      compliant: e.compliant,
      deductible: e.deductible,
      ratio: e.ratio,
      basicPaid: e.basicPaid,
      setting: e.setting
    })
  }
  if (basic.amount !== null && cap !== null && capLeft !== null) {
    if (e.basicPaid === undefined) {
      if (basic.amount.gt(capLeft)) {
        const note = `本年度统筹基金已支付${fmt(st.basicPaid)}元，年度最高支付限额${fmt(cap)}元，本次只按剩余的${fmt(capLeft)}元支付`
        basic = { ...basic, amount: capLeft, note: basic.note ? `${basic.note}；${note}` : note }
      }
    } else if (!fresh && st.basicPaid.plus(basic.amount).gt(cap)) {
      basic = { ...basic, warnings: [...basic.warnings, `本年度累计统筹基金支付超过年度最高支付限额 ${fmt(cap)} 元，请核对结算单`] }
    }
  }
  if (basic.amount === null) {
    if (st.unknownFrom === null) st.unknownFrom = i
  } else {
    st.basicPaid = st.basicPaid.plus(basic.amount)
  }
  const earlierUnknown = st.unknownFrom !== null && st.unknownFrom < i
  if (earlierUnknown) {
    warnings.push(`${entryName(st.unknownFrom as number, 'inpatient').replace(/（.*）/, '')}的基本医保未能测算，本年度累计个人负担未知，本条的大病保险及以后各项无法测算；请在该条填写结算单上的“统筹基金支付”`)
  }
  st.compliant = st.compliant.plus(e.compliant)
  st.p1 = st.p1 === null || basic.amount === null ? null : st.p1.plus(e.compliant.minus(basic.amount))
  const p1 = st.p1

  // 大病保险 on the year's cumulative P1; its deductible applies once a year.
  let critical = increase(criticalIllnessLayer(pack, p1, who), st.critical)
  if (critical && !fresh && critical.note) critical = { ...critical, note: critical.note.replace(FIRST_OF_YEAR, CUMULATIVE) }
  if (earlierUnknown && critical && critical.status === 'notComputable') critical = notComputableLayer('critical', '本年度此前有住院的基本医保未能测算，累计个人负担未知')
  st.critical = st.critical.plus(paidBy(critical))

  let specialDrug: LayerOutcome | undefined
  if (e.specialDrugCost.gt(0)) {
    st.specialDrugCost = st.specialDrugCost.plus(e.specialDrugCost)
    specialDrug = increase(specialDrugLayer(pack, st.specialDrugCost, who), st.specialDrugPaid)
    st.specialDrugPaid = st.specialDrugPaid.plus(paidBy(specialDrug))
  }

  const nonCompliant = e.total.minus(e.compliant)
  const scope = pack.chain.countyScope
  const outOfScope = scope !== undefined && who.county !== scope.county
  const notCollected: LayerId[] = []
  const inScope = (o: LayerOutcome | undefined): LayerOutcome | undefined => {
    if (!o || !outOfScope || !scope) return o
    notCollected.push(o.id)
    return notCollectedForCounty(o, scope.name, who.county !== undefined)
  }

  // 医疗机构减免 is on the inpatient bill only: each stay's 10% rounded on its own bill. The usual
  // figure reads "每人最多200元" per year, so a stay gets at most what is left of the 200 this year.
  let waiver: LayerOutcome | undefined
  let waiverPerStay: Decimal | null = null
  if (e.kind === 'inpatient') {
    const alone = inScope(hospitalWaiverLayer(pack, nonCompliant, who))
    waiver = alone
    const rule = pack.chain.hospitalWaiver
    if (alone && alone.amount !== null && !isUnpublished(rule)) {
      waiverPerStay = alone.amount
      const left = positive(num(rule.maxPerPerson).minus(st.waiver))
      if (alone.amount.gt(left)) {
        waiver = {
          ...alone,
          amount: left,
          note: `${alone.note ?? ''}；按“每人每年最多${rule.maxPerPerson.value}元”计，本年度此前已减免${fmt(st.waiver)}元；如按每次住院计，本次为${fmt(alone.amount)}元`
        }
      }
      st.waiver = st.waiver.plus(paidBy(waiver))
    }
  }

  const p2 = p1 === null ? null : p1.minus(st.critical)
  const assistance = inScope(increase(assistanceLayer(pack, p2, who), st.assistance))
  st.assistance = st.assistance.plus(paidBy(assistance))
  const p4 = p2 === null ? null : p2.minus(st.assistance)
  // The commercial layer holds the year's burden at 9.8% of the year's compliant cost.
  const commercial = inScope(increase(commercialLayer(pack, p4, st.compliant, who), st.commercial))
  st.commercial = st.commercial.plus(paidBy(commercial))
  const p5 = p4 === null ? null : p4.minus(st.commercial)
  const reassistance = inScope(increase(reassistanceLayer(pack, p5, who), st.reassistance))
  st.reassistance = st.reassistance.plus(paidBy(reassistance))

  warnings.push(...chainWarnings(pack, notCollected, basic, [critical, assistance, commercial, reassistance]))

  const outcomes = [basic, critical, specialDrug, waiver, assistance, commercial, reassistance].filter(isDefined)
  // The stay's compliant burden: what basic insurance left, less what the chain's layers paid on it.
  let compliantLeft: Decimal | null = basic.amount === null ? null : e.compliant.minus(basic.amount)
  for (const o of outcomes) {
    if (compliantLeft !== null && o.amount !== null && o.id !== 'basic' && o.id !== 'specialDrug' && o.id !== 'hospitalWaiver') {
      compliantLeft = compliantLeft.minus(o.amount)
    }
  }
  const { estimate, sums } = stayEstimate({ outcomes, warnings, total: e.total, specialDrugCost: e.specialDrugCost, nonCompliant, compliantLeft })
  return { estimate, info, waiverPerStay, outcomes, sums }
}

function sumLayers(results: EntryResult[]): Layer[] {
  const out: Layer[] = []
  for (const id of LAYER_ORDER) {
    let total = ZERO
    let computed = 0
    let first: Layer | undefined
    let bounded: Layer | undefined
    const missing: number[] = []
    const sources = new Set<Reference>()
    results.forEach((r, i) => {
      const k = r.outcomes.findIndex((o) => o.id === id)
      if (k < 0) return
      const o = r.outcomes[k]
      const l = r.estimate.layers[k]
      if (!first) first = l
      for (const ref of l.sources) sources.add(ref)
      if (o.amount === null) {
        missing.push(i)
        return
      }
      computed += 1
      total = total.plus(o.amount)
      if (!bounded && l.bound === 'atMost') bounded = l
    })
    if (!first) continue
    const layer: Layer = {
      id,
      label: LAYER_LABELS[id],
      amount: computed === 0 ? null : fmt(total),
      status: computed > 0 ? 'computed' : first.status,
      sources: [...sources]
    }
    if (computed === 0) {
      if (first.note !== undefined) layer.note = first.note
    } else if (missing.length > 0) {
      layer.note = `${missing.map((i) => `第${i + 1}条`).join('、')}未能测算，未计入本年度合计`
    }
    if (bounded) {
      layer.bound = 'atMost'
      layer.boundReason = bounded.boundReason
    }
    out.push(layer)
  }
  return out
}

/**
 * The medical year (POLICY-READING §9): each entry's layers as estimateInpatient gives them, but with
 * the annual caps and cumulative bases of the whole year, plus the year's totals. Entries are taken
 * in the given order. Each entry balances to the fen and so does the year.
 */
export function estimateYear(input: YearInput): YearEstimate {
  if (typeof input !== 'object' || input === null) throw new PolicyInputError('', '测算数据无效')
  const pack = packFor(input.region, input.year)
  const tier = parseTier('tier', input.tier)
  const household = parseHousehold(input)
  const who: Household2 = { tier, ...household.who }
  if (household.county !== undefined) who.county = household.county
  if (!Array.isArray(input.stays)) throw new PolicyInputError('stays', '住院记录无效')
  if (input.stays.length > MAX_YEAR_ENTRIES) {
    throw new PolicyInputError('stays', `一个年度最多记录${MAX_YEAR_ENTRIES}条`)
  }
  const prior = parsePrior(input.prior)
  const entries = input.stays.map((s, i) => forEntry(i, s?.kind, () => parseEntry(s)))

  const yearWarnings: string[] = []
  const dated = entries.map((e, i) => ({ i, date: e.date })).filter((x): x is { i: number; date: string } => x.date !== undefined)
  if (dated.length > 0) {
    const first = dated[0].date.slice(0, 4)
    const other = dated.find((x) => x.date.slice(0, 4) !== first)
    if (other) {
      throw new PolicyInputError(`stays[${other.i}].date`, `${entryName(other.i, entries[other.i].kind)}：各条记录应在同一医疗年度（同一自然年）内，年度限额和大病保险按年度累计`)
    }
    if (dated.some((x, k) => k > 0 && x.date < dated[k - 1].date)) {
      yearWarnings.push('各条记录未按日期先后排列：年度累计按列表顺序计算，请按时间顺序排列')
    }
  }

  const st: YearState = {
    basicPaid: prior?.basicPaid ?? ZERO,
    compliant: prior?.compliantCost ?? ZERO,
    p1: prior ? prior.compliantCost.minus(prior.basicPaid) : ZERO,
    critical: prior?.criticalPaid ?? ZERO,
    assistance: prior?.assistancePaid ?? ZERO,
    commercial: prior?.commercialPaid ?? ZERO,
    reassistance: prior?.reassistancePaid ?? ZERO,
    specialDrugCost: prior?.specialDrugCost ?? ZERO,
    specialDrugPaid: prior?.specialDrugPaid ?? ZERO,
    waiver: prior?.hospitalWaiverPaid ?? ZERO,
    specialChronicDeductible: ZERO,
    unknownFrom: null
  }
  if (prior) yearWarnings.push('已计入“本年度此前已报销”的金额：年度限额、大病保险起付标准等按此累计')

  const results = entries.map((e, i) => forEntry(i, e.kind, () => entryEstimate(pack, who, e, i, st, i === 0 && prior === undefined)))
  const stays = results.map((r) => r.estimate)

  let outOfPocket = ZERO
  let total = ZERO
  let paid = ZERO
  let compliantBurden: Decimal | null = ZERO
  let nonCompliant = ZERO
  let specialDrug = ZERO
  for (const { sums } of results) {
    outOfPocket = outOfPocket.plus(sums.outOfPocket)
    total = total.plus(sums.total)
    paid = paid.plus(sums.paid)
    compliantBurden = compliantBurden === null || sums.compliantLeft === null ? null : compliantBurden.plus(sums.compliantLeft)
    nonCompliant = nonCompliant.plus(sums.nonCompliantLeft)
    specialDrug = specialDrug.plus(sums.specialDrugLeft)
  }
  const layers = sumLayers(results)
  const year: YearTotals = {
    layers,
    outOfPocket: fmt(outOfPocket),
    total: fmt(total),
    paid: fmt(paid),
    burden: { compliant: fmtOrNull(compliantBurden), nonCompliant: fmt(nonCompliant), specialDrug: fmt(specialDrug) },
    warnings: yearWarnings,
    entries: results.map((r) => r.info)
  }
  if (layers.some((l) => l.bound === 'atMost')) year.outOfPocketBound = 'atLeast'

  const waiverLayer = layers.find((l) => l.id === 'hospitalWaiver')
  const waiverRule = pack.chain.hospitalWaiver
  if (waiverLayer && waiverLayer.amount !== null && !isUnpublished(waiverRule)) {
    const waiverPerStay = results.map((r) => r.waiverPerStay)
    const perYear = stays.map((s) => s.layers.find((l) => l.id === 'hospitalWaiver')?.amount ?? null)
    const perStayTotal = waiverPerStay.reduce<Decimal>((acc, w) => (w === null ? acc : acc.plus(w)), ZERO)
    const yearTotal = new Dec(waiverLayer.amount)
    const max = waiverRule.maxPerPerson.value
    year.hospitalWaiverReadings = twoReadings<WaiverReadingValue>(
      `原文“每人最多${max}元”未写明是每次住院还是全年合计：多次住院时两种理解的减免不同`,
      { label: `按每人每年最多${max}元`, value: { total: waiverLayer.amount, outOfPocket: year.outOfPocket, perStay: perYear } },
      {
        label: `按每次住院最多${max}元`,
        value: {
          total: fmt(perStayTotal),
          outOfPocket: fmt(outOfPocket.minus(perStayTotal.minus(yearTotal))),
          perStay: waiverPerStay.map(fmtOrNull)
        }
      }
    )
  }
  if (prior) {
    const echo = {} as Required<PriorThisYear>
    for (const f of PRIOR_FIELDS) echo[f] = fmt(prior[f])
    year.prior = echo
  }
  return { stays, year }
}
