import { addDays, type ContributionPeriod } from '../../engine'
import type { CalendarReminder } from '../../services/calendar'
import { chineseDate } from '../../services/clock'

const DAY = 24 * 3600
const NINE_AM = 9 * 3600

export interface ReminderPlan {
  reminder: CalendarReminder
  /** One sentence telling the user what will be added and when it will ring. */
  explanation: string
}

/**
 * The calendar entry offered for a collection period: an all-day entry on its last day, ringing at
 * 09:00 three days before it, so there is time to pay (or to sort out a failed payment). With
 * fewer days left it rings at 09:00 the day before; on the last day, or once closed, there is
 * nothing useful to remind of.
 */
export function planReminder(period: ContributionPeriod, regionName: string, year: number): ReminderPlan | null {
  if (period.status === 'closed') return null
  if (period.status === 'open' && (period.daysLeft ?? 0) <= 1) return null
  const daysBefore = period.status === 'upcoming' || (period.daysLeft ?? 0) >= 4 ? 3 : 1
  const ringsOn = addDays(period.end, -daysBefore)
  const when = daysBefore === 3 ? `截止前3天（${chineseDate(ringsOn)}）上午9点` : `截止前一天（${chineseDate(ringsOn)}）上午9点`
  return {
    reminder: {
      title: `${regionName}居民医保缴费截止`,
      date: period.end,
      description: `${year}年度居民医保集中缴费期：${chineseDate(period.start)}至${chineseDate(period.end)}（含当天）。缴费方式见“医保通·缴费查询”。`,
      alarmOffsetSeconds: daysBefore * DAY - NINE_AM
    },
    explanation: `将在缴费期最后一天（${chineseDate(period.end)}）建一个全天日程，并在${when}提醒您，留出时间缴费或处理缴费中遇到的问题。`
  }
}
