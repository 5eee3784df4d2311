// What every date tool shares: one engine call worded for DateTool, and how its reminder is set.
import { attempt, isUnpublishedResult } from '../../engine'
import type { DateToolResult } from './index'

// Like the filing deadline: the event starts at 00:00 on the date, the alarm 15 h earlier (09:00 the day before).
export const DAY_BEFORE_9AM = 15 * 60 * 60
export const REMINDER_CHECK = '本提醒由医保通按政策文件推算，以医保经办机构为准。'

/** The engine's answer for DateTool: a result, or the sentence that says why there is none. */
export function dateToolResult<T>(fn: () => T, ok: (value: Exclude<T, { unpublished: true }>) => DateToolResult): DateToolResult | string {
  const r = attempt(fn, { field: '', message: '无法推算这个日期' })
  if (!r.ok) return r.message
  if (isUnpublishedResult(r.value)) return r.value.reason
  return ok(r.value as Exclude<T, { unpublished: true }>)
}
