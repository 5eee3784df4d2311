// Percentages as people write them ("70", "8%", "７０％", "12.5") and the engine's rate strings
// ("0.7", "0.08", "0.125"), converted by moving the decimal point in the string: no figure ever
// passes through a JavaScript float.
import { halfWidthDigits } from './text'

export type PercentProblem = 'negative' | 'format' | 'over100'

export type PercentReading =
  { state: 'empty' } | { state: 'ok'; rate: string; percent: string } | { state: 'error'; reason: PercentProblem; message: string }

const MESSAGES: Record<PercentProblem, string> = {
  negative: '比例不能为负数',
  format: '请填写0到100之间的数字，例如 70 表示报销70%',
  over100: '比例不能超过100%'
}

const problem = (reason: PercentProblem): PercentReading => ({ state: 'error', reason, message: MESSAGES[reason] })

const PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/

function trimNumber(whole: string, fraction: string): string {
  const w = whole.replace(/^0+(?=\d)/, '')
  const f = fraction.replace(/0+$/, '')
  return f ? `${w}.${f}` : w
}

/** "70" → rate "0.7", percent "70"; "62.5%" → "0.625"; "0.5" → "0.005" (half a percent); 0 to 100. */
export function readPercent(text: string): PercentReading {
  const s = halfWidthDigits(String(text ?? ''))
    .replace(/[\s\u3000]+/g, '')
    .replace(/[%％]$/, '')
  if (s === '') return { state: 'empty' }
  if (/^[-－−]/.test(s)) return problem('negative')
  const m = PERCENT.exec(s)
  if (!m) return problem('format')
  const [, whole = '', fraction = ''] = m
  const wholeValue = Number(whole) // at most three digits: an integer, not money
  if (wholeValue > 100 || (wholeValue === 100 && /[1-9]/.test(fraction))) {
    return problem('over100')
  }
  const digits = whole + fraction
  const point = whole.length - 2
  const rate = point <= 0 ? trimNumber('0', '0'.repeat(-point) + digits) : trimNumber(digits.slice(0, point), digits.slice(point))
  return { state: 'ok', rate, percent: trimNumber(whole, fraction) }
}

/** The number of percentage points in a rate string: "0.025" → "2.5", "1" → "100". */
export function ratePoints(rate: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim())
  if (!m) return rate
  const fraction = (m[2] ?? '').padEnd(2, '0')
  return trimNumber(m[1] + fraction.slice(0, 2), fraction.slice(2))
}

/** A rate string as a percentage for display: "0.055" → "5.5%", "0.7" → "70%". */
export function rateToPercent(rate: string): string {
  return `${ratePoints(rate)}%`
}
