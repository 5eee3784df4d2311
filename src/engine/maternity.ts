import type { MaternityRules, Reference, RegionId } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { PolicyInputError } from './errors'
import type { UnpublishedResult } from './inputs'
import { packFor } from './inputs'
import { Dec, fmt, fmtOrNull, parseAmount, toFen } from './money'
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

/** Leave days for an event under the region's rules, with warnings for facts its text ignores. */
export function maternityDays(
  rules: MaternityRules,
  event: MaternityEvent
): { days: number; parts: string[]; warnings: string[]; sources: Reference[] } {
  const d = rules.days
  const parts: string[] = []
  const warnings: string[] = []
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
    return { days: p.value, parts, warnings, sources }
  }
  if (event.kind !== 'birth') throw new PolicyInputError('event', '请选择生育或流产')
  const babies = parseBabies(event.babies)
  if (event.infantDiedWithin72h) {
    if (isPublished(d.infantDiedWithin72h)) {
      sources.push(d.infantDiedWithin72h.reference)
      parts.push(`婴儿72小时以内死亡：${d.infantDiedWithin72h.value}天`)
      return { days: d.infantDiedWithin72h.value, parts, warnings, sources }
    }
    warnings.push(`${d.infantDiedWithin72h.reason}，按正常生育测算`)
  }
  let days = d.normal.value
  sources.push(d.normal.reference)
  parts.push(`产假${d.normal.value}天`)
  const extras: [boolean | undefined, typeof d.caesareanExtra, string][] = [
    [event.caesarean, d.caesareanExtra, '剖宫产'],
    [event.difficult, d.difficultExtra, '难产']
  ]
  for (const [applies, extra, label] of extras) {
    if (!applies) continue
    if (isPublished(extra)) {
      days += extra.value
      sources.push(extra.reference)
      parts.push(`${label}增加${extra.value}天`)
    } else {
      warnings.push(`${extra.reason}：未增加${label}天数`)
    }
  }
  if (babies > 1) {
    days += d.perExtraBaby.value * (babies - 1)
    sources.push(d.perExtraBaby.reference)
    parts.push(`多胞胎多${babies - 1}个婴儿，增加${d.perExtraBaby.value * (babies - 1)}天`)
  }
  return { days, parts, warnings, sources }
}

/**
 * 生育津贴 = previous-year average monthly wage ÷ 30 × days, rounded to the fen at the end. Weihai's
 * answer gives the wage basis but no daily conversion; the app uses Weifang's published ÷30 and says so.
 */
export function maternityAllowance(input: {
  region: RegionId
  averageMonthlyWage: string
  event: MaternityEvent
}): { days: number; amount: string; basis: string; warnings: string[]; sources: Reference[] } {
  const pack = packFor(input.region)
  const wage = parseAmount('averageMonthlyWage', input.averageMonthlyWage)
  const rules = pack.maternity
  const { days, parts, warnings, sources } = maternityDays(rules, input.event)
  let divisor = rules.allowance.divisor
  let basis = `${parts.join('，')}；共${days}天。`
  if (isPublished(divisor)) {
    basis += `津贴 = 用人单位上年度职工月平均工资 ÷ ${divisor.value}天 × ${days}天`
  } else {
    const fallback = packFor('weifang', pack.year).maternity.allowance.divisor
    if (!isPublished(fallback)) throw new Error('weifang pack lost its maternity divisor')
    basis += `${divisor.reason}；本应用按潍坊文件的“月平均工资÷${fallback.value}天×天数”测算`
    divisor = fallback
  }
  sources.push(rules.allowance.wageBasis.reference, divisor.reference)
  const amount = toFen(wage.times(days).div(divisor.value))
  return { days, amount: fmt(amount), basis, warnings, sources }
}

/** Weifang resident 住院分娩: min(quota, actual); non-designated hospitals 70% of the quota. */
export function childbirthPayment(input: {
  region: RegionId
  designated: boolean
  actualCost: string
}): { amount: string | null; quota: string | null; note: string; sources: Reference[] } {
  const pack = packFor(input.region)
  const actual = parseAmount('actualCost', input.actualCost)
  if (typeof input.designated !== 'boolean') throw new PolicyInputError('designated', '请选择是否为定点医疗机构')
  const rule = pack.residentDelivery
  if (isUnpublished(rule)) return { amount: null, quota: null, note: rule.reason, sources: [] }
  const quota = input.designated ? rule.quota : rule.nonDesignatedQuota
  const q = new Dec(quota.value)
  const sources = input.designated ? [rule.quota.reference] : [rule.nonDesignatedRate.reference, rule.nonDesignatedQuota.reference]
  const below = actual.lt(q)
  const actualRule = rule.notes.find((n) => n.text.includes('实际发生额'))
  return {
    amount: fmt(minCap(actual, q)),
    quota: fmt(q),
    note: below ? '实际费用低于定额，按实际发生额结算' : `按定额${fmt(q)}元结算`,
    sources: below && actualRule ? [...sources, actualRule.reference] : sources
  }
}

export type MaternityMedicalKind = 'prenatal' | 'delivery' | 'miscarriage' | 'familyPlanning'

/**
 * Weifang employee 生育医疗费 (§12): prenatal checks are a fixed 800; delivery, miscarriage and
 * family-planning surgery are paid up to their limits. The unemployed wife of an insured man gets 50%
 * of the standard; the app reads that as half of each limit, still no more than the actual cost.
 */
export function maternityMedical(input: {
  region: RegionId
  kind: MaternityMedicalKind
  actualCost?: string
  babies?: number
  monthsPregnant?: number
  unemployedSpouse?: boolean
}): { amount: string | null; limit: string | null; note: string; sources: Reference[] } | UnpublishedResult {
  const pack = packFor(input.region)
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
  if (input.unemployedSpouse) {
    limit = toFen(limit.times(m.unemployedSpouseShare.value))
    sources.push(m.unemployedSpouseShare.reference)
  }
  if (fixed) {
    return { amount: fmt(limit), limit: fmt(limit), note: '定额支付', sources }
  }
  if (input.actualCost === undefined || input.actualCost === '') {
    return { amount: null, limit: fmt(limit), note: `限额${fmt(limit)}元，请填写实际费用`, sources }
  }
  const actual = parseAmount('actualCost', input.actualCost)
  return { amount: fmtOrNull(minCap(actual, limit)), limit: fmt(limit), note: `在限额${fmt(limit)}元内按实际费用支付`, sources }
}
