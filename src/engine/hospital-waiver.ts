import type Decimal from 'decimal.js'
import type { PolicyPack } from '../policy/types'
import { isUnpublished } from '../policy/types'
import type { PatientStatus, LayerOutcome } from './layer'
import { isEligible, unpublishedLayer } from './layer'
import { toFen } from './money'
import { note, policyNote } from './notes'
import { minCap, num } from './scale'
import type { Scenario } from './scenario'
import { unknownAt } from './scenario'

/**
 * 第三层 医疗机构减免 (Weihai): 10% of the non-compliant part T − C, at most 200 yuan (`max`, what is
 * left of it under the reading in force). It only lowers the non-compliant burden, so it does not
 * depend on basic insurance. Undefined when the layer does not apply to this household; a 减免 named
 * without figures (安丘) pays what the scenario puts it at.
 */
export function hospitalWaiverLayer(
  pack: PolicyPack,
  nonCompliant: Decimal,
  who: PatientStatus,
  s: Scenario,
  max?: Decimal
): LayerOutcome | undefined {
  const rule = pack.chain.hospitalWaiver
  if (!isEligible(rule.eligibility, who)) return undefined
  if (isUnpublished(rule))
    return unpublishedLayer('hospitalWaiver', policyNote(rule.reason), toFen(nonCompliant.times(unknownAt(s, 'waiverRule'))))
  const raw = nonCompliant.times(num(rule.rate))
  return {
    id: 'hospitalWaiver',
    amount: toFen(minCap(raw, max ?? num(rule.maxPerPerson))),
    notes: [note('waiverNonCompliant')],
    sources: [rule.rate.reference, rule.maxPerPerson.reference, ...rule.notes.map((n) => n.reference)],
    warnings: []
  }
}
