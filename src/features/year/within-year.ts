// 这次住院 within the year: the stay on the estimator computed after the year's earlier stays (the
// year ledger's entries, or the slip totals so far), by the same computation as the ledger
// (estimateYear). When the stay is already one of the ledger's entries, it is that entry: the
// estimator and the ledger show one answer for it.
import { attempt, estimateYear } from '../../engine'
import type { InpatientInput, StayInput } from '../../engine'
import type { PolicyPack } from '../../policy/types'
import { readMoney, readPercent } from '../../components/field/reading'
import { stayOf } from '../stay'
import type { InpatientForm, StayForm, WithinYear, WithinYearOutcome } from '../stay'
import type { Ledger, LedgerEntry } from './year-store'
import { ledgerInput } from './year-store'

const amount = (text: string): string => {
  const r = readMoney(text)
  return r.state === 'ok' ? r.amount : r.state === 'empty' ? '' : `?${text}`
}
const rate = (text: string): string => {
  const r = readPercent(text)
  return r.state === 'ok' ? r.rate : r.state === 'empty' ? '' : `?${text}`
}

/** The form's stay as it computes: the compliant part blank when assumed, fields the form does not ask blank. */
export function formStay(form: InpatientForm): StayForm {
  const rule = form.basicSource === 'rule'
  return {
    ...stayOf(form),
    compliant: form.compliantAssumed ? '' : form.compliant,
    deductible: rule ? form.deductible : '',
    ratio: rule ? form.ratio : '',
    basicPaid: rule ? '' : form.basicPaid,
    specialDrug: form.poverty ? form.specialDrug : ''
  }
}

/** Whether a ledger entry is the stay on the form (the same figures, hospital level and setting). */
export function sameStay(entry: LedgerEntry, form: InpatientForm): boolean {
  if (entry.kind !== 'inpatient') return false
  const stay = formStay(form)
  const rule = stay.basicSource === 'rule'
  return (
    entry.level === stay.level &&
    entry.setting === stay.setting &&
    entry.basicSource === stay.basicSource &&
    amount(entry.total) === amount(stay.total) &&
    amount(entry.compliant) === amount(stay.compliant) &&
    (!rule || (amount(entry.deductible) === amount(stay.deductible) && rate(entry.ratio) === rate(stay.ratio))) &&
    (rule || amount(entry.basicPaid) === amount(stay.basicPaid)) &&
    amount(entry.specialDrug) === amount(stay.specialDrug)
  )
}

/** The ledger entry the form's stay is: the last one with the same figures; -1 if none. */
export function entryOfForm(ledger: Ledger, form: InpatientForm): number {
  for (let i = ledger.entries.length - 1; i >= 0; i--) {
    const entry = ledger.entries[i]
    if (entry !== undefined && sameStay(entry, form)) return i
  }
  return -1
}

/** The engine's stay for the estimator's input. */
export function stayOfInput(input: InpatientInput): StayInput {
  const stay: StayInput = { totalCost: input.totalCost, setting: input.setting }
  if (input.compliantCost !== undefined) stay.compliantCost = input.compliantCost
  if (input.hospitalLevel !== undefined) stay.hospitalLevel = input.hospitalLevel
  if (input.deductible !== undefined) stay.deductible = input.deductible
  if (input.basicRatio !== undefined) stay.basicRatio = input.basicRatio
  if (input.basicPaid !== undefined) stay.basicPaid = input.basicPaid
  if (input.specialDrugCost !== undefined) stay.specialDrugCost = input.specialDrugCost
  return stay
}

/** The entry the ledger gets for the form's stay ("记入本年度的住院"): the same stay, as it computes. */
export function entryOfStay(form: InpatientForm, entry: LedgerEntry): LedgerEntry {
  return { ...entry, ...formStay(form) }
}

/**
 * The stay within the year: 'first' when it is computed as the year's first stay (not answered
 * "住过", and not found in the ledger after other entries), 'noEarlier' when "住过" was answered but
 * the ledger holds nothing before it.
 */
export function withinYear(pack: PolicyPack, form: InpatientForm, ledger: Ledger, input: InpatientInput): WithinYearOutcome {
  const entry = entryOfForm(ledger, form)
  if (form.earlier === 'no')
    return entry > 0 || (entry === 0 && ledger.usePrior) ? { state: 'first', ledgerEntry: entry } : { state: 'first' }
  const earlierCount = entry >= 0 ? ledger.entries.length - 1 : ledger.entries.length
  // Not answered: the stay is within the year only when the ledger already holds it after others.
  if (form.earlier === '' && (entry < 0 || (earlierCount === 0 && !ledger.usePrior))) return { state: 'first' }
  if (earlierCount === 0 && !ledger.usePrior) return { state: 'noEarlier' }
  const li = ledgerInput(pack.region, form, ledger, pack.year)
  if (!li.ok) return { state: 'error', message: `下方“本年度的住院”中的记录还不能计算：${li.message}` }
  const entries = entry >= 0 ? li.input.entries : [...li.input.entries, stayOfInput(input)]
  const index = entry >= 0 ? entry : entries.length - 1
  const run = attempt(() => estimateYear({ ...li.input, entries }))
  if (!run.ok) return { state: 'error', message: `下方“本年度的住院”中的记录还不能计算：${run.message}` }
  const { year } = run.value
  // One estimate per stay given, and index is one of them.
  const estimate = run.value.stays[index]
  if (estimate === undefined) return { state: 'error', message: '下方“本年度的住院”中的记录还不能计算' }
  const value: WithinYear = {
    estimate,
    year,
    place: year.order.indexOf(index) + 1,
    count: entries.length,
    entry,
    prior: ledger.usePrior
  }
  const otherRun = attempt(() => estimateYear({ ...li.input, tier: li.input.tier === 1 ? 2 : 1, entries }))
  if (otherRun.ok) value.other = otherRun.value.stays[index]
  return { state: 'ok', value }
}
