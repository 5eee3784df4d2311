import Taro from '@tarojs/taro'
import { currentPlatform, type Platform } from './platform'
import { showManualFallback } from './device'
import { addDays } from '../engine/day-arithmetic'

export interface CalendarReminder {
  title: string
  /** All-day event on this local date, YYYY-MM-DD. */
  date: string
  description: string
  /** Remind this many seconds before the event starts (00:00 that day): 15 h = 09:00 the day before. */
  alarmOffsetSeconds: number
}

export type CalendarOutcome = 'added' | 'downloaded' | 'failed'

/** Seconds since the epoch of local midnight on the date. */
export function startOfDaySeconds(date: string): number {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number)
  return Math.floor(new Date(y, m - 1, d).getTime() / 1000)
}

const icsEscape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
const compact = (date: string) => date.replace(/-/g, '')

/** An iCalendar file with one all-day event and a display alarm, for browsers. */
export function buildIcs(reminder: CalendarReminder, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//yibaotong//reminder//ZH',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${compact(reminder.date)}-${Math.abs(hash(reminder.title))}@yibaotong`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(reminder.date)}`,
    `DTEND;VALUE=DATE:${compact(addDays(reminder.date, 1))}`,
    `SUMMARY:${icsEscape(reminder.title)}`,
    `DESCRIPTION:${icsEscape(reminder.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsEscape(reminder.title)}`,
    `TRIGGER:-PT${Math.round(reminder.alarmOffsetSeconds / 60)}M`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    ''
  ].join('\r\n')
}

function hash(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0
  return h
}

/**
 * Adds the reminder to the phone's calendar. WeChat's addPhoneCalendar takes startTime in seconds;
 * Taro's H5 version passes it to `new Date()` as milliseconds (landing in January 1970), so on H5
 * the app writes its own .ics file instead.
 */
export async function addToCalendar(reminder: CalendarReminder, platform: Platform = currentPlatform()): Promise<CalendarOutcome> {
  // The build-time tests (with else) let each build drop the other's branch: H5 drops Taro's H5
  // addPhoneCalendar, which brings the ics and yup libraries (~40 KB minified) that H5 never uses, and
  // the WeChat build drops the .ics writer. Under Jest neither is set and `platform` decides.
  if (process.env.TARO_ENV === 'h5' || (process.env.TARO_ENV !== 'weapp' && platform === 'h5')) {
    return downloadIcs(reminder) ? 'downloaded' : 'failed'
  } else {
    try {
      await Taro.addPhoneCalendar({
        title: reminder.title,
        startTime: startOfDaySeconds(reminder.date),
        allDay: true,
        description: reminder.description,
        alarm: true,
        alarmOffset: reminder.alarmOffsetSeconds
      })
      return 'added'
    } catch {
      showManualFallback('未能加入日历', `请手动记下：${reminder.date} ${reminder.title}`)
      return 'failed'
    }
  }
}

function downloadIcs(reminder: CalendarReminder): boolean {
  try {
    const blob = new Blob([buildIcs(reminder)], { type: 'text/calendar;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = `${reminder.title}.ics`
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    return true
  } catch {
    return false
  }
}
