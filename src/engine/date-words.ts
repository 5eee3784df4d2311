// How the engine words a day and a run of days ("10月1日", "10月1日至8日"), and names the law that
// counts them: apart from the filing-deadline rule, so its alerts (alerts.ts) word their dates
// from the ISO dates they carry, and the rule keeps only the counting.

/** The law that counts the days (第二百零一条, 第二百零三条): the same article numbers in both. */
export type CivilLaw = 'generalPrinciples' | 'civilCode'

export const CIVIL_LAW_NAMES: Record<CivilLaw, string> = { generalPrinciples: '民法总则', civilCode: '民法典' }

/** 民法总则 was in force until 2020-12-31, 民法典 from 2021-01-01. */
export function civilLawOn(isoDate: string): CivilLaw {
  return Number(isoDate.slice(0, 4)) <= 2020 ? 'generalPrinciples' : 'civilCode'
}

/** "10月1日" (with the year when asked) from a YYYY-MM-DD date. */
export function monthDay(isoDate: string, withYear = false): string {
  return `${withYear ? `${Number(isoDate.slice(0, 4))}年` : ''}${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`
}

/** A run of days, both ends inclusive: "6月13日", "10月1日至8日", "1月24日至2月2日", across a new year with the years. */
export function daySpan(from: string, to: string): string {
  if (from === to) return monthDay(from)
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${monthDay(from, true)}至${monthDay(to, true)}`
  if (from.slice(5, 7) === to.slice(5, 7)) return `${monthDay(from)}至${Number(to.slice(8, 10))}日`
  return `${monthDay(from)}至${monthDay(to)}`
}
