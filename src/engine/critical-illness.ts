import type Decimal from 'decimal.js'
import type { CriticalIllnessRule, CriticalIllnessRules, PolicyPack } from '../policy/types'
import { isUnpublished } from '../policy/types'
import type { PatientStatus, LayerOutcome } from './layer'
import { unpublishedLayer } from './layer'
import { toFen, ZERO } from './money'
import type { Note } from './notes'
import { CRITICAL_EXCEPTION_LABELS, note, policyNote } from './notes'
import { cappedPayout, marginalPayout, minCap, num, positive } from './scale'
import type { Scenario } from './scenario'
import { optionOf, unknownAt } from './scenario'

/**
 * Exceptions to the base 大病 rule, Catala style: the first that applies replaces the base rule.
 * Today there is one, the poverty tilt (seed 000 第二层 2, seed 004 §7).
 */
export const CRITICAL_ILLNESS_EXCEPTIONS: readonly {
  id: 'povertyTilt'
  label: string
  applies: (who: PatientStatus) => boolean
  rule: (rules: CriticalIllnessRules) => CriticalIllnessRule
}[] = [
  {
    id: 'povertyTilt',
    label: CRITICAL_EXCEPTION_LABELS.povertyTilt,
    applies: (who) => who.povertyHousehold,
    rule: (rules) => rules.povertyTilt
  }
]

export function applicableCriticalIllnessRule(
  rules: CriticalIllnessRules,
  who: PatientStatus
): { rule: CriticalIllnessRule; exception?: (typeof CRITICAL_ILLNESS_EXCEPTIONS)[number] } {
  const exception = CRITICAL_ILLNESS_EXCEPTIONS.find((e) => e.applies(who))
  return exception ? { rule: exception.rule(rules), exception } : { rule: rules.base }
}

/**
 * 大病保险 on P1, the compliant personal burden left by basic insurance (POLICY-READING §3). A rule
 * the sources name without figures (Weihai's ordinary residents) pays what the scenario puts it at.
 */
export function criticalIllnessLayer(pack: PolicyPack, p1: Decimal, who: PatientStatus, s: Scenario): LayerOutcome {
  const { rule, exception } = applicableCriticalIllnessRule(pack.criticalIllness, who)
  if (isUnpublished(rule.scale) || isUnpublished(rule.deductible)) {
    const reason = isUnpublished(rule.scale) ? rule.scale.reason : (rule.deductible as { reason: string }).reason
    return unpublishedLayer('critical', policyNote(reason), toFen(p1.times(unknownAt(s, 'criticalRule'))))
  }
  const paid = cappedPayout(marginalPayout(rule.scale.brackets, p1, num(rule.deductible)), rule.annualCap, s, 'criticalCap')
  const appliesTo = note(
    'criticalAppliesTo',
    exception ? { appliesTo: rule.appliesTo, exception: exception.id } : { appliesTo: rule.appliesTo }
  )
  const notes: Note[] = [appliesTo]
  if (paid.note) notes.push(paid.note)
  return {
    id: 'critical',
    amount: paid.amount,
    notes,
    sources: [rule.deductible.reference, rule.scale.reference, ...paid.sources],
    warnings: []
  }
}

/**
 * 大病保险特药 (poverty households): no deductible, 60%, capped. Special-drug cost is its own input,
 * not part of C (POLICY-READING §3): the engine adds it to the bill's total and leaves the unpaid
 * share with the patient, without feeding it into the assistance or commercial layers, since no
 * document says those layers cover special drugs. `cost` is the cost the cap is counted on (the
 * year's, or this entry's: weifang.drugCapPeriod).
 */
export function specialDrugLayer(pack: PolicyPack, cost: Decimal, who: PatientStatus, s: Scenario): LayerOutcome {
  const rule = pack.criticalIllness.specialDrug
  if (isUnpublished(rule)) return unpublishedLayer('specialDrug', policyNote(rule.reason), ZERO)
  if (!who.povertyHousehold) return unpublishedLayer('specialDrug', note('specialDrugPovertyOnly'), ZERO, [rule.rate.reference])
  const notes: Note[] = [note('specialDrugSeparate')]
  if (rule.caveat) notes.push(policyNote(rule.caveat))
  else if (rule.rate.period.start < `${pack.year}-01-01`)
    notes.push(note('specialDrugRateYear', { year: rule.rate.period.start.slice(0, 4) }))
  const sources = [rule.deductible.reference, rule.rate.reference, rule.annualCap.reference]
  // Weihai's 第二层 item 1 may be the 2019 poverty 大病 rule that item 2 replaced: then it pays nothing.
  if (optionOf(s, pack, 'weihai.drugItem') === 1) return { id: 'specialDrug', amount: ZERO, notes, sources, warnings: [] }
  const raw = positive(cost.minus(num(rule.deductible))).times(num(rule.rate))
  return { id: 'specialDrug', amount: toFen(minCap(raw, num(rule.annualCap))), notes, sources, warnings: [] }
}
