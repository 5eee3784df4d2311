// How forms are checked when they come back from storage or a link, and how they are written for
// saving and sharing. One table of field specifications drives both.
import { ASSISTANCE_GROUPS, COUNTIES, INPATIENT_SETTINGS, readPercent } from '../../engine'
import { readMoney } from '../../components/field/reading'
import type { FieldSpec } from '../../components/estimate-form/field-spec'
import { OUTPATIENT_FIELDS } from '../../features/outpatient'
import { MATERNITY_FIELDS, readMonths } from '../../features/maternity'
import { DEFAULT_FORMS } from './forms'
import type { FieldValues, Forms, Mode } from './forms'

// ---------------------------------------------------------------------------------------------
// Field specifications: one table per form drives validation of stored and shared inputs and the
// compact share code (each field has a one-letter code; enum values travel as their index).
// ---------------------------------------------------------------------------------------------

export type { FieldSpec }
export { readMonths }

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
    county: { kind: 'enum', code: 'y', values: ['', ...COUNTIES], addedLater: true },
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
      out[key] = defaults[key]
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
    } else {
      out[key] = value
    }
  }
  return { form: out as Forms[M], invalid }
}
