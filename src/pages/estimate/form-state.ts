// The estimator's inputs as the page holds them (text as typed, choices as short strings), how they
// are checked when they come back from storage or a link, and how they become engine calls. No
// policy arithmetic here: the engine computes, this module only decides what to ask it.
import {
  ASSISTANCE_GROUPS,
  COUNTIES,
  INPATIENT_SETTINGS,
  PolicyInputError,
  chronicOutpatient,
  childbirthPayment,
  estimateInpatient,
  isUnpublishedResult,
  maternityAllowance,
  maternityDays,
  maternityMedical,
  outpatientGeneral,
  readPercent,
  tierComparison
} from '../../engine'
import type {
  AssistanceGroup,
  InpatientEstimate,
  InpatientInput,
  MaternityEvent,
  MaternityMedicalKind,
  OutpatientResult,
  TwoReadings,
  TierComparison
} from '../../engine'
import { readMoney } from '../../components/money-input/parse'
import { getPack } from '../../policy/registry'
import { POLICY_YEAR } from '../../policy/documents'
import { isUnpublished } from '../../policy/types'
import type { CountyId, InpatientSetting, Reference, RegionId, Tier } from '../../policy/types'

export type Mode = 'inpatient' | 'outpatient' | 'maternity'
export const MODES: readonly Mode[] = ['inpatient', 'outpatient', 'maternity']
export const MODE_NAMES: Record<Mode, string> = { inpatient: '住院', outpatient: '门诊', maternity: '生育' }

export interface InpatientForm {
  tier: '' | '1' | '2'
  level: '' | '1' | '2' | '3'
  total: string
  compliant: string
  /** Set by the "不清楚就先按总费用估算" shortcut: compliant follows total until the user edits it. */
  compliantAssumed: boolean
  /** How basic insurance is worked out: from the deductible (and ratio) or from the settlement slip. */
  basicSource: 'rule' | 'slip'
  deductible: string
  /** A percentage as the user typed it ("70"). */
  ratio: string
  basicPaid: string
  setting: InpatientSetting
  poverty: boolean
  assistance: AssistanceGroup
  specialDrug: string
  /** Where a Weifang person is insured: 安丘's assistance rules apply only there ('' = not said). */
  county: '' | CountyId
}

export interface OutpatientForm {
  scheme: 'resident' | 'employee'
  kind: 'ordinary' | 'fixedRate'
  tier: '' | '1' | '2'
  cost: string
  used: string
  deductible: string
}

export interface MaternityForm {
  sub: 'childbirth' | 'allowance' | 'medical'
  designated: '' | 'yes' | 'no'
  actual: string
  wage: string
  event: 'birth' | 'miscarriage'
  babies: '1' | '2' | '3' | '4'
  caesarean: boolean
  difficult: boolean
  infantDied: boolean
  months: string
  /** The user's own day basis where the region publishes none ('' = show the days only). */
  monthDays: '' | '30'
  /** 生育医疗费 (employee maternity insurance). */
  medicalKind: MaternityMedicalKind
  /** The unemployed wife of an insured man (生育补助金). */
  spouse: boolean
}

export interface Forms {
  inpatient: InpatientForm
  outpatient: OutpatientForm
  maternity: MaternityForm
}

export type FormOf<M extends Mode> = Forms[M]

/** Nothing is pre-filled with a figure: empty amounts, no tier or hospital level chosen. */
export const DEFAULT_FORMS: Forms = {
  inpatient: {
    tier: '',
    level: '',
    total: '',
    compliant: '',
    compliantAssumed: false,
    basicSource: 'rule',
    deductible: '',
    ratio: '',
    basicPaid: '',
    setting: 'local',
    poverty: false,
    assistance: 'none',
    specialDrug: '',
    county: ''
  },
  outpatient: { scheme: 'resident', kind: 'ordinary', tier: '', cost: '', used: '', deductible: '' },
  maternity: {
    sub: 'allowance',
    designated: '',
    actual: '',
    wage: '',
    event: 'birth',
    babies: '1',
    caesarean: false,
    difficult: false,
    infantDied: false,
    months: '',
    monthDays: '',
    medicalKind: 'delivery',
    spouse: false
  }
}

// ---------------------------------------------------------------------------------------------
// Field specifications: one table drives validation of stored and shared inputs and the compact
// share code (each field has a one-letter code; enum values travel as their index).
// ---------------------------------------------------------------------------------------------

export type FieldSpec =
  | { kind: 'money'; code: string }
  | { kind: 'percent'; code: string }
  | { kind: 'months'; code: string }
  | { kind: 'bool'; code: string }
  | { kind: 'enum'; code: string; values: readonly string[] }

/** Fields added after version 1 of the saved and shared forms: absent in older data, they take their default. */
const ADDED_LATER = new Set(['inpatient.county', 'maternity.monthDays', 'maternity.medicalKind', 'maternity.spouse'])

export const FIELD_SPECS: { [M in Mode]: { [K in keyof Forms[M]]: FieldSpec } } = {
  inpatient: {
    tier: { kind: 'enum', code: 't', values: ['', '1', '2'] },
    level: { kind: 'enum', code: 'l', values: ['', '1', '2', '3'] },
    total: { kind: 'money', code: 'T' },
    compliant: { kind: 'money', code: 'C' },
    compliantAssumed: { kind: 'bool', code: 'A' },
    basicSource: { kind: 'enum', code: 'b', values: ['rule', 'slip'] },
    deductible: { kind: 'money', code: 'd' },
    ratio: { kind: 'percent', code: 'q' },
    basicPaid: { kind: 'money', code: 'p' },
    setting: { kind: 'enum', code: 's', values: INPATIENT_SETTINGS },
    poverty: { kind: 'bool', code: 'v' },
    assistance: { kind: 'enum', code: 'a', values: ASSISTANCE_GROUPS },
    specialDrug: { kind: 'money', code: 'x' },
    county: { kind: 'enum', code: 'y', values: ['', ...COUNTIES] }
  },
  outpatient: {
    scheme: { kind: 'enum', code: 'c', values: ['resident', 'employee'] },
    kind: { kind: 'enum', code: 'k', values: ['ordinary', 'fixedRate'] },
    tier: { kind: 'enum', code: 't', values: ['', '1', '2'] },
    cost: { kind: 'money', code: 'o' },
    used: { kind: 'money', code: 'u' },
    deductible: { kind: 'money', code: 'd' }
  },
  maternity: {
    sub: { kind: 'enum', code: 'z', values: ['childbirth', 'allowance', 'medical'] },
    designated: { kind: 'enum', code: 'g', values: ['', 'yes', 'no'] },
    actual: { kind: 'money', code: 'r' },
    wage: { kind: 'money', code: 'w' },
    event: { kind: 'enum', code: 'e', values: ['birth', 'miscarriage'] },
    babies: { kind: 'enum', code: 'n', values: ['1', '2', '3', '4'] },
    caesarean: { kind: 'bool', code: 'c' },
    difficult: { kind: 'bool', code: 'h' },
    infantDied: { kind: 'bool', code: 'i' },
    months: { kind: 'months', code: 'm' },
    monthDays: { kind: 'enum', code: 'j', values: ['', '30'] },
    medicalKind: { kind: 'enum', code: 'K', values: ['delivery', 'prenatal', 'miscarriage', 'familyPlanning'] },
    spouse: { kind: 'bool', code: 'S' }
  }
}

const PLAIN_AMOUNT = /^\d{1,10}(\.\d{1,2})?$/
const MONTHS = /^\d{1,2}(\.\d)?$/

/** "120000.00" → "120000", "1234.50" → "1234.5": how amounts are stored and shared. */
export function compactAmount(amount: string): string {
  return amount.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')
}

/** Months pregnant as typed, when it is a sensible number (0 < m ≤ 10, one decimal at most). */
export function readMonths(text: string): { state: 'empty' } | { state: 'ok'; value: number } | { state: 'error'; message: string } {
  const s = text.trim()
  if (s === '') return { state: 'empty' }
  if (!MONTHS.test(s)) return { state: 'error', message: '请填写怀孕月数，例如 3 或 4.5' }
  const value = Number(s) // a validated month count, not money
  if (value <= 0 || value > 10) return { state: 'error', message: '怀孕月数应大于0且不超过10' }
  return { state: 'ok', value }
}

/** Checks one stored or shared value against its spec; undefined when it is not acceptable. */
export function checkValue(spec: FieldSpec, value: unknown): string | boolean | undefined {
  switch (spec.kind) {
    case 'bool':
      return typeof value === 'boolean' ? value : undefined
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? value : undefined
    case 'money': {
      if (value === '') return ''
      if (typeof value !== 'string' || !PLAIN_AMOUNT.test(value)) return undefined
      const r = readMoney(value)
      return r.state === 'ok' ? compactAmount(r.amount) : undefined
    }
    case 'percent': {
      if (value === '') return ''
      if (typeof value !== 'string') return undefined
      const r = readPercent(value)
      return r.state === 'ok' && r.percent === value ? value : undefined
    }
    case 'months': {
      if (value === '') return ''
      return typeof value === 'string' && readMonths(value).state === 'ok' ? value : undefined
    }
  }
}

/**
 * A form read back from storage or a link: every field must be present and valid, or the whole
 * form is refused (undefined). Nothing half-read reaches the screen.
 */
export function sanitizeForm<M extends Mode>(mode: M, raw: unknown): Forms[M] | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined
  const specs = FIELD_SPECS[mode] as Record<string, FieldSpec>
  const source = raw as Record<string, unknown>
  for (const key of Object.keys(source)) if (!(key in specs)) return undefined
  const out: Record<string, string | boolean> = {}
  const defaults = DEFAULT_FORMS[mode] as unknown as Record<string, string | boolean>
  for (const [key, spec] of Object.entries(specs)) {
    if (source[key] === undefined && ADDED_LATER.has(`${mode}.${key}`)) {
      out[key] = defaults[key]
      continue
    }
    const checked = checkValue(spec, source[key])
    if (checked === undefined) return undefined
    out[key] = checked
  }
  return out as unknown as Forms[M]
}

/**
 * The form as it is saved or shared: amounts in plain digits ("3万" → "30000"); a field whose
 * text does not parse is left empty. Returns the fields that had to be left out.
 */
export function normalizeForm<M extends Mode>(mode: M, form: Forms[M]): { form: Forms[M]; invalid: string[] } {
  const specs = FIELD_SPECS[mode] as Record<string, FieldSpec>
  const source = form as unknown as Record<string, string | boolean>
  const out: Record<string, string | boolean> = {}
  const invalid: string[] = []
  for (const [key, spec] of Object.entries(specs)) {
    const value = source[key]
    if (spec.kind === 'money' && typeof value === 'string') {
      const r = readMoney(value)
      out[key] = r.state === 'ok' ? compactAmount(r.amount) : ''
      if (r.state === 'error') invalid.push(key)
    } else if (spec.kind === 'percent' && typeof value === 'string') {
      const r = readPercent(value)
      out[key] = r.state === 'ok' ? r.percent : ''
      if (r.state === 'error') invalid.push(key)
    } else if (spec.kind === 'months' && typeof value === 'string') {
      const r = readMonths(value)
      out[key] = r.state === 'ok' ? value.trim() : ''
      if (r.state === 'error') invalid.push(key)
    } else {
      out[key] = value
    }
  }
  return { form: out as unknown as Forms[M], invalid }
}

// ---------------------------------------------------------------------------------------------
// Parameters handed over by other tabs (takePendingParams) or a page's query string.
// ---------------------------------------------------------------------------------------------

export interface Handover {
  mode?: Mode
  maternitySub?: MaternityForm['sub']
  setting?: InpatientSetting
}

const SETTING_ALIASES: Record<string, InpatientSetting> = {
  local: 'local',
  referral: 'referral',
  emergency: 'emergency',
  longTermResidence: 'longTermResidence',
  unreferred: 'unreferred',
  // The 异地就医 page speaks of situations; these two are settled like a stay in another place.
  postedWorker: 'longTermResidence',
  unfiled: 'unreferred'
}

/** Reads { mode, setting } from another tab or a link; unknown values are ignored, never trusted. */
export function readHandover(params: Record<string, unknown> | undefined | null): Handover {
  const out: Handover = {}
  if (!params || typeof params !== 'object') return out
  const mode = params.mode
  if (mode === 'inpatient' || mode === 'outpatient') out.mode = mode
  else if (mode === 'maternity' || mode === 'allowance') {
    out.mode = 'maternity'
    out.maternitySub = 'allowance'
  } else if (mode === 'childbirth') {
    out.mode = 'maternity'
    out.maternitySub = 'childbirth'
  } else if (mode === 'maternityMedical') {
    out.mode = 'maternity'
    out.maternitySub = 'medical'
  }
  const setting = params.setting
  if (typeof setting === 'string' && Object.prototype.hasOwnProperty.call(SETTING_ALIASES, setting)) {
    out.setting = SETTING_ALIASES[setting]
    out.mode ??= 'inpatient'
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Running the engine.
// ---------------------------------------------------------------------------------------------

export type Outcome<R> =
  | { state: 'incomplete'; missing: string[] }
  | { state: 'invalid'; errors: Record<string, string>; message: string }
  | { state: 'ok'; result: R }

const FIX_INPUT = '请先改正上面标出的输入'

function amountOf(text: string): string | undefined {
  const r = readMoney(text)
  return r.state === 'ok' ? r.amount : undefined
}

function moneyErrors(fields: [string, string][]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const [key, text] of fields) {
    const r = readMoney(text)
    if (r.state === 'error') errors[key] = r.message
  }
  return errors
}

function engineError(e: unknown, fieldMap: Record<string, string>): Outcome<never> {
  if (e instanceof PolicyInputError) {
    const key = fieldMap[e.field] ?? 'form'
    return { state: 'invalid', errors: { [key]: e.message }, message: e.message }
  }
  // An engine bug must not blank the page: say so in words instead of a stack trace.
  return { state: 'invalid', errors: { form: '测算出错，请检查输入' }, message: '测算出错，请检查输入' }
}

export function hasPublishedScale(region: RegionId): boolean {
  return !isUnpublished(getPack(region, POLICY_YEAR).inpatient.tiers[1].scaleByLevel)
}

/** Which inpatient inputs the page shows for a region and form. */
export function inpatientFields(region: RegionId, form: InpatientForm) {
  const published = hasPublishedScale(region)
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

export function runInpatient(region: RegionId, form: InpatientForm): Outcome<InpatientResult> {
  const show = inpatientFields(region, form)
  const money: [string, string][] = [['total', form.total], ['compliant', form.compliant]]
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

  const missing: string[] = []
  if (form.tier === '') missing.push('缴费档次')
  if (show.levelRequired && form.level === '') missing.push('医院级别')
  const total = amountOf(form.total)
  const compliant = amountOf(form.compliant)
  if (total === undefined) missing.push('住院总费用')
  if (compliant === undefined) missing.push('政策范围内费用')
  const deductible = show.deductible ? amountOf(form.deductible) : undefined
  const basicPaid = show.basicPaid ? amountOf(form.basicPaid) : undefined
  if (show.deductible && deductible === undefined) missing.push('起付标准')
  if (show.ratio && rate === undefined) missing.push('支付比例')
  if (show.basicPaid && basicPaid === undefined) missing.push('统筹基金支付')
  if (missing.length || total === undefined || compliant === undefined) return { state: 'incomplete', missing }

  const input: InpatientInput = {
    region,
    tier: Number(form.tier) as Tier,
    totalCost: total,
    compliantCost: compliant,
    setting: form.setting,
    povertyHousehold: form.poverty,
    assistanceGroup: form.assistance
  }
  if (form.county !== '') input.county = form.county
  if (form.level !== '') input.hospitalLevel = Number(form.level) as 1 | 2 | 3
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
  if (hasPublishedScale(region)) {
    if (deductible === undefined || input.hospitalLevel === undefined) {
      result.tiersHint = '一档和二档的比较要按起付标准测算：请在上方选择“按起付标准测算”并填写起付标准。'
    } else {
      try {
        const comparison = tierComparison({
          region,
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

export interface OutpatientView {
  kind: 'general' | 'chronic'
  result: OutpatientResult
}

export function runOutpatient(region: RegionId, form: OutpatientForm): Outcome<OutpatientView> {
  const pack = getPack(region, POLICY_YEAR)
  const general = !isUnpublished(pack.outpatient.general)
  const ordinary = !general && form.kind === 'ordinary'
  const money: [string, string][] = [['cost', form.cost]]
  if (general || ordinary) money.push(['used', form.used])
  if (ordinary) money.push(['deductible', form.deductible])
  const errors = moneyErrors(money)
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  const missing: string[] = []
  const cost = amountOf(form.cost)
  if (!general && form.tier === '') missing.push('缴费档次')
  if (cost === undefined) missing.push(general ? '门诊费用' : '慢性病门诊费用')
  const deductible = ordinary ? amountOf(form.deductible) : undefined
  if (ordinary && deductible === undefined) missing.push('起付标准')
  if (missing.length || cost === undefined) return { state: 'incomplete', missing }
  const used = amountOf(form.used)
  const map = { cost: 'cost', paidThisYear: 'used', deductible: 'deductible', tier: 'tier', scheme: 'scheme' }
  try {
    if (general) {
      return { state: 'ok', result: { kind: 'general', result: outpatientGeneral({ region, scheme: form.scheme, cost, paidThisYear: used }) } }
    }
    const result = chronicOutpatient({
      region,
      kind: form.kind,
      tier: Number(form.tier) as Tier,
      cost,
      deductible,
      paidThisYear: ordinary ? used : undefined
    })
    return { state: 'ok', result: { kind: 'chronic', result } }
  } catch (e) {
    return engineError(e, map)
  }
}

export type ChildbirthView =
  | { unpublished: true; reason: string }
  | { unpublished?: false; amount: string | null; quota: string | null; note: string; sources: Reference[]; range?: TwoReadings }

export function runChildbirth(region: RegionId, form: MaternityForm): Outcome<ChildbirthView> {
  const rule = getPack(region, POLICY_YEAR).residentDelivery
  if (isUnpublished(rule)) return { state: 'ok', result: { unpublished: true, reason: rule.reason } }
  const errors = moneyErrors([['actual', form.actual]])
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  const missing: string[] = []
  if (form.designated === '') missing.push('是否在定点医疗机构分娩')
  const actual = amountOf(form.actual)
  if (actual === undefined) missing.push('住院分娩的医疗费用')
  if (missing.length || actual === undefined) return { state: 'incomplete', missing }
  try {
    return { state: 'ok', result: childbirthPayment({ region, designated: form.designated === 'yes', actualCost: actual }) }
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

export function runAllowance(region: RegionId, form: MaternityForm): Outcome<AllowanceView> {
  const errors = moneyErrors([['wage', form.wage]])
  if (form.event === 'miscarriage') {
    const m = readMonths(form.months)
    if (m.state === 'error') errors.months = m.message
  }
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  const event = maternityEvent(form)
  if (!event) return { state: 'incomplete', missing: ['怀孕月数'] }
  const map = { averageMonthlyWage: 'wage', 'event.monthsPregnant': 'months', 'event.babies': 'babies', event: 'event' }
  try {
    const wage = amountOf(form.wage)
    const days = maternityDays(getPack(region, POLICY_YEAR).maternity, event)
    if (wage === undefined) {
      return {
        state: 'ok',
        result: { days: days.days, parts: days.parts, amount: null, basis: null, dayBasis: null, warnings: days.warnings, sources: days.sources }
      }
    }
    const r = maternityAllowance({ region, averageMonthlyWage: wage, event, monthDays: form.monthDays === '' ? undefined : Number(form.monthDays) })
    return {
      state: 'ok',
      result: { days: r.days, parts: days.parts, amount: r.amount, basis: r.basis, dayBasis: r.dayBasis, warnings: r.warnings, sources: r.sources }
    }
  } catch (e) {
    return engineError(e, map)
  }
}

export type MedicalView =
  | { unpublished: true; reason: string }
  | { unpublished?: false; amount: string | null; limit: string | null; note: string; sources: Reference[]; range?: TwoReadings }

/** 生育医疗费 (employee maternity insurance, Weifang §12): fixed prenatal sum, limits, spouse subsidy. */
export function runMaternityMedical(region: RegionId, form: MaternityForm): Outcome<MedicalView> {
  const errors = moneyErrors([['actual', form.actual]])
  const months = form.medicalKind === 'miscarriage' ? readMonths(form.months) : undefined
  if (months?.state === 'error') errors.months = months.message
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  if (months && months.state !== 'ok') return { state: 'incomplete', missing: ['怀孕月数'] }
  try {
    const r = maternityMedical({
      region,
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
