import Decimal from 'decimal.js'
import { PolicyInputError } from './errors'
import { halfWidthDigits } from './text'
import type { Yuan } from './units'

/**
 * A private Decimal constructor: the engine never depends on (or changes) the global decimal.js
 * configuration that another part of the app might set.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 })

/** Amounts above this are refused: far beyond any hospital bill, and it keeps every figure exact. */
export const MAX_AMOUNT = '1000000000'
const MAX = new Dec(MAX_AMOUNT)
export const ZERO = new Dec(0)

const PLAIN = /^\d+(\.\d+)?$/

/**
 * a compared with b: −1, 0 or 1, as a.cmp(b). decimal.js copies b on every comparison; a range
 * compares thousands of figures per year, so finite values are compared by their digits (the
 * normalised base-1e7 words, exponent and sign decimal.js keeps in d, e and s) in place.
 */
export function compare(a: Decimal, b: Decimal): number {
  const ad = a.d
  const bd = b.d
  if (!ad || !bd) return a.cmp(b)
  const negative = a.s < 0
  if (!ad[0] || !bd[0]) return ad[0] ? a.s : bd[0] ? -b.s : 0
  if (a.s !== b.s) return a.s
  if (a.e !== b.e) return a.e > b.e !== negative ? 1 : -1
  const n = Math.min(ad.length, bd.length)
  for (let i = 0; i < n; i++) {
    const x = ad[i]
    const y = bd[i]
    // i < n, the shorter length: both words exist.
    if (x !== y) return x! > y! !== negative ? 1 : -1
  }
  return ad.length === bd.length ? 0 : ad.length > bd.length !== negative ? 1 : -1
}

/**
 * a + b. Most terms of a year's running totals are zero (layers that pay nothing, totals not yet
 * started): adding zero returns the other term itself rather than decimal.js's two copies of it.
 * The same value: engine figures stay far below the 40 digits at which a sum would be rounded.
 */
export function plus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b)
}

/** a − b, with the same shortcut as `plus` for a zero b (a layer that paid nothing). */
export function minus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() ? a : a.minus(b)
}

/** Rounds a layer's result to the fen, half up, once. */
export function toFen(value: Decimal): Decimal {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
}

/**
 * The engine's output form: yuan with exactly two decimals. Values are already rounded to the fen by
 * then, so padding the plain string is enough, and about five times faster than toFixed(2), which
 * matters because every result formats a dozen figures.
 */
export function fmt(value: Decimal): Yuan {
  const s = (value.decimalPlaces() > 2 ? toFen(value) : value).toFixed()
  const dot = s.indexOf('.')
  // Yuan by construction: toFixed() never writes an exponent, and the padding makes two decimals.
  return (dot < 0 ? `${s}.00` : dot === s.length - 2 ? `${s}0` : s) as Yuan
}

export function fmtOrNull(value: Decimal | null): Yuan | null {
  return value === null ? null : fmt(value)
}

function checkRange(field: string, value: Decimal): Decimal {
  if (value.decimalPlaces() > 2) throw new PolicyInputError(field, '金额最多精确到分（小数点后两位）')
  // Below 10 integer digits the value cannot exceed 1e9: skip the comparison (each one copies MAX).
  if (value.e >= 9 && value.gt(MAX)) throw new PolicyInputError(field, '金额超出可测算范围（最高10亿元）')
  return value
}

/** Validates an engine amount input: a plain decimal string in yuan, at most two decimals. */
export function parseAmount(field: string, value: unknown): Decimal {
  if (typeof value !== 'string' && typeof value !== 'number') throw new PolicyInputError(field, '请输入数字金额')
  const text = String(value).trim()
  if (text === '') throw new PolicyInputError(field, '请输入金额')
  if (/^[-－−]/.test(text)) throw new PolicyInputError(field, '金额不能为负数')
  if (!PLAIN.test(text)) throw new PolicyInputError(field, '请输入数字金额')
  return checkRange(field, new Dec(text))
}

export function parseOptionalAmount(field: string, value: unknown): Decimal | undefined {
  return value === undefined || value === null || value === '' ? undefined : parseAmount(field, value)
}

/** A rate between 0 and 1, e.g. "0.7" for 70%. */
export function parseRate(field: string, value: unknown): Decimal {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
  if (/^[-－−]/.test(text)) throw new PolicyInputError(field, '比例不能为负数')
  if (!PLAIN.test(text)) throw new PolicyInputError(field, '比例应为0到1之间的小数（如 0.7 表示70%）')
  const rate = new Dec(text)
  if (rate.gt(1)) throw new PolicyInputError(field, '比例应为0到1之间的小数（如 0.7 表示70%）')
  return rate
}

const UNITS: Record<string, number> = { 万: 10000, w: 10000, W: 10000, 千: 1000 }

/**
 * Turns money as people type it into a plain decimal string with two decimals:
 * "3万" → "30000.00", "12,000" → "12000.00", "¥12000" → "12000.00", "１２０００元" → "12000.00".
 * Refuses negatives, non-numbers, scientific notation, doubled units ("3万万"), sub-fen precision
 * after the unit is applied, and amounts above 10亿.
 */
export function parseMoney(text: string): string {
  const field = 'amount'
  if (typeof text !== 'string') throw new PolicyInputError(field, '请输入数字金额')
  let s = halfWidthDigits(text)
    .replace(/，/g, ',')
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
  if (s === '') throw new PolicyInputError(field, '请输入金额')
  s = s.replace(/^(人民币|RMB)\s*/i, '').replace(/^[¥￥]\s*/, '')
  if (/^[-－−]/.test(s)) throw new PolicyInputError(field, '金额不能为负数')
  s = s.replace(/\s*(元|块)$/, '')
  let multiplier = 1
  const unit = s.slice(-1)
  if (UNITS[unit] !== undefined) {
    multiplier = UNITS[unit]
    s = s.slice(0, -1).trim()
  }
  if (/^\d[\d,.]*e[+-]?\d+$/i.test(s)) throw new PolicyInputError(field, '请输入普通数字金额，不支持科学计数法')
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) throw new PolicyInputError(field, '千位分隔符位置不正确，请检查金额')
    s = s.replace(/,/g, '')
  }
  if (!PLAIN.test(s)) throw new PolicyInputError(field, '无法识别的金额，请只输入数字（可带“万”“元”）')
  return fmt(checkRange(field, new Dec(s).times(multiplier)))
}

/** For display at the edge: "¥12,345.67". */
export function formatYuan(amount: string): string {
  // toFixed(2) always has a point: the defaults are never taken.
  const [whole = '0', fraction = '00'] = new Dec(amount).toFixed(2, Decimal.ROUND_HALF_UP).split('.')
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`
}

/** a − b, exact, as a plain decimal string ("650" − "450" → "200"): for figures read out of packs. */
export function difference(a: string, b: string): string {
  return new Dec(a).minus(b).toFixed()
}

/** What `part` is of `whole`, in percent to `places` decimals ("0" when whole is 0): for drawing a bar, never shown as a figure. */
export function percentOf(part: string, whole: string, places = 3): string {
  const w = new Dec(whole)
  return w.isZero() ? '0' : new Dec(part).div(w).times(100).toDecimalPlaces(places).toString()
}
