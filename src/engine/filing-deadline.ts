import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, isWorkday } from './holidays'
import type { Reference, RegionId, RemoteSituation, PolicyPack } from '../policy/types'
import type { Alert, DaysOff, FilingWindow } from './alerts'
import { CORE_ALERTS, warning, wordFilingWindow } from './alerts'
import { CIVIL_LAW_NAMES, civilLawOn, monthDay } from './date-words'
import { PolicyInputError } from './errors'
import { epochDay, isoFromEpochDay, packOf, parseDate } from './inputs'

/** Years the bundled holiday table (generated from chinese-days 1.5.7) covers; outside them no
 * working day can be told from a day off, so only a safe calendar-day date is given. */
export const HOLIDAY_DATA_FIRST_YEAR = HOLIDAY_TABLE_FIRST_YEAR
export const HOLIDAY_DATA_LAST_YEAR = HOLIDAY_TABLE_LAST_YEAR

export function isWithinHolidayData(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4))
  return year >= HOLIDAY_DATA_FIRST_YEAR && year <= HOLIDAY_DATA_LAST_YEAR
}

const NO_HOLIDAY_DATA = (year: number): string =>
  `未收录${year}年的节假日安排（节假日数据只覆盖${HOLIDAY_DATA_FIRST_YEAR}–${HOLIDAY_DATA_LAST_YEAR}年），稳妥日期按自然日计算，一定不晚于按工作日计算的日期；按法律计算的最后一天无法推算`

export interface FilingDeadline {
  /**
   * The counted last day, inclusive (POLICY-READING §8): the admission day not counted (民法总则/民法典
   * 第二百零一条) and, for Weifang's calendar days, a last day on a weekend or public holiday moved to
   * the next working day (第二百零三条), never after the discharge date. Neither source cites these
   * laws: context, not a promise. Null when it cannot be counted: working days in a year the holiday
   * data does not cover.
   */
  deadline: string | null
  /**
   * The safe date: the admission day counted (Weihai: the 3rd working day counting the admission day
   * when it is one; Weifang: the last working day on or before the earlier of admission + 4 and the day
   * before discharge). File by then and no reading of the text can fault you. When the window holds no
   * working day at all (`noWorkingDay`), there is no safe date: this is the counted last day, not safe.
   */
  safeDeadline: string
  /** True when the count is in working days (national holidays and make-up workdays applied). */
  workingDays: boolean
  /** True when the discharge date, not the day count, sets the counted last day (Weifang). */
  limitedByDischarge: boolean
  /** True when the safe date was counted in calendar days because the holiday data lacks that year. */
  holidayDataMissing: boolean
  basis: string
  /** How the safe date was counted. */
  safeBasis: string
  sources: Reference[]
  /**
   * Weifang: the window (admission day to the safe limit) holds no working day at all, so no date is
   * safe; `safeDeadline` then equals the counted last day and the page labels it "不保证". Absent
   * (false) for older callers.
   */
  noWorkingDay?: boolean
  /** Said at the safe date, e.g. that it is a make-up Saturday (调休上班日). */
  safeNote?: string
  /** When the window holds days off, or no working day at all, in plain words (one per alert). */
  warnings?: string[]
  /** The same warnings as data, one for one (`warnings[i]` is `wordAlert(alerts[i])`). */
  alerts?: Alert[]
}

/** The n-th working day counting from `first` itself; null once it leaves the holiday data. */
export function nthWorkingDayFrom(first: number, n: number): number | null {
  let day = first - 1
  for (let counted = 0; counted < n;) {
    day += 1
    const iso = isoFromEpochDay(day)
    if (!isWithinHolidayData(iso)) return null
    if (isWorkday(iso)) counted += 1
  }
  return day
}

const WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

function weekdayOfDay(day: number): number {
  return new Date(day * 86400000).getUTCDay()
}

function isWeekend(day: number): boolean {
  const w = weekdayOfDay(day)
  return w === 0 || w === 6
}

/**
 * The runs of days off between two days (inclusive), each marked a public holiday when it holds a
 * weekday off ("10月1日至8日放假"), a weekend otherwise ("6月13日至14日是周末").
 */
function daysOffIn(from: number, to: number): DaysOff[] {
  const runs: DaysOff[] = []
  let start: number | null = null
  let holiday = false
  for (let day = from; day <= to + 1; day++) {
    const off = day <= to && !isWorkday(isoFromEpochDay(day))
    if (off) {
      if (start === null) {
        start = day
        holiday = false
      }
      if (!isWeekend(day)) holiday = true
    } else if (start !== null) {
      runs.push({ from: isoFromEpochDay(start), to: isoFromEpochDay(day - 1), publicHoliday: holiday })
      start = null
    }
  }
  return runs
}

/** Working days between two days, inclusive. */
function workdaysIn(from: number, to: number): number[] {
  const out: number[] = []
  for (let day = from; day <= to; day++) if (isWorkday(isoFromEpochDay(day))) out.push(day)
  return out
}

/** A make-up workday on a weekend (调休上班日), said at the date. */
function makeUpNote(day: number): string | undefined {
  return isWeekend(day) && isWorkday(isoFromEpochDay(day))
    ? `${monthDay(isoFromEpochDay(day))}是${WEEKDAY[weekdayOfDay(day)]}，按国家节假日安排调休上班，是工作日`
    : undefined
}

const NOT_CITED = '两份政策文件都没有引用这些法律条文，这一日期只供参考'

/**
 * Deadline to report an out-of-area emergency stay (POLICY-READING §8): the safe date, the counted
 * last day (the admission day not counted, 第二百零一条; a last day off moved on, 第二百零三条) and
 * warnings when the window holds days off.
 */
export function filingDeadline(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  situation: Extract<RemoteSituation, 'emergency'>
  admissionDate: string
  dischargeDate?: string
}): FilingDeadline {
  const pack = packOf(input)
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
  const law = civilLawOn(input.admissionDate)
  const lawName = CIVIL_LAW_NAMES[law]

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
        sources,
        noWorkingDay: false,
        ...CORE_ALERTS.alertFields([warning('holidaysNotCollected', { year: missingYear })])
      }
    }
    const deadline = isoFromEpochDay(legal)
    const safeDeadline = isoFromEpochDay(safeByWorkdays)
    const off = daysOffIn(admission, legal)
    const alerts = off.length ? [warning('daysOffBeforeDeadline', { until: deadline, daysOff: off })] : []
    return {
      deadline,
      safeDeadline,
      workingDays: true,
      limitedByDischarge: false,
      holidayDataMissing: false,
      basis: `住院当日不计入（${lawName}第二百零一条），自次日起第${days}个工作日为${deadline}；工作日按国家法定节假日和调休安排计算。${original}。${NOT_CITED}`,
      safeBasis: isWorkday(input.admissionDate)
        ? `住院当日是工作日，算作第1个工作日，第${days}个工作日为${safeDeadline}`
        : `住院当日不是工作日，自之后第一个工作日起算，第${days}个工作日为${safeDeadline}`,
      sources,
      noWorkingDay: false,
      safeNote: makeUpNote(safeByWorkdays),
      ...CORE_ALERTS.alertFields(alerts)
    }
  }

  // Weifang: "应在入院5日内（但必须出院前）", in calendar days; the agency works on working days.
  const byCount = admission + days
  // 第二百零三条: a last day off moves to the first working day after it (only with holiday data).
  let dataMissing = !isWithinHolidayData(isoFromEpochDay(admission))
  let moved = byCount
  while (!dataMissing) {
    const iso = isoFromEpochDay(moved)
    if (!isWithinHolidayData(iso)) dataMissing = true
    else if (isWorkday(iso)) break
    else moved += 1
  }
  if (dataMissing) moved = byCount
  const limitedByDischarge = discharge !== undefined && discharge < moved
  const counted = limitedByDischarge ? (discharge as number) : moved
  const deadline = isoFromEpochDay(counted)
  const movedText = moved !== byCount ? `，这天不是工作日，按${lawName}第二百零三条顺延到之后第一个工作日${isoFromEpochDay(moved)}` : ''
  const basis =
    `入院当日不计入（${lawName}第二百零一条），入院后第${days}日为${isoFromEpochDay(byCount)}${movedText}` +
    (limitedByDischarge ? `；出院日期${deadline}更早，原文要求“必须出院前”，不会晚于出院日` : '；且原文要求“必须出院前”') +
    (dataMissing ? `；未收录该年的节假日安排，没有按第二百零三条顺延，实际可能更晚` : '') +
    `。${NOT_CITED}`

  // Safe: the admission day counted as day 1, before the discharge day, and a working day.
  const safeByCount = admission + days - 1
  const beforeDischarge = discharge === undefined ? undefined : discharge - 1
  const limit = beforeDischarge !== undefined && beforeDischarge < safeByCount ? beforeDischarge : safeByCount
  const dischargeSets = limit !== safeByCount
  const window: FilingWindow = dischargeSets ? { kind: 'beforeDischarge' } : { kind: 'daysFromAdmission', days }
  const windowText = wordFilingWindow(window)

  if (dataMissing) {
    // Calendar days stepped back over weekends: never later than the true safe date.
    let safe = limit
    while (safe >= admission && isWeekend(safe)) safe -= 1
    const none = safe < admission
    return {
      deadline,
      safeDeadline: none ? deadline : isoFromEpochDay(safe),
      workingDays: false,
      limitedByDischarge,
      holidayDataMissing: true,
      basis,
      safeBasis: none
        ? `${windowText}只有周末，没有工作日`
        : `${windowText}的最后一天${isoFromEpochDay(limit)}${safe === limit ? '' : `，遇周末往前推到${isoFromEpochDay(safe)}`}；未收录该年的节假日安排，没有避开节假日`,
      sources,
      noWorkingDay: none,
      ...CORE_ALERTS.alertFields([warning('holidaysNotCollected', { year: Number(input.admissionDate.slice(0, 4)) })])
    }
  }

  const open = limit >= admission ? workdaysIn(admission, limit) : []
  const alerts: Alert[] = []
  // The days off are named as a whole run up to the counted day ("10月1日至8日放假").
  const off = limit >= admission && daysOffIn(admission, limit).length ? daysOffIn(admission, Math.max(limit, counted - 1)) : []
  if (!open.length) {
    alerts.push(limit < admission ? warning('dischargedOnAdmissionDay') : warning('noWorkingDayInWindow', { daysOff: off, window }))
  } else if (off.length) {
    alerts.push(
      open.length === 1 && open[0] === admission
        ? warning('onlyAdmissionDayWorking', { daysOff: off })
        : warning('fewWorkingDaysInWindow', { daysOff: off, window, workingDays: open.length })
    )
  }
  if (open.length && moved !== byCount && !limitedByDischarge) {
    alerts.push(
      warning('countedDayMovedBeyondSafeWindow', {
        days,
        countedDay: isoFromEpochDay(byCount),
        movedTo: isoFromEpochDay(moved),
        law
      })
    )
  }
  const safe = open[open.length - 1]
  if (safe === undefined) {
    return {
      deadline,
      safeDeadline: deadline,
      workingDays: false,
      limitedByDischarge,
      holidayDataMissing: false,
      basis,
      safeBasis: `${windowText}没有工作日，没有稳妥日期；按日期计算规则算的最后一天为${deadline}，不保证`,
      sources,
      noWorkingDay: true,
      ...CORE_ALERTS.alertFields(alerts)
    }
  }
  const safeDeadline = isoFromEpochDay(safe)
  const safeBasis =
    (safe === safeByCount
      ? `入院当日算第1天，第${days}天为${safeDeadline}`
      : dischargeSets && safe === limit
        ? `出院前一天${safeDeadline}比入院第${days}天更早`
        : `${windowText}最后一个工作日是${safeDeadline}`) + '；医保经办机构在工作日办理'
  return {
    deadline,
    safeDeadline,
    workingDays: false,
    limitedByDischarge,
    holidayDataMissing: false,
    basis,
    safeBasis,
    sources,
    noWorkingDay: false,
    safeNote: makeUpNote(safe),
    ...CORE_ALERTS.alertFields(alerts)
  }
}
