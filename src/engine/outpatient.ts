import type { Reference, RegionId, Tier, PolicyPack } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { oneOf, packOf, parseTier } from './inputs'
import { rateToPercent } from './percent'
import { Dec, fmt, parseAmount, parseOptionalAmount, toFen, ZERO } from './money'
import type { Note } from './notes'
import { note, policyNote } from './notes'
import { OUTPATIENT_NOTES } from './note-words-outpatient'
import { minCap, positive } from './scale'
import { exactSpread, unknownShown } from './spread'
import type { Spread } from './year'
import type { Yuan } from './units'

/**
 * `range` is the payout's (not the patient's share): exact when every figure is published and
 * entered; the Weihai 定额结算 quota is unpublished, so there only the high side is known.
 */
export interface OutpatientResult extends Spread {
  /** Null when the region's document does not publish the rule; else the payout with unpublished quotas not binding. */
  amount: Yuan | null
  /** What is left of the yearly cap after this visit; null when unknown. */
  remainingCap: Yuan | null
  /** The notes in words. */
  note: string
  /** The same notes as data (an id and its parameters each), for a page that words them itself. */
  notes?: Note[]
  sources: Reference[]
}

/** No figure at all: the rule is not published, so the sources give no limit on either side. */
const NO_FIGURE: Spread = { range: { low: null, high: null }, readings: [], unknowns: [] }

/** Weifang 普通门诊: 50% at the contracted institution, yearly cap 450 (residents) / 500 (employees). */
export function outpatientGeneral(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  scheme: 'resident' | 'employee'
  cost: string
  paidThisYear?: string
}): OutpatientResult {
  const pack = packOf(input)
  const scheme = oneOf('scheme', input.scheme, ['resident', 'employee'] as const, '请选择居民医保或职工医保')
  const cost = parseAmount('cost', input.cost)
  const paid = parseOptionalAmount('paidThisYear', input.paidThisYear) ?? ZERO
  const rule = pack.outpatient.general
  if (isUnpublished(rule))
    return { amount: null, remainingCap: null, ...OUTPATIENT_NOTES.noteFields(policyNote(rule.reason)), sources: [], ...NO_FIGURE }
  const cap = rule.annualCap[scheme]
  const room = positive(new Dec(cap.value).minus(paid))
  const amount = toFen(minCap(cost.times(rule.rate.value), room))
  return {
    amount: fmt(amount),
    remainingCap: fmt(room.minus(amount)),
    ...exactSpread(fmt(amount)),
    ...OUTPATIENT_NOTES.noteFields(note(room.isZero() ? 'generalCapReached' : 'generalContracted')),
    sources: [rule.rate.reference, cap.reference, ...rule.notes.map((n) => n.reference)]
  }
}

/**
 * Weihai 门诊慢性病 (POLICY-READING §6). Ordinary chronic diseases: 60% above a deductible the
 * document does not publish (the user enters it), at most 500 (一档) / 1,000 (二档) a year.
 * Fixed-rate diseases (renal failure, dialysis, anti-rejection): 80%. Special chronic diseases above
 * 300 are pooled with inpatient costs, so they go through estimateInpatient instead.
 */
export function chronicOutpatient(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  kind: 'ordinary' | 'fixedRate'
  tier: Tier
  cost: string
  deductible?: string
  paidThisYear?: string
}): OutpatientResult {
  const pack = packOf(input)
  const kind = oneOf('kind', input.kind, ['ordinary', 'fixedRate'] as const, '慢性病类别无效')
  const tier = parseTier('tier', input.tier)
  const cost = parseAmount('cost', input.cost)
  const deductible = parseOptionalAmount('deductible', input.deductible)
  const paid = parseOptionalAmount('paidThisYear', input.paidThisYear) ?? ZERO
  const chronic = pack.outpatient.chronic
  if (kind === 'fixedRate') {
    const fixed = chronic.special?.fixedRate
    if (!fixed)
      return { amount: null, remainingCap: null, ...OUTPATIENT_NOTES.noteFields(note('fixedRateUnpublished')), sources: [], ...NO_FIGURE }
    // "实行定额结算,报销80%": the quota is not given, nor whether it caps the cost or fixes the
    // payment. Unpublished, it does not bind the usual figure (80% of the cost), which is therefore
    // the most the fund pays; how much less the quota makes it, the sources do not say.
    const amount = fmt(toFen(cost.times(fixed.fundShare.value)))
    return {
      amount,
      remainingCap: null,
      range: { low: null, high: amount },
      readings: [],
      unknowns: [unknownShown('fixedRateQuota')],
      ...OUTPATIENT_NOTES.noteFields(policyNote(fixed.diseases.text)),
      sources: [fixed.diseases.reference, fixed.fundShare.reference]
    }
  }
  const ordinary = chronic.ordinary
  if (!ordinary)
    return {
      amount: null,
      remainingCap: null,
      ...OUTPATIENT_NOTES.noteFields(note('ordinaryChronicUnpublished')),
      sources: [],
      ...NO_FIGURE
    }
  const cap = ordinary.annualCapByTier[tier]
  const sources = [ordinary.rate.reference, cap.reference]
  const d = deductible ?? (isPublished(ordinary.deductible) ? new Dec(ordinary.deductible.value) : undefined)
  const room = positive(new Dec(cap.value).minus(paid))
  if (d === undefined) {
    const reason = isUnpublished(ordinary.deductible) ? ordinary.deductible.reason : ''
    // Without the deductible the payout is not a point; with a deductible of 0 it is the most it can be.
    const most = fmt(toFen(minCap(cost.times(ordinary.rate.value), room)))
    return {
      amount: null,
      remainingCap: null,
      range: { low: null, high: most },
      readings: [],
      unknowns: [unknownShown('deductible')],
      ...OUTPATIENT_NOTES.noteFields(note('enterDeductible', { reason })),
      sources
    }
  }
  const amount = toFen(minCap(positive(cost.minus(d)).times(ordinary.rate.value), room))
  return {
    amount: fmt(amount),
    remainingCap: fmt(room.minus(amount)),
    ...exactSpread(fmt(amount)),
    ...OUTPATIENT_NOTES.noteFields(note('userDeductible')),
    sources
  }
}

/** A rule as a sentence from the pack's own figures, with the sources it rests on. */
export interface RuleLine {
  text: string
  sources: Reference[]
}

/**
 * The region's chronic-disease rules as sentences built from the pack's own figures: rule text is
 * worded in the engine, as the layers' is (describe.ts), so every page says a rule the same way.
 */
export function describeChronicRules(pack: PolicyPack): RuleLine[] {
  const c = pack.outpatient.chronic
  const lines: RuleLine[] = c.diseaseCounts.map((d) => ({ text: `${d.label}：${d.count.value}种`, sources: [d.count.reference] }))
  if (c.ordinary) {
    const o = c.ordinary
    const deductible = isPublished(o.deductible) ? `起付标准${o.deductible.value}元` : `起付标准：${o.deductible.reason}`
    lines.push({
      text: `普通门诊慢性病：起付标准以上的费用报销${rateToPercent(o.rate.value)}，一档每人每年最多报销${o.annualCapByTier[1].value}元，二档最多${o.annualCapByTier[2].value}元；${deductible}`,
      sources: [o.rate.reference, o.annualCapByTier[1].reference, o.annualCapByTier[2].reference]
    })
  }
  if (c.special) {
    const s = c.special
    lines.push({
      text: `特殊门诊慢性病：起付标准每人每年${s.deductible.value}元；${s.mergedWithInpatient.text}`,
      sources: [s.deductible.reference, s.mergedWithInpatient.reference]
    })
    lines.push({
      text: `${s.fixedRate.diseases.text}：报销${rateToPercent(s.fixedRate.fundShare.value)}，个人自负${rateToPercent(s.fixedRate.selfShare.value)}`,
      sources: [s.fixedRate.diseases.reference, s.fixedRate.fundShare.reference]
    })
  }
  for (const t of [...c.notes, ...c.assistance]) lines.push({ text: t.text, sources: [t.reference] })
  return lines
}
