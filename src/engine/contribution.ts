import { exactSpread, unknownShown } from './spread'
import type { Spread } from './year'
import type { MaybeParameter, Reference, RegionId, Tier, PolicyPack } from '../policy/types'
import { isPublished } from '../policy/types'
import { PolicyInputError } from './errors'
import type { UnpublishedResult } from './inputs'
import { epochDay, oneOf, packOf, parseDate, parseTier } from './inputs'
import { Dec, fmt, ZERO } from './money'
import type { Note } from './notes'
import { CORE_NOTES, policyNote } from './notes'
import type { Yuan } from './units'

export type MemberCategory = 'adult' | 'minor' | 'student'
export const MEMBER_CATEGORIES: readonly MemberCategory[] = ['adult', 'minor', 'student']
const MAX_MEMBERS = 50

export interface HouseholdMember {
  category: MemberCategory
  /** Required for adults (一档/二档); ignored for minors and students. */
  tier?: Tier
}

export interface ContributionLine {
  index: number
  category: MemberCategory
  tier?: Tier
  label: string
  /** Null when the region's document does not publish this contribution. */
  amount: Yuan | null
  /** Why the amount is not given, in words; absent when it is. */
  note?: string
  /** The same as data, for a page that words it itself; present with `note`. */
  notes?: Note[]
  sources: Reference[]
}

export interface HouseholdContribution extends Spread {
  /** Null when any member's contribution is unpublished (then `range` says at least the published part). */
  total: Yuan | null
  lines: ContributionLine[]
  sources: Reference[]
}

const CATEGORY_LABEL: Record<MemberCategory, string> = { adult: '成年居民', minor: '未成年居民', student: '高校学生' }

/** 居民医保 contributions for a household, one line per member (POLICY-READING §1). */
export function householdContribution(input: {
  region: RegionId
  year: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  members: HouseholdMember[]
}): HouseholdContribution {
  const pack = packOf(input)
  if (!Array.isArray(input.members)) throw new PolicyInputError('members', '请添加家庭成员')
  if (input.members.length > MAX_MEMBERS) throw new PolicyInputError('members', `家庭成员超出可测算范围（最多${MAX_MEMBERS}人）`)
  const rates = pack.residentContribution.rates
  let total = ZERO
  let complete = true
  const sources: Reference[] = []
  const lines = input.members.map((m, index): ContributionLine => {
    const category = oneOf(`members[${index}].category`, m?.category, MEMBER_CATEGORIES, '成员类别无效')
    let rate: MaybeParameter
    let label = CATEGORY_LABEL[category]
    let tier: Tier | undefined
    if (category === 'adult') {
      tier = parseTier(`members[${index}].tier`, m.tier)
      rate = tier === 1 ? rates.adultTier1 : rates.adultTier2
      label += tier === 1 ? '（一档）' : '（二档）'
    } else {
      rate = category === 'minor' ? rates.minor : rates.student
    }
    const line: ContributionLine = { index, category, label, amount: null, sources: [] }
    if (tier !== undefined) line.tier = tier
    if (isPublished(rate)) {
      const amount = new Dec(rate.value)
      total = total.plus(amount)
      line.amount = fmt(amount)
      line.sources = [rate.reference]
      if (!sources.includes(rate.reference)) sources.push(rate.reference)
    } else {
      complete = false
      const why = policyNote(rate.reason)
      line.note = CORE_NOTES.wordNote(why)
      line.notes = [why]
    }
    return line
  })
  // A fee the sources do not publish is at least nothing: the household pays at least the published part.
  const spread = complete
    ? exactSpread(fmt(total))
    : { range: { low: fmt(total), high: null }, readings: [], unknowns: [unknownShown('contributionRate')] }
  return { total: complete ? fmt(total) : null, lines, sources, ...spread }
}

export interface ContributionPeriod {
  unpublished?: false
  /** Inclusive ISO dates. */
  start: string
  end: string
  status: 'upcoming' | 'open' | 'closed'
  /** While open: days left counting today (on the last day, 1). Otherwise null. */
  daysLeft: number | null
  /** While upcoming: days until the first day. Otherwise null. */
  daysUntilStart: number | null
  sources: Reference[]
}

/**
 * Where `today` stands in the collection period. daysLeft counts today as a day left, so on the
 * last day the page can say "还剩1天" rather than "0天".
 */
export function contributionPeriod(input: {
  region: RegionId
  year: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  today: string
}): ContributionPeriod | UnpublishedResult {
  const pack = packOf(input)
  parseDate('today', input.today)
  const period = pack.residentContribution.collectionPeriod
  if (!isPublished(period)) return { unpublished: true, reason: period.reason, sources: [] }
  const { start, end } = period.value
  const sources = [period.reference]
  const endDate = end ?? start
  if (input.today < start) {
    return { start, end: endDate, status: 'upcoming', daysLeft: null, daysUntilStart: epochDay(start) - epochDay(input.today), sources }
  }
  if (input.today > endDate) return { start, end: endDate, status: 'closed', daysLeft: null, daysUntilStart: null, sources }
  return { start, end: endDate, status: 'open', daysLeft: epochDay(endDate) - epochDay(input.today) + 1, daysUntilStart: null, sources }
}
