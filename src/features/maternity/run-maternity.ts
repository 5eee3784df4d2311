// The maternity rules straight from their engine modules, not the engine's index: the main package
// imports the index, and what it re-exports would be bundled there instead of in this subpackage.
import { isUnpublishedResult } from '../../engine'
import { childbirthPayment, maternityAllowance, maternityDays, maternityMedical } from '../../engine/maternity'
import type { ChildbirthPayment, MaternityEvent, MaternityMedicalResult } from '../../engine/maternity'
import { maternityWithoutInsurance } from '../../engine/maternity-uninsured'
import { isUnpublished } from '../../policy/types'
import type { PolicyPack, Reference } from '../../policy/types'
import { amountOf, engineError, FIX_INPUT, moneyErrors } from '../../components/estimate-form/outcome'
import type { Outcome } from '../../components/estimate-form/outcome'
import { readMonths } from '../../components/field/reading'
import type { MaternityForm } from './form'

export type ChildbirthView = { unpublished: true; reason: string } | ({ unpublished?: false } & ChildbirthPayment)

export function runChildbirth(pack: PolicyPack, form: MaternityForm): Outcome<ChildbirthView> {
  const rule = pack.residentDelivery
  if (isUnpublished(rule)) return { state: 'ok', result: { unpublished: true, reason: rule.reason } }
  const errors = moneyErrors([['actual', form.actual]])
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  const missing: string[] = []
  if (form.designated === '') missing.push('是否在定点医疗机构分娩')
  const actual = amountOf(form.actual)
  if (actual === undefined) missing.push('住院分娩的医疗费用')
  if (missing.length || actual === undefined) return { state: 'incomplete', missing }
  try {
    return {
      state: 'ok',
      result: childbirthPayment({ region: pack.region, pack, designated: form.designated === 'yes', actualCost: actual })
    }
  } catch (e) {
    return engineError(e, { actualCost: 'actual', designated: 'designated' })
  }
}

export interface AllowanceView {
  days: number
  parts: string[]
  /** Null until the wage is entered, or where the region gives no day basis and the user chose none. */
  amount: string | null
  basis: string | null
  /** Whose day basis the amount rests on: the document's, the user's own choice, or none. */
  dayBasis: 'published' | 'user' | null
  warnings: string[]
  sources: Reference[]
  /** Set when the employer pays instead of the insurance (not insured): who pays, as the text says. */
  payer?: string
}

export function maternityEvent(form: MaternityForm): MaternityEvent | undefined {
  if (form.event === 'miscarriage') {
    const m = readMonths(form.months)
    return m.state === 'ok' ? { kind: 'miscarriage', monthsPregnant: m.value } : undefined
  }
  return {
    kind: 'birth',
    babies: Number(form.babies),
    caesarean: form.caesarean,
    difficult: form.difficult,
    infantDiedWithin72h: form.infantDied
  }
}

export function runAllowance(pack: PolicyPack, form: MaternityForm): Outcome<AllowanceView> {
  const errors = moneyErrors([['wage', form.wage]])
  if (form.event === 'miscarriage') {
    const m = readMonths(form.months)
    if (m.state === 'error') errors.months = m.message
  }
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  const event = maternityEvent(form)
  if (!event) return { state: 'incomplete', missing: ['怀孕月数'] }
  const map = {
    averageMonthlyWage: 'wage',
    preLeaveMonthlyWage: 'wage',
    'event.monthsPregnant': 'months',
    'event.babies': 'babies',
    event: 'event'
  }
  const monthDays = form.monthDays === '' ? undefined : Number(form.monthDays)
  try {
    const wage = amountOf(form.wage)
    if (form.uninsured && pack.maternity.allowance.uninsured) {
      // Not insured: the employer pays the pre-leave wage for the same leave days (Weihai Q&A).
      const u = maternityWithoutInsurance({ region: pack.region, pack, event, preLeaveMonthlyWage: wage, monthDays })
      if (isUnpublishedResult(u))
        return { state: 'ok', result: { days: 0, parts: [], amount: null, basis: u.reason, dayBasis: null, warnings: [], sources: [] } }
      return {
        state: 'ok',
        result: {
          days: u.days,
          parts: u.parts,
          amount: u.amount,
          basis: u.basis,
          dayBasis: u.amount === null ? null : 'user',
          warnings: u.warnings,
          sources: u.sources,
          payer: u.payer
        }
      }
    }
    const days = maternityDays(pack.maternity, event)
    if (wage === undefined) {
      return {
        state: 'ok',
        result: {
          days: days.days,
          parts: days.parts,
          amount: null,
          basis: null,
          dayBasis: null,
          warnings: days.warnings,
          sources: days.sources
        }
      }
    }
    const r = maternityAllowance({ region: pack.region, pack, averageMonthlyWage: wage, event, monthDays })
    return {
      state: 'ok',
      result: {
        days: r.days,
        parts: days.parts,
        amount: r.amount,
        basis: r.basis,
        dayBasis: r.dayBasis,
        warnings: r.warnings,
        sources: r.sources
      }
    }
  } catch (e) {
    return engineError(e, map)
  }
}

export type MedicalView = { unpublished: true; reason: string } | ({ unpublished?: false } & MaternityMedicalResult)

/** 生育医疗费 (employee maternity insurance, Weifang §12): fixed prenatal sum, limits, spouse subsidy. */
export function runMaternityMedical(pack: PolicyPack, form: MaternityForm): Outcome<MedicalView> {
  const errors = moneyErrors([['actual', form.actual]])
  const months = form.medicalKind === 'miscarriage' ? readMonths(form.months) : undefined
  if (months?.state === 'error') errors.months = months.message
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  if (months && months.state !== 'ok') return { state: 'incomplete', missing: ['怀孕月数'] }
  try {
    const r = maternityMedical({
      region: pack.region,
      pack,
      kind: form.medicalKind,
      actualCost: amountOf(form.actual),
      babies: Number(form.babies),
      monthsPregnant: months?.state === 'ok' ? months.value : undefined,
      unemployedSpouse: form.spouse
    })
    if (isUnpublishedResult(r)) return { state: 'ok', result: { unpublished: true, reason: r.reason } }
    return { state: 'ok', result: r }
  } catch (e) {
    return engineError(e, { actualCost: 'actual', monthsPregnant: 'months', babies: 'babies', kind: 'medicalKind' })
  }
}
