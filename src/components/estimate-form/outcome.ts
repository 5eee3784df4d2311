// What running an estimate gives its view: still incomplete, invalid with messages per field, or a
// result. Shared by the runner of each estimate kind (住院 here, 门诊 and 生育 in src/features).
import { PolicyInputError } from '../../engine'
import { readMoney } from '../field/reading'

export type Outcome<R> =
  | { state: 'incomplete'; missing: string[] }
  | { state: 'invalid'; errors: Record<string, string>; message: string }
  | { state: 'ok'; result: R }

export const FIX_INPUT = '请先改正上面标出的输入'

export function amountOf(text: string): string | undefined {
  const r = readMoney(text)
  return r.state === 'ok' ? r.amount : undefined
}

export function moneyErrors(fields: [string, string][]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const [key, text] of fields) {
    const r = readMoney(text)
    if (r.state === 'error') errors[key] = r.message
  }
  return errors
}

export function engineError(e: unknown, fieldMap: Record<string, string>): Outcome<never> {
  if (e instanceof PolicyInputError) {
    const key = fieldMap[e.field] ?? 'form'
    return { state: 'invalid', errors: { [key]: e.message }, message: e.message }
  }
  // An engine bug must not blank the page: say so in words instead of a stack trace.
  return { state: 'invalid', errors: { form: '测算出错，请检查输入' }, message: '测算出错，请检查输入' }
}
