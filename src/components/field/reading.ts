// What people type, read: every field's text into the engine's strings, or a Chinese message that
// says what to write instead. One module, so a date, an amount or a percentage is read the same way
// wherever it is typed. All string work: no figure passes through floating-point arithmetic.
import {
  formatYuan,
  halfWidthDigits,
  parseMoney,
  PolicyInputError,
  readPercent as readPercentText,
  type PercentProblem
} from '../../engine'

// A reimbursement ratio ("70", "62.5%", full-width digits) → the engine's rate string: the engine's
// own reading (engine/percent.ts), since share codes are read with it too.
export { readPercent } from '../../engine'
export type { PercentReading } from '../../engine'

/** What a field holds: nothing yet, a value, or what is wrong with it. */
export type Read<T> = { state: 'empty' } | { state: 'ok'; value: T } | { state: 'error'; message: string }

// Dates ("2020-9-30", "2020.9.30", "2020年9月30日", "20200930", full-width digits) into ISO dates.

export type DateReading = { state: 'empty' } | { state: 'ok'; iso: string } | { state: 'error'; message: string }

const FORMAT_HINT = '请按“年-月-日”填写，例如 2020-09-30'

/** Year, month and day as typed, digits half-width; null when the text is not a date's shape. */
function dateParts(normalised: string): RegExpExecArray | null {
  return /^(\d{4})\s*[-/.年－—]\s*(\d{1,2})\s*[-/.月－—]\s*(\d{1,2})\s*日?$/.exec(normalised) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(normalised)
}

const cleaned = (text: string) =>
  halfWidthDigits(text)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim()

export function readDate(text: string): DateReading {
  const normalised = cleaned(text)
  if (!normalised) return { state: 'empty' }
  const m = dateParts(normalised)
  if (!m) return { state: 'error', message: FORMAT_HINT }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12) return { state: 'error', message: `没有${mo}月，${FORMAT_HINT}` }
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d < 1 || d > days) return { state: 'error', message: `${y}年${mo}月没有${d}日` }
  return { state: 'ok', iso: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

/**
 * "2020/3/2", "2020.3.2", "2020年3月2日" → "2020-03-02" without judging the day, for a tool whose
 * engine call says what is wrong with it ("没有这一天"); anything else is returned trimmed.
 */
export function normalizeDate(text: string): string {
  const m = dateParts(cleaned(text))
  if (!m) return text.trim()
  const [, y = '', mo = '', d = ''] = m
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`
}

export type MoneyParse = { state: 'empty' } | { state: 'ok'; amount: string; echo: string } | { state: 'error'; message: string }

/** An amount in yuan, as parseMoney reads it, with its echo ("= 12,345.60 元"). */
export function readMoney(text: string): MoneyParse {
  if (text.trim() === '') return { state: 'empty' }
  try {
    const amount = parseMoney(text)
    return { state: 'ok', amount, echo: `= ${formatYuan(amount).slice(1)} 元` }
  } catch (e) {
    return { state: 'error', message: e instanceof PolicyInputError ? e.message : '无法识别的金额' }
  }
}

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

// A contribution rate the documents leave to the user ("8 表示 8%"), not a reimbursement ratio:
// its own wording, over the engine's reading of percentages (engine/percent.ts).
const SUPPLIED_RATE_MESSAGES: Record<PercentProblem, string> = {
  negative: '比例不能为负数',
  format: '比例请填百分数：百分之几就填几',
  over100: '比例不能超过 100%'
}

/** A percentage typed for a rate the user must supply ("8", "8%", "８％", "12.5") → the engine's "0.08". */
export function readSuppliedRate(text: string): Read<string> {
  const r = readPercentText(text)
  if (r.state === 'empty') return r
  if (r.state === 'error') return { state: 'error', message: SUPPLIED_RATE_MESSAGES[r.reason] }
  // A rate the documents leave to the user is a positive one: 0% would silently compute nothing.
  if (r.rate === '0') return { state: 'error', message: '比例应大于 0' }
  return { state: 'ok', value: r.rate }
}

/** A birth month as people write it ("1975-06", "1975年6月", "1975.6", "197506") → "1975-06". */
export function readBirthMonth(text: string): Read<string> {
  const s = normalise(text).replace(/月$/, '')
  if (s === '') return { state: 'empty' }
  const [, y = '', mo = ''] = /^(\d{4})(?:[-./年]|(?=\d{2}$))(\d{1,2})$/.exec(s) ?? []
  if (!y || Number(mo) < 1 || Number(mo) > 12) return { state: 'error', message: '出生年月请按“年-月”填写，如 1975-06' }
  return { state: 'ok', value: `${y}-${mo.padStart(2, '0')}` }
}

const MONTHS = /^\d{1,2}(\.\d)?$/

/** Months pregnant as typed, when it is a sensible number (0 < m ≤ 10, one decimal at most). */
export function readMonths(text: string): Read<number> {
  const s = text.trim()
  if (s === '') return { state: 'empty' }
  if (!MONTHS.test(s)) return { state: 'error', message: '请填写怀孕月数，例如 3 或 4.5' }
  const value = Number(s) // a validated month count, not money
  if (value <= 0 || value > 10) return { state: 'error', message: '怀孕月数应大于0且不超过10' }
  return { state: 'ok', value }
}
