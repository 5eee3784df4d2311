import { estimateInpatient, isUnpublishedResult, tierComparison } from '../../engine'
import type { InpatientEstimate, InpatientInput, TierComparison } from '../../engine'
import { isUnpublished } from '../../policy/types'
import type { PolicyPack, Tier } from '../../policy/types'
import { askedStayFields, readStay } from './read-stay'
import type { StayContext } from './read-stay'
import type { StayField } from './form'
import { tierOf } from '../../components/estimate-form/choices'
import type { InpatientForm } from './inpatient-form'
import { engineError, FIX_INPUT } from '../../components/estimate-form/outcome'
import type { Outcome } from '../../components/estimate-form/outcome'

export function hasPublishedScale(pack: PolicyPack): boolean {
  return !isUnpublished(pack.inpatient.tiers[1].scaleByLevel)
}

/** The estimator's stay as the one stay validator reads it: the 特药 cost is asked of poverty households. */
function stayContext(pack: PolicyPack, form: InpatientForm): StayContext {
  return { kind: 'inpatient', published: hasPublishedScale(pack), drugAsked: form.poverty }
}

/** Which inpatient inputs the page shows for a region and form. */
export function inpatientFields(pack: PolicyPack, form: InpatientForm) {
  const { deductible, ratio, basicPaid, specialDrug, levelRequired } = askedStayFields(form, stayContext(pack, form))
  return { deductible, ratio, basicPaid, specialDrug, levelRequired }
}

// What the estimator's "还需要" list calls a field it cannot compute without.
const MISSING_NAMES: Partial<Record<StayField, string>> = {
  level: '医院级别',
  total: '住院总费用',
  ratio: '支付比例',
  compliant: '政策范围内费用',
  basicPaid: '统筹基金支付'
}
// The list's order, as the form shows the fields.
const MISSING_ORDER: StayField[] = ['level', 'total', 'ratio', 'compliant', 'basicPaid']

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
  // "不清楚就先按总费用估算" leaves the compliant part unknown (an older saved form copied the total
  // into it: the flag still means "not known").
  const stayForm = form.compliantAssumed ? { ...form, compliant: '' } : form
  const read = readStay(stayForm, stayContext(pack, form))
  if (Object.keys(read.errors).length) return { state: 'invalid', errors: read.errors as Record<string, string>, message: FIX_INPUT }

  // The deductible and the compliant part are unknowns when left blank: the engine then answers with
  // a range and says what they change, so the form does not wait for them.
  const tier = tierOf(form.tier)
  const missing = [
    ...(tier === undefined ? ['缴费档次'] : []),
    ...MISSING_ORDER.filter((f) => read.missing.includes(f)).map((f) => MISSING_NAMES[f] as string)
  ]
  if (missing.length || tier === undefined || !read.stay) return { state: 'incomplete', missing }

  const { kind: _kind, totalCost, setting = form.setting, ...stay } = read.stay
  const input: InpatientInput = {
    region: pack.region,
    year: pack.year,
    pack,
    tier,
    totalCost,
    setting,
    povertyHousehold: form.poverty,
    assistanceGroup: form.assistance,
    ...stay
  }
  if (form.county !== '') input.county = form.county
  const { compliantCost: compliant, deductible } = input

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
