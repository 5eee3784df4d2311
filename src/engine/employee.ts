import type Decimal from 'decimal.js'
import type { EmployeeRules, PolicyPack, Reference, RegionId } from '../policy/types'
import { listPacks } from '../policy/registry'
import { isUnpublished } from '../policy/types'
import type { Alert } from './alerts'
import { warning } from './alerts'
import { CONTRIBUTION_ALERTS } from './alert-words-contribution'
import { PolicyInputError } from './errors'
import type { Rate, Yuan } from './units'
import { rate as checkedRate } from './units'
import type { Note } from './notes'
import { note, policyNote } from './notes'
import { CONTRIBUTION_NOTES } from './note-words-contribution'
import type { UnpublishedResult } from './inputs'
import { isUnpublishedResult, oneOf, packOf, parseAge, parseMonth } from './inputs'
import { Dec, fmt, fmtOrNull, parseAmount, parseOptionalAmount, parseRate, toFen, ZERO } from './money'
import { exactSpread, readingSpread } from './spread'
import type { Spread } from './year'
import { num } from './scale'

export type EmployerType = 'enterprise' | 'institution'
const EMPLOYER_TYPES: readonly EmployerType[] = ['enterprise', 'institution']

function employeeRules(input: {
  region: RegionId
  year?: number
  pack?: PolicyPack
}): { rules: EmployeeRules; year: number; pack: PolicyPack } | UnpublishedResult {
  const pack = packOf(input)
  const rules = pack.employee
  return isUnpublished(rules) ? { unpublished: true, reason: rules.reason, sources: [] } : { rules, year: pack.year, pack }
}

/**
 * The spread (`range`, `readings`, `unknowns`) is the personal-account credit's: the contributions
 * themselves are exact; at exactly the threshold age the credit is the reading weifang.age45.
 */
export interface EmployeeContribution extends Spread {
  unpublished?: false
  month: string
  /** Employer rate after any relief for that month, e.g. "0.055". */
  employerRate: Rate
  /** The relief in percentage points ("0.5"), not a rate. */
  reliefPoints: string
  individualRate: Rate
  personalAccountRate: Rate
  employer: Yuan
  individual: Yuan
  total: Yuan
  /**
   * Credited to the personal account from the fund (not an extra payment). At exactly the threshold
   * age both "45岁以下" and "45岁以上" hold the age (POLICY-READING §10): the first option (2.9%).
   */
  personalAccount: Yuan
  /** The age the month was figured at (from the birth month when given). */
  age: number
  /** What the user should know about this month's figures, in words (one per alert). */
  warnings: string[]
  /** The same warnings as data, one for one (`warnings[i]` is `wordAlert(alerts[i])`). */
  alerts?: Alert[]
  sources: Reference[]
}

interface MonthFigures {
  row: EmployeeContribution
  employer: Decimal
  individual: Decimal
  account: Decimal
  /** The credit under the second option of weifang.age45 (the same as `account` off the threshold). */
  accountOther: Decimal
}

/** One month on validated inputs; shared by the single month and the year table. */
function monthFigures(
  pack: PolicyPack,
  rules: EmployeeRules,
  policyYear: number,
  base: Decimal,
  month: string,
  employerType: EmployerType,
  age: number
): MonthFigures {
  const alerts: Alert[] = []
  const sources: Reference[] = [rules.employerRate.reference, rules.individualRate.reference]
  let reliefPoints = ZERO
  for (const r of rules.relief) {
    if (r.employerType !== employerType || month < r.from || month > r.to) continue
    reliefPoints = reliefPoints.plus(num(r.points))
    sources.push(r.points.reference, rules.reliefAppliesTo[employerType].reference)
  }
  if (Number(month.slice(0, 4)) !== policyYear) {
    alerts.push(warning('otherYearStandardRate', { policyYear }))
  }
  const employerRate = num(rules.employerRate).minus(reliefPoints)
  const individualRate = num(rules.individualRate)
  const account = rules.personalAccount.inService
  const atThreshold = age === account.ageThreshold.value
  // At the threshold the usual figure is the pack's first option ("45岁以下" holds 45: the lower rate).
  const accountParam = age < account.ageThreshold.value || atThreshold ? account.below : account.fromThreshold
  sources.push(accountParam.reference)

  const employer = toFen(base.times(employerRate))
  const individual = toFen(base.times(individualRate))
  const accountCredit = toFen(base.times(num(accountParam)))
  let accountOther = accountCredit
  if (atThreshold) {
    accountOther = toFen(base.times(num(account.fromThreshold)))
    sources.push(account.fromThreshold.reference)
  }
  const spread = atThreshold
    ? readingSpread(pack, 'weifang.age45', [fmt(accountCredit), fmt(accountOther)])
    : exactSpread(fmt(accountCredit))
  const row: EmployeeContribution = {
    month,
    employerRate: checkedRate(employerRate.toString()),
    reliefPoints: reliefPoints.toString(),
    individualRate: checkedRate(individualRate.toString()),
    personalAccountRate: checkedRate(accountParam.value),
    employer: fmt(employer),
    individual: fmt(individual),
    total: fmt(employer.plus(individual)),
    personalAccount: fmt(accountCredit),
    age,
    ...CONTRIBUTION_ALERTS.alertFields(alerts),
    sources,
    ...spread
  }
  return { employer, individual, account: accountCredit, accountOther, row }
}

/**
 * 职工医保 for one month (POLICY-READING §1): employer 8% less the 2020 relief for its type, individual
 * 2%, personal-account credit 2.9% under 45 and 3.9% over 45; at exactly 45 both (a range). Each
 * figure rounded to the fen.
 */
export function employeeContribution(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  base: string
  month: string
  employerType: EmployerType
  age: number
}): EmployeeContribution | UnpublishedResult {
  const found = employeeRules(input)
  if (isUnpublishedResult(found)) return found
  const base = parseAmount('base', input.base)
  parseMonth('month', input.month)
  const employerType = oneOf('employerType', input.employerType, EMPLOYER_TYPES, '单位类型无效')
  const age = parseAge('age', input.age)
  return monthFigures(found.pack, found.rules, found.year, base, input.month, employerType, age).row
}

/** The spread is the year's personal-account credit (totals.personalAccount holds its first option). */
export interface EmployeeYear extends Spread {
  unpublished?: false
  rows: EmployeeContribution[]
  totals: { employer: Yuan; individual: Yuan; total: Yuan; personalAccount: Yuan }
  sources: Reference[]
}

/** Whole years of age at the end of a month, from a birth month 'YYYY-MM'. */
function ageAtMonthEnd(birth: { year: number; month: number }, year: number, month: number): number {
  return Math.floor((year * 12 + month - (birth.year * 12 + birth.month)) / 12)
}

/**
 * The twelve months of the pack's year for one base, showing how the relief moves the employer
 * rate. With a birth month the age is figured month by month (at each month's end), so a birthday
 * inside the year moves the personal-account rate in the right month; otherwise `age` holds all year.
 */
export function employeeYear(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  base: string
  employerType: EmployerType
  age?: number
  /** 'YYYY-MM'. */
  birthMonth?: string
}): EmployeeYear | UnpublishedResult {
  const found = employeeRules(input)
  if (isUnpublishedResult(found)) return found
  const base = parseAmount('base', input.base)
  const employerType = oneOf('employerType', input.employerType, EMPLOYER_TYPES, '单位类型无效')
  const birth = input.birthMonth === undefined || input.birthMonth === '' ? undefined : parseMonth('birthMonth', input.birthMonth)
  const fixedAge = birth ? undefined : parseAge('age', input.age)
  const year = found.year
  if (birth && (birth.year > year || ageAtMonthEnd(birth, year, 12) > 150)) {
    throw new PolicyInputError('birthMonth', '出生年月无效')
  }
  const rows: EmployeeContribution[] = []
  const sources: Reference[] = []
  let employer = ZERO
  let individual = ZERO
  let account = ZERO
  let accountOther = ZERO
  for (let m = 1; m <= 12; m++) {
    const age = birth ? Math.max(0, ageAtMonthEnd(birth, year, m)) : (fixedAge as number)
    const f = monthFigures(found.pack, found.rules, year, base, `${year}-${String(m).padStart(2, '0')}`, employerType, age)
    rows.push(f.row)
    employer = employer.plus(f.employer)
    individual = individual.plus(f.individual)
    account = account.plus(f.account)
    accountOther = accountOther.plus(f.accountOther)
    for (const s of f.row.sources) if (!sources.includes(s)) sources.push(s)
  }
  // The reading is one question for the whole year: every month at 45 takes the same option.
  return {
    rows,
    totals: { employer: fmt(employer), individual: fmt(individual), total: fmt(employer.plus(individual)), personalAccount: fmt(account) },
    sources,
    ...readingSpread(found.pack, 'weifang.age45', [fmt(account), fmt(accountOther)])
  }
}

/**
 * The 2020 table; kept for callers written before the year became an input.
 * @deprecated Use `employeeYear` with `year` (or `pack`).
 */
export function employeeYear2020(input: {
  region?: RegionId
  base: string
  employerType: EmployerType
  age: number
  birthMonth?: string
}): EmployeeYear | UnpublishedResult {
  // Without a region: the 2020 pack that publishes employee rules (the registry says which).
  const region = input.region ?? listPacks().find((p) => p.year === 2020 && !isUnpublished(p.employee))?.region
  if (!region) return { unpublished: true, reason: '2020年度没有收录职工医保规定', sources: [] }
  return employeeYear({ ...input, region, year: 2020 })
}

/** Retiree personal-account credit: pension × 4.9% under 70, × 5.9% at 70 and over. */
export function retireeAccount(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  pension: string
  age: number
}): { unpublished?: false; personalAccount: Yuan; rate: Rate; sources: Reference[] } | UnpublishedResult {
  const found = employeeRules(input)
  if (isUnpublishedResult(found)) return found
  const { rules } = found
  const pension = parseAmount('pension', input.pension)
  const age = parseAge('age', input.age)
  const r = rules.personalAccount.retiree
  const rate = age < r.ageThreshold.value ? r.below : r.fromThreshold
  return {
    personalAccount: fmt(toFen(pension.times(rate.value))),
    rate: checkedRate(rate.value),
    sources: [rate.reference, r.ageThreshold.reference]
  }
}

export interface MinimumYearsShortfall {
  unpublished?: false
  requiredYears: number
  /** Years still missing, never negative. */
  shortfallYears: number
  /** Null when the rate or the wage is not given: the document does not publish the rate. */
  amount: Yuan | null
  /** The notes in words. */
  note: string
  /** The same notes as data (an id and its parameters each), for a page that words them itself. */
  notes?: Note[]
  sources: Reference[]
}

/**
 * Retirement minimum years (Weifang §11): men 30, women 25, 视同缴费年限 included. The lump sum is
 * the previous year's provincial average wage × rate × missing years; the document names the base
 * but not the rate ("按规定比例"), so without a rate the amount is null.
 */
export function minimumYearsShortfall(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  sex: 'male' | 'female'
  yearsPaid: number
  /** e.g. "0.08"; the document does not publish it. */
  rate?: string
  /** 上年度全省在岗职工平均工资, yearly, yuan. */
  averageWage?: string
}): MinimumYearsShortfall | UnpublishedResult {
  const found = employeeRules(input)
  if (isUnpublishedResult(found)) return found
  const { rules } = found
  const sex = oneOf('sex', input.sex, ['male', 'female'] as const, '请选择性别')
  if (typeof input.yearsPaid !== 'number' || !Number.isFinite(input.yearsPaid) || input.yearsPaid < 0 || input.yearsPaid > 80) {
    throw new PolicyInputError('yearsPaid', '缴费年限应为0到80之间的数字')
  }
  const required = sex === 'male' ? rules.minimumYears.male : rules.minimumYears.female
  const shortfall = Dec.max(0, new Dec(required.value).minus(String(input.yearsPaid)))
  const rate = input.rate === undefined || input.rate === '' ? undefined : parseRate('rate', input.rate)
  const wage = parseOptionalAmount('averageWage', input.averageWage)
  const sources: Reference[] = [required.reference, rules.minimumYears.shortfallBase.reference]
  let amount: Decimal | null = null
  const notes: Note[] = []
  if (shortfall.isZero()) {
    amount = new Dec(0)
    notes.push(note('minimumYearsMet'))
  } else if (rate === undefined || wage === undefined) {
    if (isUnpublished(rules.minimumYears.shortfallRate)) notes.push(policyNote(rules.minimumYears.shortfallRate.reason))
    notes.push(note('shortfallNeedsWage'))
  } else {
    amount = toFen(wage.times(rate).times(shortfall))
    notes.push(note('shortfallByUserRate', { rate: checkedRate(rate.toString()), years: shortfall.toString() }))
  }
  return {
    requiredYears: required.value,
    shortfallYears: shortfall.toNumber(),
    amount: fmtOrNull(amount),
    ...CONTRIBUTION_NOTES.noteFields(...notes),
    sources
  }
}
