// How forms are checked when they come back from storage or a link, and how they are written for
// saving and sharing. One table of field specifications drives both.
import { readMoney, readPercent } from '../../components/field/reading'
import type { FieldSpec } from '../../components/estimate-form/field-spec'
import { OUTPATIENT_FIELDS } from '../outpatient'
import { MATERNITY_FIELDS, readMonths } from '../maternity'
import { DEFAULT_FORMS } from './forms'
import type { FieldValues, Forms, Mode } from './forms'
import { HOUSEHOLD_FIELDS, STAY_FIELDS } from '../stay'

// ---------------------------------------------------------------------------------------------
// Field specifications: one table per form drives validation of stored and shared inputs and the
// compact share code (each field has a one-letter code; enum values travel as their index).
// ---------------------------------------------------------------------------------------------

export type { FieldSpec }
export { readMonths }

export const FIELD_SPECS: { [M in Mode]: { [K in keyof Forms[M]]: FieldSpec } } = {
  // The stay's letters are the one stay table's (features/stay), in the order codes were always
  // written, so a form encodes to the same code it did before.
  inpatient: {
    tier: HOUSEHOLD_FIELDS.tier,
    level: STAY_FIELDS.level,
    total: STAY_FIELDS.total,
    compliant: STAY_FIELDS.compliant,
    compliantAssumed: { kind: 'bool', code: 'A' },
    basicSource: STAY_FIELDS.basicSource,
    deductible: STAY_FIELDS.deductible,
    ratio: STAY_FIELDS.ratio,
    basicPaid: STAY_FIELDS.basicPaid,
    setting: STAY_FIELDS.setting,
    poverty: HOUSEHOLD_FIELDS.poverty,
    assistance: HOUSEHOLD_FIELDS.assistance,
    specialDrug: STAY_FIELDS.specialDrug,
    county: HOUSEHOLD_FIELDS.county,
    earlier: { kind: 'enum', code: 'e', values: ['', 'no', 'yes'], addedLater: true }
  },
  outpatient: OUTPATIENT_FIELDS,
  maternity: MATERNITY_FIELDS
}

const PLAIN_AMOUNT = /^\d{1,10}(\.\d{1,2})?$/

/** "120000.00" → "120000", "1234.50" → "1234.5": how amounts are stored and shared. */
export function compactAmount(amount: string): string {
  return amount.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')
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
  const defaults = DEFAULT_FORMS[mode] as FieldValues
  for (const [key, spec] of Object.entries(specs)) {
    if (source[key] === undefined && spec.addedLater) {
      const fallback = defaults[key]
      if (fallback === undefined) return undefined
      out[key] = fallback
      continue
    }
    const checked = checkValue(spec, source[key])
    if (checked === undefined) return undefined
    out[key] = checked
  }
  return out as Forms[M]
}

/**
 * The form as it is saved or shared: amounts in plain digits ("3万" → "30000"); a field whose
 * text does not parse is left empty. Returns the fields that had to be left out.
 */
export function normalizeForm<M extends Mode>(mode: M, form: Forms[M]): { form: Forms[M]; invalid: string[] } {
  const specs = FIELD_SPECS[mode] as Record<string, FieldSpec>
  const source: FieldValues = form
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
    } else if (value !== undefined) {
      out[key] = value
    }
  }
  return { form: out as Forms[M], invalid }
}

// ---------------------------------------------------------------------------------------------
// Fields in a share code: one letter and a value ([0-9.] only) per field that differs from the
// blank; choices travel as their index, yes/no as 1/0. The estimate's code and each block of the
// year's code are written and read by these two, so a stay reads the same in both.
// ---------------------------------------------------------------------------------------------

type Specs = Record<string, FieldSpec>

function encodeValue(spec: FieldSpec, value: string | boolean): string {
  if (spec.kind === 'bool') return value ? '1' : '0'
  if (spec.kind === 'enum') return String(spec.values.indexOf(value as string))
  return value as string
}

function decodeValue(spec: FieldSpec, text: string): string | boolean | undefined {
  if (spec.kind === 'bool') return text === '1' ? true : text === '0' ? false : undefined
  if (spec.kind === 'enum') return /^\d$/.test(text) ? spec.values[Number(text)] : undefined
  return text
}

/** "T120000", "l3", …: the fields of clean values (normalized) that differ from the defaults. */
export function encodeFields(specs: Specs, values: FieldValues, defaults: FieldValues): string[] {
  const parts: string[] = []
  for (const [key, spec] of Object.entries(specs)) {
    const value = values[key]
    if (value === undefined || value === defaults[key]) continue
    parts.push(spec.code + encodeValue(spec, value))
  }
  return parts
}

/** "T1234.5" → ['T', '1234.5']; undefined when the part is not a letter and a value. */
export function splitField(part: string): [string, string] | undefined {
  const [, letter, value] = /^([A-Za-z])([0-9.]{1,16})$/.exec(part) ?? []
  return letter !== undefined && value !== undefined ? [letter, value] : undefined
}

/**
 * The fields of a code read back over the defaults, each checked against its spec; undefined when
 * any part is unknown, repeated or not a valid value (a link is refused as a whole).
 */
export function decodeFields(specs: Specs, parts: string[], defaults: FieldValues): FieldValues | undefined {
  const byCode = new Map(Object.entries(specs).map(([key, spec]) => [spec.code, { key, spec }]))
  const raw: FieldValues = { ...defaults }
  const seen = new Set<string>()
  for (const part of parts) {
    const field = splitField(part)
    const entry = field ? byCode.get(field[0]) : undefined
    if (!field || !entry || seen.has(field[0])) return undefined
    seen.add(field[0])
    const value = decodeValue(entry.spec, field[1])
    const checked = value === undefined ? undefined : checkValue(entry.spec, value)
    if (checked === undefined) return undefined
    raw[entry.key] = checked
  }
  return raw
}

/** Amounts and percentages of a record in the form they are shared in; a field that does not read is blank. */
export function normalizeFields(specs: Specs, values: FieldValues): FieldValues {
  const out: FieldValues = {}
  for (const [key, spec] of Object.entries(specs)) {
    const value = values[key]
    if (spec.kind === 'money' && typeof value === 'string') {
      const r = readMoney(value)
      out[key] = r.state === 'ok' ? compactAmount(r.amount) : ''
    } else if (spec.kind === 'percent' && typeof value === 'string') {
      const r = readPercent(value)
      out[key] = r.state === 'ok' ? r.percent : ''
    } else if (value !== undefined) {
      out[key] = value
    }
  }
  return out
}
