import type { MaternityRules, Reference, RegionId } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { PolicyInputError } from './errors'
import type { UnpublishedResult } from './inputs'
import { packFor } from './inputs'
import { Dec, fmt, fmtOrNull, parseAmount, toFen } from './money'
import type { TwoReadings } from './readings'
import { twoReadings } from './readings'
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
 * 生育津贴 = previous-year average monthly wage ÷ days-in-a-month × leave days, rounded to the fen at
 * the end. Weifang publishes ÷30. Weihai gives the wage basis but no daily conversion: without the
 * user's own `monthDays` the result gives the days and the wage basis and `amount: null` — never a
 * divisor borrowed from the other city (POLICY-READING §7).
 */
export function maternityAllowance(input: {
  region: RegionId
  year?: number
  averageMonthlyWage: string
  event: MaternityEvent
  /** The user's own day basis (days in a month) where the region publishes none; ignored where it does. */
  monthDays?: number
}): { days: number; amount: string | null; basis: string; dayBasis: 'published' | 'user' | null; warnings: string[]; sources: Reference[] } {
  const pack = packFor(input.region, input.year)
  const rules = pack.maternity
  const { days, parts, warnings, sources } = maternityDays(rules, input.event)
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
    if (input.monthDays !== undefined) warnings.push(`文件已规定按${divisor.value}天折算日工资，未使用您选择的天数`)
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
  if (perMonth === null) return { days, amount: null, basis, dayBasis, warnings, sources }
  const wage = parseAmount('averageMonthlyWage', input.averageMonthlyWage)
  const amount = toFen(wage.times(days).div(perMonth))
  return { days, amount: fmt(amount), basis, dayBasis, warnings, sources }
}

/**
 * Weifang resident 住院分娩 (§7): a fixed 800 at a designated hospital, or what the actual cost
 * comes to below it. At a non-designated one "按定额标准的70%予以结算（即560元），低于定额的按实际
 * 发生额结算" reads two ways when the cost is below the quota: min(actual, 560), or 70% of
 * min(actual, 800). `amount` holds the first; `range` both, with the reason.
 */
export function childbirthPayment(input: {
  region: RegionId
  year?: number
  designated: boolean
  actualCost: string
}): { amount: string | null; quota: string | null; note: string; sources: Reference[]; range?: TwoReadings } {
  const pack = packFor(input.region, input.year)
  const actual = parseAmount('actualCost', input.actualCost)
  if (typeof input.designated !== 'boolean') throw new PolicyInputError('designated', '请选择是否为定点医疗机构')
  const rule = pack.residentDelivery
  if (isUnpublished(rule)) return { amount: null, quota: null, note: rule.reason, sources: [] }
  const quota = input.designated ? rule.quota : rule.nonDesignatedQuota
  const q = new Dec(quota.value)
  const sources = input.designated ? [rule.quota.reference] : [rule.nonDesignatedRate.reference, rule.nonDesignatedQuota.reference]
  const actualRule = rule.notes.find((n) => n.text.includes('实际发生额'))
  const full = new Dec(rule.quota.value)
  if (!input.designated && actual.lt(full)) {
    const a = minCap(actual, q)
    const b = toFen(minCap(actual, full).times(rule.nonDesignatedRate.value))
    const result = {
      amount: fmt(a),
      quota: fmt(q),
      note: '实际费用低于定额，原文可有两种读法，两个数都列出',
      sources: actualRule ? [...sources, rule.quota.reference, actualRule.reference] : [...sources, rule.quota.reference]
    }
    if (a.eq(b)) return { ...result, note: '实际费用低于定额，两种读法结果相同' }
    return {
      ...result,
      range: twoReadings(
        `原文“按定额标准的70%予以结算（即${fmt(q)}元），低于定额的按实际发生额结算”没有说清“低于定额”的实际费用是直接按实际发生额（最多${fmt(q)}元）结算，还是也按70%结算`,
        { label: `按实际发生额，最多${fmt(q)}元`, value: fmt(a) },
        { label: '按实际发生额的70%', value: fmt(b) }
      )
    }
  }
  const below = actual.lt(q)
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
  year?: number
}): { amount: string | null; limit: string | null; note: string; sources: Reference[]; range?: TwoReadings } | UnpublishedResult {
  const pack = packFor(input.region, input.year)
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
  if (input.unemployedSpouse) return spouseSubsidy(limit, fixed, input.actualCost, m.unemployedSpouseShare, sources)
  if (fixed) {
    return { amount: fmt(limit), limit: fmt(limit), note: '定额支付', sources }
  }
  if (input.actualCost === undefined || input.actualCost === '') {
    return { amount: null, limit: fmt(limit), note: `限额${fmt(limit)}元，请填写实际费用`, sources }
  }
  const actual = parseAmount('actualCost', input.actualCost)
  return { amount: fmtOrNull(minCap(actual, limit)), limit: fmt(limit), note: `在限额${fmt(limit)}元内按实际费用支付`, sources }
}

/**
 * 生育补助金 for the unemployed wife of an insured man: "按照…职工生育医疗费标准的50%". Read two ways
 * (POLICY-READING §10): 50% of the standard itself, or 50% of the actual cost within the standard.
 * They agree for the fixed prenatal sum and whenever the cost reaches the standard.
 */
function spouseSubsidy(
  standard: InstanceType<typeof Dec>,
  fixed: boolean,
  actualCost: string | undefined,
  share: { value: string; reference: Reference },
  sources: Reference[]
): { amount: string | null; limit: string | null; note: string; sources: Reference[]; range?: TwoReadings } {
  sources.push(share.reference)
  const ofStandard = toFen(standard.times(share.value))
  const limit = fmt(ofStandard)
  const reason = `原文“按照我市规定的职工生育医疗费标准的50%享受生育补助金”，可读作按标准（${fmt(standard)}元）的50%，也可读作在标准内按实际费用的50%`
  if (fixed) return { amount: limit, limit, note: '产前检查为定额，两种读法结果相同', sources }
  if (actualCost === undefined || actualCost === '') {
    return { amount: null, limit, note: `${reason}：按标准为${limit}元，按实际费用则不超过${limit}元；请填写实际费用`, sources }
  }
  const actual = parseAmount('actualCost', actualCost)
  const ofActual = toFen(minCap(actual, standard).times(share.value))
  if (ofActual.eq(ofStandard)) return { amount: limit, limit, note: '实际费用达到标准，两种读法结果相同', sources }
  return {
    amount: limit,
    limit,
    note: '原文可有两种读法，两个数都列出',
    sources,
    range: twoReadings(reason, { label: '按标准的50%', value: limit }, { label: '在标准内按实际费用的50%', value: fmt(ofActual) })
  }
}
