import type { Reference, RegionId, PolicyPack } from '../policy/types'
import { isUnpublished } from '../policy/types'
import { PolicyInputError } from './errors'
import { HOLIDAY_DATA_FIRST_YEAR, HOLIDAY_DATA_LAST_YEAR, nthWorkingDayFrom } from './filing-deadline'
import type { UnpublishedResult } from './inputs'
import { addDays, addMonthsClamped } from './day-arithmetic'
import { epochDay, isoFromEpochDay, packOf, parseDate, parseMonth } from './inputs'

/**
 * A date the text leaves open between two days (or a yes/no on one boundary day). Not a money figure,
 * so not a Spread: the tool leads with the safe date and lists each option with its day; `question`
 * says why the text admits both. First option first, as everywhere.
 */
export interface DateReading<V> {
  question: string
  options: [{ label: string; value: V }, { label: string; value: V }]
}

function dateReading<V>(question: string, first: { label: string; value: V }, second: { label: string; value: V }): DateReading<V> {
  return { question, options: [first, second] }
}

// Dates the sources give as periods (POLICY-READING §1, §5, §8). Periods follow 民法典: the start day
// is not counted (第二百零一条); a period in months or years ends on the corresponding day, or the
// month's last day where there is none (第二百零二条). Where a reader could also count the start day,
// the result carries both readings, and the one that cannot put the user in the wrong comes first.

const DAY_NOT_COUNTED = '当日不计入（民法典第二百零一条）'

function checkedDate(field: string, value: unknown): number {
  return epochDay(parseDate(field, value))
}

// Whole-day arithmetic lives in day-arithmetic.ts, which the calendar service uses without the rules here.
export { addDays, addMonthsClamped }

function unpublishedResult(reason: string, sources: Reference[] = []): UnpublishedResult {
  return { unpublished: true, reason, sources }
}

export interface TransferToResidentDates {
  /** The last day to apply, the break day not counted. */
  deadline: string
  /** The break day counted as day 1: one day earlier, and no reading can fault it. */
  safeDeadline: string
  basis: string
  /** First day of benefits: the 1st of the month after payment; null without a payment date. */
  benefitsFrom: string | null
  benefitsBasis: string | null
  /** True when the payment date is after the legal deadline. */
  late: boolean
  sources: Reference[]
}

/**
 * Employee → resident insurance (seed 004 §10): apply within 60 days of the break ("自中断职工医保关系
 * …之日起，60日内"), and benefits start the month after payment ("自缴费下月起").
 */
export function transferToResidentDates(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  breakDate: string
  paymentDate?: string
}): TransferToResidentDates | UnpublishedResult {
  const pack = packOf(input)
  const start = checkedDate('breakDate', input.breakDate)
  let payment: number | undefined
  if (input.paymentDate !== undefined && input.paymentDate !== '') {
    payment = checkedDate('paymentDate', input.paymentDate)
    if (payment < start) throw new PolicyInputError('paymentDate', '缴费日期不能早于中断职工医保的日期')
  }
  if (isUnpublished(pack.employee)) return unpublishedResult(pack.employee.reason)
  const rule = pack.employee.transferToResident
  const days = rule.withinDays.value
  const deadline = isoFromEpochDay(start + days)
  const safeDeadline = isoFromEpochDay(start + days - 1)
  const sources = [rule.withinDays.reference]
  let benefitsFrom: string | null = null
  let benefitsBasis: string | null = null
  if (payment !== undefined) {
    const paid = isoFromEpochDay(payment)
    benefitsFrom = `${addMonthsClamped(paid, 1).slice(0, 7)}-01`
    if (rule.benefitsFromNextMonth) {
      benefitsBasis = `${paid.slice(0, 4)}年${Number(paid.slice(5, 7))}月缴费，“${rule.benefitsFromNextMonth.text}”：自${benefitsFrom}起享受待遇`
      sources.push(rule.benefitsFromNextMonth.reference)
    } else {
      benefitsFrom = null
    }
  }
  return {
    deadline,
    safeDeadline,
    basis: `中断职工医保${DAY_NOT_COUNTED}，第${days}日为${deadline}；中断当日算第1天则为${safeDeadline}，按此办理最稳妥`,
    benefitsFrom,
    benefitsBasis,
    late: payment !== undefined && payment > start + days,
    sources
  }
}

export interface WorkingDayDate {
  /** The last working day of the period, the start day not counted; null outside the holiday data. */
  date: string | null
  /** Outside the holiday data: the same count in calendar days, which the real date is never before. */
  calendarDate: string | null
  holidayDataMissing: boolean
  workingDays: number
  basis: string
  /** Who the rule is for, as the text says. */
  appliesTo: string
  /** The rule is one county's (安丘市) own. */
  county?: string
  sources: Reference[]
}

/**
 * 安丘 医疗救助 for the low-income and 因病致贫 groups (seed 004 §8): "从患者提出申请…到市医疗保险经办
 * 机构核准发放救助资金最长47个工作日". Gives the last day of the 47 working days after the application.
 */
export function assistanceDecisionDate(input: {
  region: RegionId
  year?: number
  pack?: PolicyPack
  applicationDate: string
}): WorkingDayDate | UnpublishedResult {
  const pack = packOf(input)
  const start = checkedDate('applicationDate', input.applicationDate)
  const rule = pack.chain.processingTime
  if (!rule) return unpublishedResult(`${pack.regionName}的政策文件未规定医疗救助的办理时限`)
  const n = rule.workingDays.value
  const sources = [rule.workingDays.reference]
  const appliesTo = '低收入救助对象、因病致贫家庭重病患者申请医疗救助'
  const scope = pack.chain.countyScope
  const county = scope?.name
  const last = nthWorkingDayFrom(start + 1, n)
  if (last === null) {
    const calendarDate = isoFromEpochDay(start + n)
    const year = Number(input.applicationDate.slice(0, 4))
    const missing = year < HOLIDAY_DATA_FIRST_YEAR ? year : Math.max(year, HOLIDAY_DATA_LAST_YEAR + 1)
    return {
      date: null,
      calendarDate,
      holidayDataMissing: true,
      workingDays: n,
      basis: `未收录${missing}年的节假日安排（节假日数据只覆盖${HOLIDAY_DATA_FIRST_YEAR}–${HOLIDAY_DATA_LAST_YEAR}年），无法按工作日推算：按自然日第${n}日为${calendarDate}，按工作日计算的最迟日期会更晚`,
      appliesTo,
      county,
      sources
    }
  }
  const date = isoFromEpochDay(last)
  return {
    date,
    calendarDate: null,
    holidayDataMissing: false,
    workingDays: n,
    basis: `申请${DAY_NOT_COUNTED}，自次日起第${n}个工作日为${date}（按国家法定节假日和调休安排计算）；原文为“最长${n}个工作日”，这是最迟核准发放的日期`,
    appliesTo,
    county,
    sources
  }
}

export interface ResettlementChangeDate {
  /** The first day a change is allowed, the effective day not counted (the later, safe reading). */
  changeFrom: string
  /** The last day of the locked year under that reading. */
  lockedUntil: string
  readings: DateReading<string>
  basis: string
  sources: Reference[]
}

/** 异地安置 (seed 004 §6): "备案生效后，一年内不得变更" — the first day a change is possible. */
export function resettlementChangeDate(input: {
  region: RegionId
  year?: number
  pack?: PolicyPack
  effectiveDate: string
}): ResettlementChangeDate | UnpublishedResult {
  const pack = packOf(input)
  checkedDate('effectiveDate', input.effectiveDate)
  let lock
  for (const entry of Object.values(pack.remoteCare)) {
    if (entry.status === 'published' && entry.filing?.changeLockYears) {
      lock = entry.filing.changeLockYears
      break
    }
  }
  if (!lock) return unpublishedResult(`${pack.regionName}的政策文件未规定异地就医备案后的变更期限`)
  const lockedUntil = addMonthsClamped(input.effectiveDate, 12 * lock.value)
  const changeFrom = addDays(lockedUntil, 1)
  const counted = lockedUntil
  return {
    changeFrom,
    lockedUntil,
    readings: dateReading(
      '原文“一年内不得变更”未写明生效当日是否算在一年之内',
      { label: '生效当日不计入（民法典第二百零一条）', value: changeFrom },
      { label: '生效当日计入', value: counted }
    ),
    basis: `备案${input.effectiveDate}生效，${DAY_NOT_COUNTED}，一年期满日为${lockedUntil}，自${changeFrom}起可以变更；如生效当日计入，则${counted}起即可变更，按较晚的日期办理最稳妥`,
    sources: [lock.reference]
  }
}

export interface LateFeeWaiverResult {
  /** Null when the payment day is the boundary day itself (two readings) or the arrears are outside the rule. */
  waived: boolean | null
  /** Pay by this day and every reading waives the fee. */
  safePayBy: string
  readings?: DateReading<boolean>
  basis: string
  sources: Reference[]
}

/**
 * A late-fee waiver for arrears of some months paid before a day (Weifang 2020, seed 004 §2: arrears
 * of 2020-01..03 paid "在5月1日前" carry no late fee). "前" may or may not hold that day itself:
 * paying on it is a range. Without `arrearsMonth`, the first month the waiver covers.
 */
export function lateFeeWaiver(input: {
  region: RegionId
  year?: number
  pack?: PolicyPack
  arrearsMonth?: string
  paymentDate: string
}): LateFeeWaiverResult | UnpublishedResult {
  const pack = packOf(input)
  if (input.arrearsMonth !== undefined) parseMonth('arrearsMonth', input.arrearsMonth)
  const paid = checkedDate('paymentDate', input.paymentDate)
  if (isUnpublished(pack.employee)) return unpublishedResult(pack.employee.reason)
  const rule = pack.employee.lateFeeWaiverDates
  if (!rule) return unpublishedResult(`${pack.regionName}的政策文件未规定免收滞纳金的日期`)
  const arrearsMonth = input.arrearsMonth ?? rule.arrearsFrom
  const boundary = epochDay(rule.payBefore.value)
  const safePayBy = isoFromEpochDay(boundary - 1)
  const sources = [rule.payBefore.reference]
  const before = `${Number(rule.payBefore.value.slice(5, 7))}月${Number(rule.payBefore.value.slice(8, 10))}日前`
  if (arrearsMonth < rule.arrearsFrom || arrearsMonth > rule.arrearsTo) {
    return {
      waived: null,
      safePayBy,
      basis: `这项减免只针对欠缴${rule.arrearsFrom}至${rule.arrearsTo}的医疗保险费，${arrearsMonth}不在其中；文件未说明其他月份的滞纳金`,
      sources
    }
  }
  if (paid < boundary) {
    return { waived: true, safePayBy, basis: `${input.paymentDate}在${before}缴费，免收滞纳金`, sources }
  }
  if (paid === boundary) {
    return {
      waived: null,
      safePayBy,
      readings: dateReading(
        `原文“在${before}缴费”未写明是否包括${before.slice(0, -1)}当天`,
        { label: `不含${before.slice(0, -1)}`, value: false },
        { label: `含${before.slice(0, -1)}`, value: true }
      ),
      basis: `${input.paymentDate}正是${before.slice(0, -1)}：原文“${before}”是否包括当天有两种理解；${safePayBy}前（含）缴费可确保免收`,
      sources
    }
  }
  return {
    waived: false,
    safePayBy,
    basis: `${input.paymentDate}已过${before.slice(0, -1)}，不在免收滞纳金的范围（文件未说明滞纳金标准）`,
    sources
  }
}

/**
 * The same, under the name it had when 2020 was the only year: kept for callers written then.
 * @deprecated Use `lateFeeWaiver`.
 */
export const lateFeeWaiver2020 = lateFeeWaiver

/** The months a waiver covers, as a sentence says them: "2020年1–3月" (or "2020年11月–2021年2月"). */
export function monthSpan(from: string, to: string): string {
  const [fy, fm] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  if (fy === ty) return fm === tm ? `${fy}年${fm}月` : `${fy}年${fm}–${tm}月`
  return `${fy}年${fm}月–${ty}年${tm}月`
}

export interface DeferralEnd {
  /** Last day of the longest deferral, the start day not counted. */
  lastDay: string
  /** The start day counted: one day earlier; paying by then is safe under any reading. */
  safeLastDay: string
  basis: string
  sources: Reference[]
}

/** 2020 deferral for small firms in difficulty (seed 004 §2): "缓缴期最长6个月", from the day it starts. */
export function deferralEnd(input: {
  region: RegionId
  year?: number
  pack?: PolicyPack
  startDate: string
}): DeferralEnd | UnpublishedResult {
  const pack = packOf(input)
  checkedDate('startDate', input.startDate)
  if (isUnpublished(pack.employee)) return unpublishedResult(pack.employee.reason)
  const months = pack.employee.deferral.maxMonths
  const lastDay = addMonthsClamped(input.startDate, months.value)
  const safeLastDay = addDays(lastDay, -1)
  return {
    lastDay,
    safeLastDay,
    basis: `缓缴自${input.startDate}起，${DAY_NOT_COUNTED}，最长${months.value}个月到${lastDay}（起始日以经办机构批准的缓缴期为准）；缓缴期满后足额补缴。起始日计入则到${safeLastDay}，在此之前补缴最稳妥`,
    sources: [months.reference]
  }
}
