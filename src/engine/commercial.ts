import type Decimal from 'decimal.js'
import type { PolicyPack } from '../policy/types'
import { isUnpublished } from '../policy/types'
import type { PatientStatus, LayerOutcome } from './layer'
import { isEligible, unpublishedLayer } from './layer'
import { toFen } from './money'
import { note, policyNote } from './notes'
import { minCap, num, positive } from './scale'
import type { Scenario } from './scenario'
import { unknownAt } from './scenario'
import { rate } from './units'

/**
 * 第五层 医疗商业补充保险 (Weihai): no deductible; pays whatever keeps the compliant burden at 9.8% of
 * C, at most 600,000 a year (POLICY-READING §4). 安丘's is named without figures: an unknown.
 */
export function commercialLayer(
  pack: PolicyPack,
  burden: Decimal,
  compliant: Decimal,
  who: PatientStatus,
  s: Scenario
): LayerOutcome | undefined {
  const rule = pack.chain.commercial
  if (!isEligible(rule.eligibility, who)) return undefined
  if (isUnpublished(rule))
    return unpublishedLayer('commercial', policyNote(rule.reason), toFen(positive(burden).times(unknownAt(s, 'commercialRule'))))
  const raw = positive(burden.minus(compliant.times(num(rule.heldShare))))
  return {
    id: 'commercial',
    amount: toFen(minCap(raw, num(rule.annualCap))),
    notes: [note('commercialHeldShare', { share: rate(rule.heldShare.value) })],
    sources: [rule.heldShare.reference, rule.annualCap.reference, ...rule.notes.map((n) => n.reference)],
    warnings: []
  }
}
