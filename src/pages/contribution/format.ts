// Reading what people type into the non-money fields, and showing the engine's rates as percents.
// All of it is string work: no figure passes through floating-point arithmetic.

export type Read<T> = { state: 'empty' } | { state: 'ok'; value: T } | { state: 'error'; message: string }

const FULL_WIDTH_DIGIT = /[０-９]/g

function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[％]/g, '%')
    .replace(/[\s\u3000]+/g, '')
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

/**
 * A percentage as people write it ("8", "8%", "８％", "12.5") turned into the engine's rate string
 * ("0.08", "0.125") by moving the decimal point, so "8" never becomes 0.08000000000000002.
 */
export function readPercent(text: string): Read<string> {
  const s = normalise(text).replace(/%$/, '')
  if (s === '') return { state: 'empty' }
  if (/^[-－−]/.test(s)) return { state: 'error', message: '比例不能为负数' }
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(s)) return { state: 'error', message: '比例请填百分数，例如 8 表示 8%' }
  const [whole, fraction = ''] = s.split('.')
  const digits = (whole + fraction).replace(/^0+(?=\d)/, '')
  const scale = fraction.length + 2
  const padded = digits.padStart(scale + 1, '0')
  const rate = `${padded.slice(0, -scale)}.${padded.slice(-scale)}`.replace(/\.?0+$/, '').replace(/^$/, '0')
  if (/^0*$/.test(digits)) return { state: 'error', message: '比例应大于 0' }
  if (whole.length === 3 && (Number(whole) > 100 || (whole === '100' && /[1-9]/.test(fraction)))) {
    return { state: 'error', message: '比例不能超过 100%' }
  }
  return { state: 'ok', value: rate }
}

/** The engine's rate string as a percent: "0.055" → "5.5%", "0.08" → "8%". */
export function percent(rate: string): string {
  return `${points(rate)}%`
}

/** The number of percentage points in a rate string: "0.025" → "2.5". */
export function points(rate: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(rate.trim())
  if (!m) return rate
  const fraction = (m[2] ?? '').padEnd(2, '0')
  const whole = `${m[1]}${fraction.slice(0, 2)}`.replace(/^0+(?=\d)/, '')
  const rest = fraction.slice(2).replace(/0+$/, '')
  return rest ? `${whole}.${rest}` : whole
}
