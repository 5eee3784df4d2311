// The one validator of a stay: which of its fields count, what each one reads as, what is missing,
// and the engine's StayInput once nothing is. The estimator's form and each entry of the year
// ledger phrase the problems in their own words, but decide them here, field by field.
import type { StayInput } from '../../engine'
import { readMoney, readPercent } from '../../components/field/reading'
import { levelOf } from '../../components/estimate-form/choices'
import type { StayField, StayForm } from './form'

export type StayKind = 'inpatient' | 'specialChronicOutpatient'

export interface StayContext {
  /** A 特殊门诊慢性病 bill has only its amounts and level; the rest belongs to a hospital stay. */
  kind: StayKind
  /** Whether the region publishes its scale: the ratio is then the policy's, not asked. */
  published: boolean
  /** Whether the 特药 cost is asked (the estimator asks it of poverty households only). */
  drugAsked: boolean
}

/** Which fields of the stay are asked (and so computed on) in this context. */
export function askedStayFields(stay: Pick<StayForm, 'basicSource'>, context: StayContext) {
  const inpatient = context.kind === 'inpatient'
  const rule = !inpatient || stay.basicSource === 'rule'
  return {
    setting: inpatient,
    deductible: inpatient && rule,
    ratio: inpatient && rule && !context.published,
    basicPaid: inpatient && !rule,
    specialDrug: inpatient && context.drugAsked,
    /** The hospital level is needed to apply a published scale; elsewhere it only feeds warnings. */
    levelRequired: inpatient && rule && context.published
  }
}

export interface StayReading {
  /** Fields whose text does not read, with the reason in Chinese. */
  errors: Partial<Record<StayField, string>>
  /**
   * Asked fields left blank that the stay cannot be computed without ('ratio' too, which the year
   * ledger leaves to the engine as an unknown). The deductible and the compliant part are unknowns
   * the engine answers around, except that a slip's 统筹基金支付 is a part of the compliant cost.
   */
  missing: StayField[]
  /** The engine's stay, when the total reads and nothing is in error. */
  stay?: StayInput
  /** The engine's rate for the ratio ("0.625678"), when it was asked and reads. */
  rate?: string
}

// Where a parse error and a blank field are both reported, errors come first in this order.
const MONEY_FIELDS = ['total', 'compliant', 'basicPaid', 'deductible', 'specialDrug'] as const

export function readStay(form: StayForm, context: StayContext): StayReading {
  const asked = askedStayFields(form, context)
  const errors: StayReading['errors'] = {}
  const amounts: Partial<Record<StayField, string>> = {}
  const askedMoney = (key: (typeof MONEY_FIELDS)[number]) =>
    key === 'total' || key === 'compliant' || asked[key as 'deductible' | 'basicPaid' | 'specialDrug']
  for (const key of MONEY_FIELDS) {
    if (!askedMoney(key)) continue
    const r = readMoney(form[key])
    if (r.state === 'error') errors[key] = r.message
    if (r.state === 'ok') amounts[key] = r.amount
  }
  let rate: string | undefined
  if (asked.ratio) {
    const r = readPercent(form.ratio)
    if (r.state === 'error') errors.ratio = r.message
    if (r.state === 'ok') rate = r.rate
  }
  const missing: StayField[] = []
  if (amounts.total === undefined && errors.total === undefined) missing.push('total')
  if (asked.basicPaid && amounts.basicPaid === undefined && errors.basicPaid === undefined) missing.push('basicPaid')
  if (asked.basicPaid && amounts.compliant === undefined && errors.compliant === undefined) missing.push('compliant')
  if (asked.ratio && rate === undefined && errors.ratio === undefined) missing.push('ratio')
  if (asked.levelRequired && form.level === '') missing.push('level')

  const reading: StayReading = { errors, missing, rate }
  if (Object.keys(errors).length || amounts.total === undefined) return reading
  const stay: StayInput = { totalCost: amounts.total }
  if (amounts.compliant !== undefined) stay.compliantCost = amounts.compliant
  if (asked.setting) stay.setting = form.setting
  const level = levelOf(form.level)
  if (level !== undefined) stay.hospitalLevel = level
  if (amounts.deductible !== undefined) stay.deductible = amounts.deductible
  if (rate !== undefined) stay.basicRatio = rate
  if (amounts.basicPaid !== undefined) stay.basicPaid = amounts.basicPaid
  if (amounts.specialDrug !== undefined) stay.specialDrugCost = amounts.specialDrug
  reading.stay = stay
  return reading
}
