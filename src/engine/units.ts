// What a figure's string is: yuan, a rate or a count of days. The engine's results carry figures as
// decimal strings (decimal.js stays inside the engine); the brand says which kind a string is, so a
// rate cannot be shown as money or a day count summed as yuan. A branded string is still a string:
// a caller that reads these fields as strings reads them as before.

/** Yuan with exactly two decimals ("1234.50", "-0.10"), as every amount leaves the engine. */
export type Yuan = string & { readonly __unit: 'yuan' }
/** A rate as a decimal fraction ("0.1" is 10%). */
export type Rate = string & { readonly __unit: 'rate' }
/** A whole number of days ("98"). */
export type DayCount = string & { readonly __unit: 'days' }

const YUAN = /^-?\d+\.\d{2}$/
const RATE = /^-?\d+(\.\d+)?$/
const DAYS = /^\d+$/

export function isYuan(s: unknown): s is Yuan {
  return typeof s === 'string' && YUAN.test(s)
}

/** A string known to be yuan with two decimals; throws on anything else (a defect, not bad input). */
export function yuan(s: string): Yuan {
  if (!YUAN.test(s)) throw new Error(`not yuan with two decimals: ${JSON.stringify(s)}`)
  return s as Yuan
}

export function isRate(s: unknown): s is Rate {
  return typeof s === 'string' && RATE.test(s)
}

/** A string known to be a decimal rate; throws on anything else. */
export function rate(s: string): Rate {
  if (!RATE.test(s)) throw new Error(`not a decimal rate: ${JSON.stringify(s)}`)
  return s as Rate
}

/** A whole number of days as a string; throws on anything else. */
export function dayCount(days: number | string): DayCount {
  const s = String(days)
  if (!DAYS.test(s)) throw new Error(`not a whole number of days: ${JSON.stringify(s)}`)
  return s as DayCount
}
