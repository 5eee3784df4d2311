// Percentages as people say them ("70", "70%", "７０％") ↔ the engine's rate strings ("0.7"). Done
// by moving the decimal point in the string, so no figure ever passes through a JavaScript float.

const FULL_WIDTH_DIGIT = /[０-９]/g
const PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/

export type PercentParse =
  | { state: 'empty' }
  | { state: 'ok'; rate: string; percent: string }
  | { state: 'error'; message: string }

function trimNumber(whole: string, fraction: string): string {
  const w = whole.replace(/^0+(?=\d)/, '')
  const f = fraction.replace(/0+$/, '')
  return f ? `${w}.${f}` : w
}

/** "70" → rate "0.7", percent "70"; "62.5%" → "0.625"; "0.5" → "0.005" (half a percent). */
export function readPercent(text: string): PercentParse {
  const s = String(text ?? '')
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[%％]$/, '')
  if (s === '') return { state: 'empty' }
  if (/^[-－−]/.test(s)) return { state: 'error', message: '比例不能为负数' }
  const m = PERCENT.exec(s)
  if (!m) return { state: 'error', message: '请填写0到100之间的数字，例如 70 表示报销70%' }
  const whole = m[1]
  const fraction = m[2] ?? ''
  const percent = trimNumber(whole, fraction)
  const wholeValue = Number(whole) // at most three digits: an integer, not money
  if (wholeValue > 100 || (wholeValue === 100 && /[1-9]/.test(fraction))) {
    return { state: 'error', message: '比例不能超过100%' }
  }
  const digits = whole + fraction
  const point = whole.length - 2
  const rate = point <= 0
    ? trimNumber('0', '0'.repeat(-point) + digits)
    : trimNumber(digits.slice(0, point), digits.slice(point))
  return { state: 'ok', rate, percent }
}

/** The engine's "0.7" as "70%" for display. */
export function rateToPercent(rate: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(rate)
  if (!m) return rate
  const fraction = (m[2] ?? '').padEnd(2, '0')
  return `${trimNumber(m[1] + fraction.slice(0, 2), fraction.slice(2))}%`
}
