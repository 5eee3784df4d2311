import type { MaternityRules, PolicyPack, ReadingId, Reference, RegionId } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import type { Alert, BirthExtra } from './alerts'
import { warning } from './alerts'
import { MATERNITY_ALERTS } from './alert-words-maternity'
import { PolicyInputError } from './errors'
import type { DayCount, Yuan } from './units'
import { dayCount } from './units'
import type { UnpublishedResult } from './inputs'
import { packOf } from './inputs'
import { Dec, fmt, fmtOrNull, parseAmount, toFen } from './money'
import type { Note } from './notes'
import { note, policyNote } from './notes'
import { MATERNITY_NOTES } from './note-words-maternity'
import { combosSpread } from './spread-combos'
import { exactSpread, readingSpread } from './spread'
import type { Spread } from './year'
import { minCap } from './scale'

export type MaternityEvent =
  | { kind: 'birth'; babies: number; caesarean?: boolean; difficult?: boolean; infantDiedWithin72h?: boolean }
  | { kind: 'miscarriage'; monthsPregnant: number }

function parseBabies(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 9) {
    throw new PolicyInputError('event.babies', '婴儿数应为1到9之间的整数')
  }
  return value
}

function parseMonths(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 10) {
    throw new PolicyInputError('event.monthsPregnant', '怀孕月数应大于0且不超过10')
  }
  return value
}

/**
 * Leave days and how they were counted. The spread is in days (not yuan): the texts settle every
 * boundary they give (the 4-month miscarriage band says "（含4个月）"), so it is always one figure.
 */
export interface MaternityDaysResult extends Spread<DayCount> {
  days: number
  parts: string[]
  /** Facts of the event the text ignores, in words (one per alert). */
  warnings: string[]
  /** The same warnings as data, one for one (`warnings[i]` is `wordAlert(alerts[i])`). */
  alerts?: Alert[]
  sources: Reference[]
}

/** Leave days and how they were counted, with the alerts for facts the text ignores. */
export interface DaysCount {
  days: number
  parts: string[]
  alerts: Alert[]
  sources: Reference[]
}

/** Leave days for an event under the region's rules, with warnings for facts its text ignores. */
export function maternityDays(rules: MaternityRules, event: MaternityEvent): MaternityDaysResult {
  const { days, parts, alerts, sources } = daysOf(rules, event)
  return { days, parts, ...MATERNITY_ALERTS.alertFields(alerts), sources, ...exactSpread(dayCount(days)) }
}

/** The leave days as the engine works on them: the alerts as data (maternityDays words them). */
export function daysOf(rules: MaternityRules, event: MaternityEvent): DaysCount {
  const d = rules.days
  const parts: string[] = []
  const alerts: Alert[] = []
  const sources: Reference[] = []
  if (event === null || typeof event !== 'object') throw new PolicyInputError('event', '请选择生育或流产')
  if (event.kind === 'miscarriage') {
    const months = parseMonths(event.monthsPregnant)
    const m = d.miscarriage
    const threshold = m.thresholdMonths.value
    const long = months > threshold || (months === threshold && m.atThreshold === 'long')
    const p = long ? m.longDays : m.shortDays
    sources.push(p.reference)
    parts.push(`${p.description ?? '流产'}：${p.value}天`)
    return { days: p.value, parts, alerts, sources }
  }
  if (event.kind !== 'birth') throw new PolicyInputError('event', '请选择生育或流产')
  const babies = parseBabies(event.babies)
  if (event.infantDiedWithin72h) {
    if (isPublished(d.infantDiedWithin72h)) {
      sources.push(d.infantDiedWithin72h.reference)
      parts.push(`婴儿72小时以内死亡：${d.infantDiedWithin72h.value}天`)
      return { days: d.infantDiedWithin72h.value, parts, alerts, sources }
    }
    alerts.push(warning('infantDiedUnpublished', { reason: d.infantDiedWithin72h.reason }))
  }
  let days = d.normal.value
  sources.push(d.normal.reference)
  parts.push(`产假${d.normal.value}天`)
  const extras: [boolean | undefined, typeof d.caesareanExtra, BirthExtra, string][] = [
    [event.caesarean, d.caesareanExtra, 'caesarean', '剖宫产'],
    [event.difficult, d.difficultExtra, 'difficult', '难产']
  ]
  for (const [applies, extra, id, label] of extras) {
    if (!applies) continue
    if (isPublished(extra)) {
      days += extra.value
      sources.push(extra.reference)
      parts.push(`${label}增加${extra.value}天`)
    } else {
      alerts.push(warning('extraDaysUnpublished', { reason: extra.reason, extra: id }))
    }
  }
  if (babies > 1) {
    days += d.perExtraBaby.value * (babies - 1)
    sources.push(d.perExtraBaby.reference)
    parts.push(`多胞胎多${babies - 1}个婴儿，增加${d.perExtraBaby.value * (babies - 1)}天`)
  }
  return { days, parts, alerts, sources }
}

/** The allowance: exact when a day basis is known (the document's or the user's), no figure otherwise. */
export interface MaternityAllowanceResult extends Spread {
  days: number
  amount: Yuan | null
  basis: string
  dayBasis: 'published' | 'user' | null
  /** What the user should know, in words (one per alert). */
  warnings: string[]
  /** The same warnings as data, one for one (`warnings[i]` is `wordAlert(alerts[i])`). */
  alerts?: Alert[]
  sources: Reference[]
}

/**
 * 生育津贴 = previous-year average monthly wage ÷ days-in-a-month × leave days, rounded to the fen at
 * the end. Weifang publishes ÷30. Weihai gives the wage basis but no daily conversion: without the
 * user's own `monthDays` the result gives the days and the wage basis and `amount: null` — never a
 * divisor borrowed from the other city (POLICY-READING §7).
 */
export function maternityAllowance(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  averageMonthlyWage: string
  event: MaternityEvent
  /** The user's own day basis (days in a month) where the region publishes none; ignored where it does. */
  monthDays?: number
}): MaternityAllowanceResult {
  const pack = packOf(input)
  const rules = pack.maternity
  const { days, parts, alerts, sources } = daysOf(rules, input.event)
  const divisor = rules.allowance.divisor
  let basis = `${parts.join('，')}；共${days}天。`
  sources.push(rules.allowance.wageBasis.reference)
  let perMonth: number | null = null
  let dayBasis: 'published' | 'user' | null = null
  if (isPublished(divisor)) {
    basis += `津贴 = 用人单位上年度职工月平均工资 ÷ ${divisor.value}天 × ${days}天`
    sources.push(divisor.reference)
    perMonth = divisor.value
    dayBasis = 'published'
    if (input.monthDays !== undefined) alerts.push(warning('monthDaysIgnored', { days: divisor.value }))
  } else if (input.monthDays !== undefined) {
    if (typeof input.monthDays !== 'number' || !Number.isInteger(input.monthDays) || input.monthDays < 1 || input.monthDays > 31) {
      throw new PolicyInputError('monthDays', '每月折算天数应为1到31之间的整数')
    }
    perMonth = input.monthDays
    dayBasis = 'user'
    basis += `${rules.allowance.wageBasis.text}；${divisor.reason}。以下按您选择的“月平均工资÷${perMonth}天×天数”估算，不是文件规定`
  } else {
    basis += `${rules.allowance.wageBasis.text}；${divisor.reason}，所以不折算金额：津贴相当于${days}天的工资，请以经办机构核定为准`
  }
  // No day basis: no money figure at all — not a bound either, since any divisor would be a guess.
  if (perMonth === null)
    return {
      days,
      amount: null,
      basis,
      dayBasis,
      ...MATERNITY_ALERTS.alertFields(alerts),
      sources,
      range: { low: null, high: null },
      readings: [],
      unknowns: []
    }
  const wage = parseAmount('averageMonthlyWage', input.averageMonthlyWage)
  const amount = toFen(wage.times(days).div(perMonth))
  return { days, amount: fmt(amount), basis, dayBasis, ...MATERNITY_ALERTS.alertFields(alerts), sources, ...exactSpread(fmt(amount)) }
}

/** The miscarriage leave as the rules state it, both lengths: "<short>：15天；<long>：42天。". */
export function describeMiscarriageDays(rules: MaternityRules): string {
  const m = rules.days.miscarriage
  return `${m.shortDays.description ?? ''}：${m.shortDays.value}天；${m.longDays.description ?? ''}：${m.longDays.value}天。`
}

/** What a childbirth payment says: the usual amount (first option of its reading), and its spread. */
export interface ChildbirthPayment extends Spread {
  /** The first option of the reading when the cost is below the quota. */
  amount: Yuan | null
  quota: Yuan | null
  /** The notes in words. */
  note: string
  /** The same notes as data (an id and its parameters each), for a page that words them itself. */
  notes?: Note[]
  sources: Reference[]
}

/**
 * Weifang resident 住院分娩 (§7). At a designated hospital "定额结算，定额标准为800元"; below 800 it is
 * the reading weifang.designatedBirth: 800 (A), or the actual cost (B) if "低于定额的按实际发生额结算"
 * reaches back to the designated sentence. At a non-designated one "按定额标准的70%予以结算（即560
 * 元），低于定额的按实际发生额结算" reads three ways below 800 (weifang.nonDesignatedBirth): min(actual,
 * 560), 70% × min(actual, 800), or the actual cost. `amount` holds the first option; the spread all.
 */
export function childbirthPayment(input: {
  region: RegionId
  year?: number
  pack?: PolicyPack
  designated: boolean
  actualCost: string
}): ChildbirthPayment {
  const pack = packOf(input)
  const actual = parseAmount('actualCost', input.actualCost)
  if (typeof input.designated !== 'boolean') throw new PolicyInputError('designated', '请选择是否为定点医疗机构')
  const rule = pack.residentDelivery
  if (isUnpublished(rule))
    return {
      amount: null,
      quota: null,
      ...MATERNITY_NOTES.noteFields(policyNote(rule.reason)),
      sources: [],
      range: { low: null, high: null },
      readings: [],
      unknowns: []
    }
  const quota = input.designated ? rule.quota : rule.nonDesignatedQuota
  const q = new Dec(quota.value)
  const full = new Dec(rule.quota.value)
  const actualRule = rule.notes.find((n) => n.text.includes('实际发生额'))
  const sources = input.designated ? [rule.quota.reference] : [rule.nonDesignatedRate.reference, rule.nonDesignatedQuota.reference]
  if (!actual.lt(full)) {
    // At or above the quota every reading settles at the quota itself.
    return {
      amount: fmt(q),
      quota: fmt(q),
      ...MATERNITY_NOTES.noteFields(note('birthAtQuota', { quota: fmt(q) })),
      sources,
      ...exactSpread(fmt(q))
    }
  }
  const withActual = actualRule ? [...sources, actualRule.reference] : sources
  if (input.designated) {
    const spread = readingSpread(pack, 'weifang.designatedBirth', [fmt(full), fmt(actual)])
    return {
      amount: fmt(full),
      quota: fmt(q),
      ...MATERNITY_NOTES.noteFields(
        spread.readings.length ? note('birthDesignatedBelowQuota', { quota: fmt(full) }) : note('birthBelowQuota')
      ),
      sources: withActual,
      ...spread
    }
  }
  const amount = fmt(minCap(actual, q))
  const figures = [amount, fmt(toFen(minCap(actual, full).times(rule.nonDesignatedRate.value))), fmt(actual)]
  const spread = readingSpread(pack, 'weifang.nonDesignatedBirth', figures)
  return {
    amount,
    quota: fmt(q),
    ...MATERNITY_NOTES.noteFields(note(spread.readings.length ? 'birthNonDesignatedReadings' : 'birthNonDesignatedAlike')),
    sources: [...withActual, rule.quota.reference],
    ...spread
  }
}

export type MaternityMedicalKind = 'prenatal' | 'delivery' | 'miscarriage' | 'familyPlanning'

/** 生育医疗费 or the spouse's 生育补助金: the usual amount, the limit, and the spread. */
export interface MaternityMedicalResult extends Spread {
  /** First option of every reading; null when it needs the actual cost and none is entered. */
  amount: Yuan | null
  /** The limit (for the spouse: 50% of the standard under the first reading). */
  limit: Yuan | null
  /** The notes in words. */
  note: string
  /** The same notes as data (an id and its parameters each), for a page that words them itself. */
  notes?: Note[]
  sources: Reference[]
}

/**
 * Weifang employee 生育医疗费 (§12): prenatal checks are a fixed 800; delivery, miscarriage and
 * family-planning surgery are paid up to their limits. The unemployed wife of an insured man gets a
 * 生育补助金 of 50% of "我市规定的职工生育医疗费标准" — two readings (see spouseGrant).
 */
export function maternityMedical(input: {
  region: RegionId
  kind: MaternityMedicalKind
  actualCost?: string
  babies?: number
  monthsPregnant?: number
  unemployedSpouse?: boolean
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
}): MaternityMedicalResult | UnpublishedResult {
  const pack = packOf(input)
  const m = pack.maternity.medical
  if (isUnpublished(m)) return { unpublished: true, reason: m.reason, sources: [] }
  const sources: Reference[] = []
  let limit: InstanceType<typeof Dec>
  let fixed = false
  switch (input.kind) {
    case 'prenatal':
      limit = new Dec(m.prenatal.value)
      fixed = true
      sources.push(m.prenatal.reference)
      break
    case 'delivery': {
      const babies = parseBabies(input.babies ?? 1)
      limit = new Dec(m.delivery.value).plus(new Dec(m.perExtraBaby.value).times(babies - 1))
      sources.push(m.delivery.reference)
      if (babies > 1) sources.push(m.perExtraBaby.reference)
      break
    }
    case 'miscarriage': {
      // "未满4个月 … 满4个月": here exactly 4 months takes the higher limit (unlike the leave days).
      const months = parseMonths(input.monthsPregnant)
      const p = months < pack.maternity.days.miscarriage.thresholdMonths.value ? m.miscarriageShort : m.miscarriageLong
      limit = new Dec(p.value)
      sources.push(p.reference)
      break
    }
    case 'familyPlanning':
      limit = new Dec(m.familyPlanning.value)
      sources.push(m.familyPlanning.reference)
      break
    default:
      throw new PolicyInputError('kind', '生育医疗费类别无效')
  }
  const actual = input.actualCost === undefined || input.actualCost === '' ? undefined : parseAmount('actualCost', input.actualCost)
  if (input.unemployedSpouse) {
    // Only the delivery limit is item (2); which standard the grant means is asked of it alone.
    const withPrenatal = input.kind === 'delivery' ? limit.plus(m.prenatal.value) : undefined
    if (withPrenatal) sources.push(m.prenatal.reference)
    return spouseSubsidy(pack, limit, withPrenatal, fixed, actual, m.unemployedSpouseShare, sources)
  }
  if (fixed)
    return {
      amount: fmt(limit),
      limit: fmt(limit),
      ...MATERNITY_NOTES.noteFields(note('maternityFixed')),
      sources,
      ...exactSpread(fmt(limit))
    }
  if (actual === undefined) {
    // Paid within the limit: without the actual cost only the limit is known.
    return {
      amount: null,
      limit: fmt(limit),
      ...MATERNITY_NOTES.noteFields(note('maternityEnterActualCost', { limit: fmt(limit) })),
      sources,
      range: { low: null, high: fmt(limit) },
      readings: [],
      unknowns: []
    }
  }
  const paid = fmt(minCap(actual, limit))
  return {
    amount: fmtOrNull(minCap(actual, limit)),
    limit: fmt(limit),
    ...MATERNITY_NOTES.noteFields(note('maternityWithinLimit', { limit: fmt(limit) })),
    sources,
    ...exactSpread(paid)
  }
}

/**
 * 生育补助金 for the unemployed wife of an insured man: "按照我市规定的职工生育医疗费标准的50%".
 * Two readings (POLICY-READING §10): weifang.spouseGrant — 50% of the standard itself, or 50% of the
 * actual cost within it; weifang.spouseGrantBase (delivery only) — the standard is item (2) (2,200,
 * +500 per extra baby), or items (1)+(2) with the 800 prenatal checks. Without the actual cost the
 * second grant reading gives only an upper limit.
 */
function spouseSubsidy(
  pack: PolicyPack,
  standard: InstanceType<typeof Dec>,
  withPrenatal: InstanceType<typeof Dec> | undefined,
  fixed: boolean,
  actual: InstanceType<typeof Dec> | undefined,
  share: { value: string; reference: Reference },
  sources: Reference[]
): MaternityMedicalResult {
  sources.push(share.reference)
  const limit = fmt(toFen(standard.times(share.value)))
  if (fixed) return { amount: limit, limit, ...MATERNITY_NOTES.noteFields(note('spousePrenatalAlike')), sources, ...exactSpread(limit) }
  const ids: ReadingId[] = withPrenatal ? ['weifang.spouseGrant', 'weifang.spouseGrantBase'] : ['weifang.spouseGrant']
  const spread = combosSpread(pack, ids, ([grant, base]) => {
    const std = base === 1 && withPrenatal ? withPrenatal : standard
    const half = toFen(std.times(share.value))
    if (grant === 0) return { low: fmt(half), high: fmt(half) }
    if (actual === undefined) return { low: null, high: fmt(half) }
    const f = fmt(toFen(minCap(actual, std).times(share.value)))
    // With the prenatal checks in the standard, their own cost (not entered here) counts too: the
    // entered delivery cost gives only the lower limit.
    if (base === 1 && withPrenatal) return { low: f, high: fmt(half) }
    return { low: f, high: f }
  })
  const { usual, ...rest } = spread
  const said =
    spread.readings.length === 0
      ? note('spouseReachesStandard')
      : actual === undefined
        ? note('spouseEnterActualCost', { limit })
        : note('readingsListed')
  return { amount: usual, limit, ...MATERNITY_NOTES.noteFields(said), sources, ...rest }
}
