// Dates as people type them ("2020-9-30", "2020.9.30", "2020年9月30日", "20200930", full-width digits)
// read into ISO dates, and today's date through one replaceable source so tests can pin it.

const systemToday = (): string => isoOf(new Date())
let source: () => string = systemToday

function isoOf(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Today's local date, YYYY-MM-DD. */
export function today(): string {
  return source()
}

/** For tests: pin today's date; null goes back to the device clock. */
export function overrideToday(fn: (() => string) | null): void {
  source = fn ?? systemToday
}

export type DateReading = { state: 'empty' } | { state: 'ok'; iso: string } | { state: 'error'; message: string }

const FORMAT_HINT = '请按“年-月-日”填写，例如 2020-09-30'

export function readDate(text: string): DateReading {
  const normalised = text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim()
  if (!normalised) return { state: 'empty' }
  const m =
    /^(\d{4})\s*[-/.年－—]\s*(\d{1,2})\s*[-/.月－—]\s*(\d{1,2})\s*日?$/.exec(normalised) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(normalised)
  if (!m) return { state: 'error', message: FORMAT_HINT }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12) return { state: 'error', message: `没有${mo}月，${FORMAT_HINT}` }
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d < 1 || d > days) return { state: 'error', message: `${y}年${mo}月没有${d}日` }
  return { state: 'ok', iso: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** "星期一". */
export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `星期${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`
}

/** "2020年10月12日（星期一）". */
export function chineseDate(iso: string, withWeekday = true): string {
  const [y, m, d] = iso.split('-').map(Number)
  const text = `${y}年${m}月${d}日`
  return withWeekday ? `${text}（${weekdayOf(iso)}）` : text
}
