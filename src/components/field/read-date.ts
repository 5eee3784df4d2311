// Dates as people type them ("2020-9-30", "2020.9.30", "2020年9月30日", "20200930", full-width digits)
// read into ISO dates.
import { halfWidthDigits } from '../../engine'

export type DateReading = { state: 'empty' } | { state: 'ok'; iso: string } | { state: 'error'; message: string }

const FORMAT_HINT = '请按“年-月-日”填写，例如 2020-09-30'

/** Year, month and day as typed, digits half-width; null when the text is not a date's shape. */
function dateParts(normalised: string): RegExpExecArray | null {
  return (
    /^(\d{4})\s*[-/.年－—]\s*(\d{1,2})\s*[-/.月－—]\s*(\d{1,2})\s*日?$/.exec(normalised) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(normalised)
  )
}

const cleaned = (text: string) =>
  halfWidthDigits(text)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim()

export function readDate(text: string): DateReading {
  const normalised = cleaned(text)
  if (!normalised) return { state: 'empty' }
  const m = dateParts(normalised)
  if (!m) return { state: 'error', message: FORMAT_HINT }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12) return { state: 'error', message: `没有${mo}月，${FORMAT_HINT}` }
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d < 1 || d > days) return { state: 'error', message: `${y}年${mo}月没有${d}日` }
  return { state: 'ok', iso: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

/**
 * "2020/3/2", "2020.3.2", "2020年3月2日" → "2020-03-02" without judging the day, for a tool whose
 * engine call says what is wrong with it ("没有这一天"); anything else is returned trimmed.
 */
export function normalizeDate(text: string): string {
  const m = dateParts(cleaned(text))
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text.trim()
}
