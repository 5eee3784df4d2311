import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, isWorkday } from './holidays'
import type { Reference, RegionId, RemoteSituation } from '../policy/types'
import { PolicyInputError } from './errors'
import { epochDay, isoFromEpochDay, packFor, parseDate } from './inputs'

/** Years the bundled holiday table (generated from chinese-days 1.5.7) covers; outside them no
 * working day can be told from a day off, so only a safe calendar-day date is given. */
export const HOLIDAY_DATA_FIRST_YEAR = HOLIDAY_TABLE_FIRST_YEAR
export const HOLIDAY_DATA_LAST_YEAR = HOLIDAY_TABLE_LAST_YEAR

export function isWithinHolidayData(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4))
  return year >= HOLIDAY_DATA_FIRST_YEAR && year <= HOLIDAY_DATA_LAST_YEAR
}

const NO_HOLIDAY_DATA = (year: number): string =>
  `未收录${year}年的节假日安排（节假日数据只覆盖${HOLIDAY_DATA_FIRST_YEAR}–${HOLIDAY_DATA_LAST_YEAR}年），稳妥日期按自然日计算，一定不晚于按工作日计算的日期；法定期限无法推算`

export interface FilingDeadline {
  /**
   * The legal outer limit, inclusive (民法典 第二百零一条: the admission day is not counted). Null
   * when it cannot be counted: working days in a year the holiday data does not cover.
   */
  deadline: string | null
  /**
   * The safe date: the admission day counted as day 1 (Weifang: also no later than the day before
   * discharge). File by then and no reading of the text can fault you (POLICY-READING §8, §10).
   */
  safeDeadline: string
  /** True when the count is in working days (national holidays and make-up workdays applied). */
  workingDays: boolean
  /** True when the discharge date, not the day count, sets the legal deadline (Weifang). */
  limitedByDischarge: boolean
  /** True when the safe date was counted in calendar days because the holiday data lacks that year. */
  holidayDataMissing: boolean
  basis: string
  /** How the safe date was counted. */
  safeBasis: string
  sources: Reference[]
}

/** The n-th working day counting from `first` itself; null once it leaves the holiday data. */
export function nthWorkingDayFrom(first: number, n: number): number | null {
  let day = first - 1
  for (let counted = 0; counted < n; ) {
    day += 1
    const iso = isoFromEpochDay(day)
    if (!isWithinHolidayData(iso)) return null
    if (isWorkday(iso)) counted += 1
  }
  return day
}

/**
 * Deadline to report an out-of-area emergency stay (POLICY-READING §8): the legal limit (the
 * admission day not counted, 民法典 第二百零一条) and the safe date (the admission day counted).
 */
export function filingDeadline(input: {
  region: RegionId
  year?: number
  situation: Extract<RemoteSituation, 'emergency'>
  admissionDate: string
  dischargeDate?: string
}): FilingDeadline {
  const pack = packFor(input.region, input.year)
  parseDate('admissionDate', input.admissionDate)
  const admission = epochDay(input.admissionDate)
  let discharge: number | undefined
  if (input.dischargeDate !== undefined && input.dischargeDate !== '') {
    parseDate('dischargeDate', input.dischargeDate)
    discharge = epochDay(input.dischargeDate)
    if (discharge < admission) throw new PolicyInputError('dischargeDate', '出院日期不能早于入院日期')
  }
  const entry = pack.remoteCare[input.situation]
  const rule = entry?.status === 'published' ? entry.filing?.deadline : undefined
  if (!rule) throw new PolicyInputError('situation', '本地政策文件未规定该情形的备案时限')
  const sources = [rule.text.reference]
  const days = rule.days.value

  if (rule.kind === 'workingDaysAfterAdmission') {
    const legal = nthWorkingDayFrom(admission + 1, days)
    const safeByWorkdays = nthWorkingDayFrom(admission, days)
    const original = `原文为“原则上${days}个工作日内”`
    if (legal === null || safeByWorkdays === null) {
      // Counting calendar days from the admission day is never later than counting working days.
      const safe = isoFromEpochDay(admission + days - 1)
      const admissionYear = Number(input.admissionDate.slice(0, 4))
      const missingYear = admissionYear < HOLIDAY_DATA_FIRST_YEAR ? admissionYear : Math.max(admissionYear, HOLIDAY_DATA_LAST_YEAR + 1)
      return {
        deadline: null,
        safeDeadline: safe,
        workingDays: false,
        limitedByDischarge: false,
        holidayDataMissing: true,
        basis: `${NO_HOLIDAY_DATA(missingYear)}。${original}`,
        safeBasis: `住院当日算第1天，按自然日第${days}天为${safe}`,
        sources
      }
    }
    const deadline = isoFromEpochDay(legal)
    const safeDeadline = isoFromEpochDay(safeByWorkdays)
    return {
      deadline,
      safeDeadline,
      workingDays: true,
      limitedByDischarge: false,
      holidayDataMissing: false,
      basis: `住院当日不计入（民法典第二百零一条），自次日起第${days}个工作日为${deadline}；工作日按国家法定节假日和调休安排计算。${original}`,
      safeBasis: isWorkday(input.admissionDate)
        ? `住院当日是工作日，算作第1个工作日，第${days}个工作日为${safeDeadline}`
        : `住院当日不是工作日，自之后第一个工作日起算，第${days}个工作日为${safeDeadline}`,
      sources
    }
  }

  const byCount = admission + days
  const limitedByDischarge = discharge !== undefined && discharge < byCount
  const deadline = isoFromEpochDay(limitedByDischarge ? (discharge as number) : byCount)
  const basis =
    `入院当日不计入（民法典第二百零一条），入院后第${days}日为${isoFromEpochDay(byCount)}` +
    (limitedByDischarge ? `；出院日期${deadline}更早，须在出院前备案` : '；且必须在出院前备案')
  // Safe: the admission day counted as day 1, and no later than the day before discharge ("出院前").
  const safeByCount = admission + days - 1
  const beforeDischarge = discharge === undefined ? undefined : Math.max(admission, discharge - 1)
  const safeDay = beforeDischarge !== undefined && beforeDischarge < safeByCount ? beforeDischarge : safeByCount
  const safeDeadline = isoFromEpochDay(safeDay)
  const safeBasis =
    safeDay === safeByCount
      ? `入院当日算第1天，第${days}天为${safeDeadline}`
      : discharge === admission
        ? '当天入院当天出院，须在入院当天、出院前备案'
        : `出院前一天${safeDeadline}比入院第${days}天更早`
  return { deadline, safeDeadline, workingDays: false, limitedByDischarge, holidayDataMissing: false, basis, safeBasis, sources }
}
