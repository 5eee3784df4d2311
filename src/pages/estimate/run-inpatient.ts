import { estimateInpatient, isUnpublishedResult, readPercent, tierComparison } from '../../engine'
import type { InpatientEstimate, InpatientInput, TierComparison } from '../../engine'
import { isUnpublished } from '../../policy/types'
import type { PolicyPack, Tier } from '../../policy/types'
import { levelOf, tierOf } from './forms'
import type { InpatientForm } from './forms'
import { amountOf, engineError, FIX_INPUT, moneyErrors } from '../../components/estimate-form/outcome'
import type { Outcome } from '../../components/estimate-form/outcome'

export function hasPublishedScale(pack: PolicyPack): boolean {
  return !isUnpublished(pack.inpatient.tiers[1].scaleByLevel)
}

/** Which inpatient inputs the page shows for a region and form. */
export function inpatientFields(pack: PolicyPack, form: InpatientForm) {
  const published = hasPublishedScale(pack)
  return {
    deductible: form.basicSource === 'rule',
    ratio: form.basicSource === 'rule' && !published,
    basicPaid: form.basicSource === 'slip',
    specialDrug: form.poverty,
    /** The hospital level is needed to apply a published scale; elsewhere it only feeds warnings. */
    levelRequired: form.basicSource === 'rule' && published
  }
}

const INPATIENT_FIELD_MAP: Record<string, string> = {
  totalCost: 'total',
  compliantCost: 'compliant',
  deductible: 'deductible',
  basicRatio: 'ratio',
  basicPaid: 'basicPaid',
  specialDrugCost: 'specialDrug',
  hospitalLevel: 'level',
  tier: 'tier',
  setting: 'setting',
  assistanceGroup: 'assistance',
  county: 'county'
}

export interface TierView {
  comparison: TierComparison
  /** The same stay under the other tier, for the whole chain (poverty households get more layers). */
  other: InpatientEstimate
  otherTier: Tier
}

export interface InpatientResult {
  input: InpatientInput
  estimate: InpatientEstimate
  /** Weihai only: the same stay under 一档 and 二档. */
  tiers?: TierView
  /** Why the tier comparison is not shown (e.g. a slip figure was used instead of the deductible). */
  tiersHint?: string
}

export function runInpatient(pack: PolicyPack, form: InpatientForm): Outcome<InpatientResult> {
  const show = inpatientFields(pack, form)
  const money: [string, string][] = [['total', form.total], ['compliant', form.compliantAssumed ? '' : form.compliant]]
  if (show.deductible) money.push(['deductible', form.deductible])
  if (show.basicPaid) money.push(['basicPaid', form.basicPaid])
  if (show.specialDrug) money.push(['specialDrug', form.specialDrug])
  const errors = moneyErrors(money)
  let rate: string | undefined
  if (show.ratio) {
    const r = readPercent(form.ratio)
    if (r.state === 'error') errors.ratio = r.message
    if (r.state === 'ok') rate = r.rate
  }
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }

  // The deductible and the compliant part are unknowns when left blank: the engine then answers with
  // a range and says what they change, so the form does not wait for them. The slip's 统筹基金支付
  // is a part of the compliant cost, so with it the compliant cost is needed.
  const missing: string[] = []
  const tier = tierOf(form.tier)
  if (tier === undefined) missing.push('缴费档次')
  if (show.levelRequired && form.level === '') missing.push('医院级别')
  const total = amountOf(form.total)
  // "不清楚就先按总费用估算" leaves the compliant part unknown (an older saved form copied the total
  // into it: the flag still means "not known").
  const compliant = form.compliantAssumed ? undefined : amountOf(form.compliant)
  if (total === undefined) missing.push('住院总费用')
  const deductible = show.deductible ? amountOf(form.deductible) : undefined
  const basicPaid = show.basicPaid ? amountOf(form.basicPaid) : undefined
  if (show.ratio && rate === undefined) missing.push('支付比例')
  if (show.basicPaid && compliant === undefined) missing.push('政策范围内费用')
  if (show.basicPaid && basicPaid === undefined) missing.push('统筹基金支付')
  if (missing.length || tier === undefined || total === undefined) return { state: 'incomplete', missing }

  const input: InpatientInput = {
    region: pack.region,
    year: pack.year,
    pack,
    tier,
    totalCost: total,
    setting: form.setting,
    povertyHousehold: form.poverty,
    assistanceGroup: form.assistance
  }
  if (compliant !== undefined) input.compliantCost = compliant
  if (form.county !== '') input.county = form.county
  const hospitalLevel = levelOf(form.level)
  if (hospitalLevel !== undefined) input.hospitalLevel = hospitalLevel
  if (deductible !== undefined) input.deductible = deductible
  if (rate !== undefined) input.basicRatio = rate
  if (basicPaid !== undefined) input.basicPaid = basicPaid
  if (show.specialDrug) {
    const drug = amountOf(form.specialDrug)
    if (drug !== undefined) input.specialDrugCost = drug
  }

  let estimate: InpatientEstimate
  try {
    estimate = estimateInpatient(input)
  } catch (e) {
    return engineError(e, INPATIENT_FIELD_MAP)
  }
  const result: InpatientResult = { input, estimate }
  if (hasPublishedScale(pack)) {
    if (deductible === undefined || compliant === undefined || input.hospitalLevel === undefined) {
      result.tiersHint = '一档和二档的比较要按起付标准测算：请在上方选择“按起付标准测算”，并填写政策范围内费用和起付标准。'
    } else {
      try {
        const comparison = tierComparison({
          region: pack.region,
          pack,
          hospitalLevel: input.hospitalLevel,
          compliantCost: compliant,
          deductible,
          setting: form.setting
        })
        if (!isUnpublishedResult(comparison)) {
          const otherTier: Tier = input.tier === 1 ? 2 : 1
          result.tiers = { comparison, otherTier, other: estimateInpatient({ ...input, tier: otherTier }) }
        }
      } catch {
        // The main estimate stands on its own; the comparison is simply left out.
      }
    }
  }
  return { state: 'ok', result }
}
