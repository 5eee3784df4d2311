// Reading what people type into the non-money fields, and showing the engine's rates as percents.
// All of it is string work: no figure passes through floating-point arithmetic.
import { halfWidthDigits, ratePoints, rateToPercent, readPercent as readPercentText, type PercentProblem } from '../../engine'

export type Read<T> = { state: 'empty' } | { state: 'ok'; value: T } | { state: 'error'; message: string }

function normalise(text: string): string {
  return halfWidthDigits(text).replace(/[\s\u3000]+/g, '')
}

/** An age in whole years ("45", "45岁", "４５周岁"); the engine checks the range. */
export function readAge(text: string): Read<number> {
  const s = normalise(text).replace(/(周岁|岁)$/, '')
  if (s === '') return { state: 'empty' }
  if (/^\d+\.\d*$/.test(s)) return { state: 'error', message: '年龄请填整数（周岁），例如 45' }
  if (!/^\d{1,3}$/.test(s)) return { state: 'error', message: '年龄请只填数字（周岁），例如 45' }
  return { state: 'ok', value: Number(s) }
}

/** Years of contributions ("28", "28.5", "28年"); at most two decimals. */
export function readYears(text: string): Read<number> {
  const s = normalise(text).replace(/(周年|年)$/, '')
  if (s === '') return { state: 'empty' }
  if (/^[-－−]/.test(s)) return { state: 'error', message: '缴费年限不能为负数' }
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return { state: 'error', message: '缴费年限请填数字，例如 28 或 28.5' }
  return { state: 'ok', value: Number(s) }
}

/** A percentage typed for a rate the user must supply ("8", "8%", "８％", "12.5") → the engine's "0.08". */
// This page asks for contribution rates ("8 表示 8%"), not reimbursement ratios: its own wording.
const PERCENT_MESSAGES: Record<PercentProblem, string> = {
  negative: '比例不能为负数',
  format: '比例请填百分数：百分之几就填几',
  over100: '比例不能超过 100%'
}

export function readPercent(text: string): Read<string> {
  const r = readPercentText(text)
  if (r.state === 'empty') return r
  if (r.state === 'error') return { state: 'error', message: PERCENT_MESSAGES[r.reason] }
  // A rate the documents leave to the user is a positive one: 0% would silently compute nothing.
  if (r.rate === '0') return { state: 'error', message: '比例应大于 0' }
  return { state: 'ok', value: r.rate }
}

/** The engine's rate string as a percent: "0.055" → "5.5%", "0.08" → "8%". */
export const percent = rateToPercent

/** The number of percentage points in a rate string: "0.025" → "2.5". */
export const points = ratePoints

/** A birth month as people write it ("1975-06", "1975年6月", "1975.6", "197506") → "1975-06". */
export function readBirthMonth(text: string): Read<string> {
  const s = normalise(text).replace(/月$/, '')
  if (s === '') return { state: 'empty' }
  const m = /^(\d{4})(?:[-./年]|(?=\d{2}$))(\d{1,2})$/.exec(s)
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return { state: 'error', message: '出生年月请按“年-月”填写，如 1975-06' }
  return { state: 'ok', value: `${m[1]}-${m[2].padStart(2, '0')}` }
}
