// Whole-day calendar arithmetic on YYYY-MM-DD dates, apart from the date rules (dates.ts): the
// reminder and calendar code of the main package needs these without the rules.
import { epochDay, isoFromEpochDay } from './inputs'

/** The day `days` after a YYYY-MM-DD date (before it when negative), counted in whole calendar days. */
export function addDays(iso: string, days: number): string {
  return isoFromEpochDay(epochDay(iso) + days)
}

/** The corresponding day `months` later; the month's last day when there is none (第二百零二条). */
export function addMonthsClamped(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7)) - 1 + months
  const year = y + Math.floor(m / 12)
  const month = ((m % 12) + 12) % 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(Number(iso.slice(8, 10)), last)
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
