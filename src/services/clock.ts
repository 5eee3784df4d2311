// Today's date, read through one replaceable source, so that tests (and nothing else) can pin it
// without touching the system clock. Every page that judges a date against today uses this.

const systemToday = (): string => {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
let source: () => string = systemToday

/** Today's local date, YYYY-MM-DD. */
export function today(): string {
  return source()
}

/** For tests: pin today's date; null goes back to the device clock. */
export function overrideToday(fn: (() => string) | null): void {
  source = fn ?? systemToday
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** "星期一". */
export function weekdayOf(iso: string): string {
  const [y = NaN, m = NaN, d = NaN] = iso.split('-').map(Number)
  return `星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`
}

/** "2020年4月30日", or with the weekday "2020年10月12日（星期一）"; anything not an ISO date as given. */
export function chineseDate(iso: string, withWeekday = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const text = `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`
  return withWeekday ? `${text}（${weekdayOf(iso)}）` : text
}
