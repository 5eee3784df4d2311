import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, isWorkday } from './holidays'
import type { Reference, RegionId, RemoteSituation } from '../policy/types'
import { PolicyInputError } from './errors'
import { epochDay, isoFromEpochDay, packFor, parseDate } from './inputs'

/** Years the bundled holiday table (generated from chinese-days 1.5.7) covers; outside them no
 * working day can be told from a day off, so the engine refuses instead. */
export const HOLIDAY_DATA_FIRST_YEAR = HOLIDAY_TABLE_FIRST_YEAR
export const HOLIDAY_DATA_LAST_YEAR = HOLIDAY_TABLE_LAST_YEAR

export function isWithinHolidayData(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4))
  return year >= HOLIDAY_DATA_FIRST_YEAR && year <= HOLIDAY_DATA_LAST_YEAR
}

const OUT_OF_RANGE = `节假日数据只覆盖${HOLIDAY_DATA_FIRST_YEAR}–${HOLIDAY_DATA_LAST_YEAR}年，无法推算该日期之后的工作日`

export interface FilingDeadline {
  /** Last day to file, inclusive. */
  deadline: string
  /** True when the count is in working days (national holidays and make-up workdays applied). */
  workingDays: boolean
  /** True when the discharge date, not the day count, sets the deadline (Weifang). */
  limitedByDischarge: boolean
  basis: string
  sources: Reference[]
}

/**
 * Deadline to report an out-of-area emergency stay (POLICY-READING §8). Counting follows 民法典
 * 第二百零一条: the admission day itself is not counted.
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
    if (!isWithinHolidayData(input.admissionDate)) throw new PolicyInputError('admissionDate', OUT_OF_RANGE)
    let day = admission
    for (let counted = 0; counted < days; ) {
      day += 1
      const iso = isoFromEpochDay(day)
      if (!isWithinHolidayData(iso)) throw new PolicyInputError('admissionDate', OUT_OF_RANGE)
      if (isWorkday(iso)) counted += 1
    }
    const deadline = isoFromEpochDay(day)
    return {
      deadline,
      workingDays: true,
      limitedByDischarge: false,
      basis: `住院当日不计入（民法典第二百零一条），自次日起第${days}个工作日为${deadline}；工作日按国家法定节假日和调休安排计算。原文为“原则上${days}个工作日内”`,
      sources
    }
  }

  const byCount = admission + days
  const limitedByDischarge = discharge !== undefined && discharge < byCount
  const deadline = isoFromEpochDay(limitedByDischarge ? (discharge as number) : byCount)
  const basis =
    `入院当日不计入（民法典第二百零一条），入院后第${days}日为${isoFromEpochDay(byCount)}` +
    (limitedByDischarge ? `；出院日期${deadline}更早，须在出院前备案` : '；且必须在出院前备案')
  return { deadline, workingDays: false, limitedByDischarge, basis, sources }
}
