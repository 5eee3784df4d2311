import type Decimal from 'decimal.js'
import type { AssistanceRule, ChainEligibility, PolicyPack, Reference, Unpublished } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import type { Household, LayerOutcome } from './layer'
import { isEligible, notComputableLayer, unpublishedLayer } from './layer'
import { fmt, toFen } from './money'
import { layerCap, minCap, num, positive } from './scale'

/**
 * Which assistance rule applies, most specific first: Weihai's rule for poverty households outside
 * the key group, then the key group, then the low-income group.
 */
export function applicableAssistanceRule(
  pack: PolicyPack,
  who: Household
): { eligibility: ChainEligibility; rule: AssistanceRule | Unpublished } | undefined {
  const a = pack.chain.assistance
  const candidates: [ChainEligibility, AssistanceRule | Unpublished | undefined][] = [
    ['povertyNotKey', a.povertyNotKey],
    ['keyGroup', a.key],
    ['lowIncomeGroup', a.lowIncome]
  ]
  for (const [eligibility, rule] of candidates) {
    if (rule !== undefined && isEligible(eligibility, who)) return { eligibility, rule }
  }
  return undefined
}

export const ELIGIBILITY_LABELS: Record<ChainEligibility, string> = {
  povertyHousehold: '建档立卡贫困人口',
  povertyNotKey: '未纳入重点救助对象的贫困人口',
  keyGroup: '重点救助对象',
  lowIncomeGroup: '低收入救助对象、因病致贫家庭重病患者'
}

/**
 * 医疗救助 on the compliant burden left by the insurance layers (Weihai §4 layer 4, Anqiu §5).
 * Undefined when the household is in no assistance category.
 */
export function assistanceLayer(pack: PolicyPack, burden: Decimal | null, who: Household): LayerOutcome | undefined {
  const found = applicableAssistanceRule(pack, who)
  if (!found) return undefined
  const { rule, eligibility } = found
  if (isUnpublished(rule)) return unpublishedLayer('assistance', rule.reason)
  const label = ELIGIBILITY_LABELS[eligibility]
  if (isUnpublished(rule.rate)) {
    const deductibleText = isPublished(rule.deductible) ? `（起付线 ${fmt(num(rule.deductible))} 元已公布）` : ''
    return unpublishedLayer('assistance', `${rule.rate.reason}${deductibleText}`, isPublished(rule.deductible) ? [rule.deductible.reference] : [])
  }
  if (isUnpublished(rule.deductible)) return unpublishedLayer('assistance', rule.deductible.reason, [rule.rate.reference])
  if (burden === null) return notComputableLayer('assistance', '基本医保统筹支付未能测算，个人负担基数未知')
  const cap = layerCap(rule.annualCap, '医疗救助')
  const sources: Reference[] = [rule.deductible.reference, rule.rate.reference, ...cap.sources]
  const notes = [`适用：${label}`]
  if (cap.note) notes.push(cap.note)
  const raw = positive(burden.minus(num(rule.deductible))).times(num(rule.rate))
  const outcome: LayerOutcome = {
    id: 'assistance',
    amount: toFen(minCap(raw, cap.value)),
    note: notes.join('；'),
    sources,
    warnings: cap.warning ? [cap.warning] : []
  }
  if (cap.boundReason) {
    outcome.bound = 'atMost'
    outcome.boundReason = cap.boundReason
  }
  return outcome
}

/** 再救助: 70% of what is left above 5,000 after every other layer, capped at 20,000 a year. */
export function reassistanceLayer(pack: PolicyPack, burden: Decimal | null, who: Household): LayerOutcome | undefined {
  const rule = pack.chain.reassistance
  if (isUnpublished(rule)) return undefined
  if (!isEligible(rule.eligibility, who)) return undefined
  if (burden === null) return notComputableLayer('reassistance', '基本医保统筹支付未能测算，个人负担基数未知')
  const raw = positive(burden.minus(num(rule.threshold))).times(num(rule.rate))
  return {
    id: 'reassistance',
    amount: toFen(minCap(raw, num(rule.annualCap))),
    note: `适用：${ELIGIBILITY_LABELS[rule.eligibility]}`,
    sources: [rule.threshold.reference, rule.rate.reference, rule.annualCap.reference],
    warnings: []
  }
}
