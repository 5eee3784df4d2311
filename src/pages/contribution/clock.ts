import dayjs from 'dayjs'

// The collection-period status depends on today's date. Every read goes through today(), so tests
// (and nothing else) can pin the date without touching the system clock.

const systemToday = (): string => dayjs().format('YYYY-MM-DD')
let source: () => string = systemToday

/** Today's local date, YYYY-MM-DD. */
export function today(): string {
  return source()
}

/** For tests: pin today's date; pass null to go back to the device clock. */
export function overrideToday(fn: (() => string) | null): void {
  source = fn ?? systemToday
}

/** "2020年4月30日" for an ISO date. */
export function chineseDate(iso: string): string {
  const d = dayjs(iso)
  return d.isValid() ? d.format('YYYY年M月D日') : iso
}
