import type Decimal from 'decimal.js'
import type { AssistanceRule, ChainEligibility, PolicyPack, Reference, Unpublished } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import type { PatientStatus, LayerOutcome } from './layer'
import { isEligible, unpublishedLayer } from './layer'
import { Dec, fmt, toFen } from './money'
import type { Note } from './notes'
import { ELIGIBILITY_LABELS, note, policyNote } from './notes'
import { cappedPayout, minCap, num, positive } from './scale'
import type { Scenario } from './scenario'
import { unknownAt } from './scenario'

const ASSISTANCE_ORDER: readonly [ChainEligibility, keyof PolicyPack['chain']['assistance']][] = [
  ['povertyNotKey', 'povertyNotKey'],
  ['keyGroup', 'key'],
  ['lowIncomeGroup', 'lowIncome']
]

/**
 * Which assistance rule applies, most specific first: Weihai's rule for poverty households outside
 * the key group, then the key group, then the low-income group.
 */
export function applicableAssistanceRule(
  pack: PolicyPack,
  who: PatientStatus
): { eligibility: ChainEligibility; rule: AssistanceRule | Unpublished } | undefined {
  const a = pack.chain.assistance
  for (const [eligibility, key] of ASSISTANCE_ORDER) {
    const rule = a[key]
    if (rule !== undefined && isEligible(eligibility, who)) return { eligibility, rule }
  }
  return undefined
}

// Worded with the notes (notes.ts); exported from here as before.
export { ELIGIBILITY_LABELS }

/**
 * 医疗救助 on the compliant burden left by the insurance layers (Weihai §4 layer 4, Anqiu §5), with
 * `capLeft` what is left of its annual cap. Undefined when the household is in no assistance
 * category. A rule that exists without figures pays what the scenario puts it at, never more than
 * the part above a published deductible; an unpublished cap is an unknown.
 */
export function assistanceLayer(pack: PolicyPack, burden: Decimal, who: PatientStatus, s: Scenario): LayerOutcome | undefined {
  const found = applicableAssistanceRule(pack, who)
  if (!found) return undefined
  const { rule, eligibility } = found
  const open = (reason: Note, above: Decimal, sources: Reference[] = []) =>
    unpublishedLayer('assistance', reason, toFen(positive(burden.minus(above)).times(unknownAt(s, 'assistanceRule'))), sources)
  if (isUnpublished(rule)) return open(policyNote(rule.reason), new Dec(0))
  if (isUnpublished(rule.deductible)) {
    return open(policyNote(rule.deductible.reason), new Dec(0), isPublished(rule.rate) ? [rule.rate.reference] : [])
  }
  if (isUnpublished(rule.rate)) {
    const reason = note('rateUnpublishedDeductiblePublished', { reason: rule.rate.reason, deductible: fmt(num(rule.deductible)) })
    return open(reason, num(rule.deductible), [rule.deductible.reference])
  }
  const paid = cappedPayout(positive(burden.minus(num(rule.deductible))).times(num(rule.rate)), rule.annualCap, s, 'assistanceCap')
  const notes: Note[] = [note('eligibleGroup', { eligibility })]
  if (paid.note) notes.push(paid.note)
  return {
    id: 'assistance',
    amount: paid.amount,
    notes,
    sources: [rule.deductible.reference, rule.rate.reference, ...paid.sources],
    warnings: []
  }
}

/** 再救助: 70% of what is left above 5,000 after every other layer, capped at 20,000 a year. */
export function reassistanceLayer(pack: PolicyPack, burden: Decimal, who: PatientStatus): LayerOutcome | undefined {
  const rule = pack.chain.reassistance
  if (isUnpublished(rule)) return undefined
  if (!isEligible(rule.eligibility, who)) return undefined
  const raw = positive(burden.minus(num(rule.threshold))).times(num(rule.rate))
  return {
    id: 'reassistance',
    amount: toFen(minCap(raw, num(rule.annualCap))),
    notes: [note('eligibleGroup', { eligibility: rule.eligibility })],
    sources: [rule.threshold.reference, rule.rate.reference, rule.annualCap.reference],
    warnings: []
  }
}
