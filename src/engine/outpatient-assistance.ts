import type { CountyId, Reference, RegionId, PolicyPack } from '../policy/types'
import type { AssistanceGroup } from './layer'
import { isEligible } from './layer'
import { PolicyInputError } from './errors'
import { ASSISTANCE_GROUPS, COUNTIES } from './inpatient'
import type { UnpublishedResult } from './inputs'
import { oneOf, packOf } from './inputs'
import { fmt, parseAmount, toFen } from './money'
import type { Note } from './notes'
import { note } from './notes'
import { OUTPATIENT_NOTES } from './note-words-outpatient'
import { minCap, num } from './scale'
import { exactSpread, unknownShown } from './spread'
import type { Spread } from './year'
import type { Yuan } from './units'
import { rate } from './units'

export type OutpatientAssistanceKind = 'povertyChronic' | 'keyGroupDrugs'

/**
 * `range` is the assistance's (a payout): exact up to the text's limit; above it the text is silent,
 * so the figure for the counted part is the least it can be and no high side is known.
 */
export interface OutpatientAssistanceResult extends Spread {
  /** Null when the person does not qualify, or the rule is another county's; else the assistance on the counted part. */
  amount: Yuan | null
  /** The self-pay the rate is known to apply to (up to the text's limit). */
  counted: Yuan | null
  /** The notes in words. */
  note: string
  /** The same notes as data (an id and its parameters each), for a page that words them itself. */
  notes?: Note[]
  sources: Reference[]
}

/**
 * Outpatient assistance (POLICY-READING §5, §6): Weihai poverty households in chronic-disease
 * management, 70% of the outpatient self-pay counted up to 20,000 (inclusive); 安丘市's key group,
 * 20% of the self-paid part of diabetes and hypertension drugs (安丘 only, like its inpatient rules).
 */
export function outpatientAssistance(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  kind: OutpatientAssistanceKind
  /** 个人自付 / 个人负担 amount, yuan. */
  selfPay: string
  povertyHousehold?: boolean
  assistanceGroup?: AssistanceGroup
  county?: CountyId
}): OutpatientAssistanceResult | UnpublishedResult {
  const pack = packOf(input)
  const kind = oneOf('kind', input.kind, ['povertyChronic', 'keyGroupDrugs'] as const, '门诊救助类别无效')
  const selfPay = parseAmount('selfPay', input.selfPay)
  if (input.povertyHousehold !== undefined && typeof input.povertyHousehold !== 'boolean') {
    throw new PolicyInputError('povertyHousehold', '请选择是否为建档立卡贫困人口')
  }
  const who = {
    povertyHousehold: input.povertyHousehold === true,
    assistanceGroup: oneOf('assistanceGroup', input.assistanceGroup ?? 'none', ASSISTANCE_GROUPS, '医疗救助对象类别无效')
  }
  const county = input.county === undefined ? undefined : oneOf('county', input.county, COUNTIES, '参保地无效')
  const rule = pack.outpatient.chronic.assistanceRules?.find((r) => r.id === kind)
  if (!rule) {
    return {
      unpublished: true,
      reason:
        kind === 'povertyChronic'
          ? `${pack.regionName}的政策文件未规定贫困人口门诊慢性病救助的比例`
          : `${pack.regionName}的政策文件未规定重点救助对象两病门诊用药救助的比例`,
      sources: []
    }
  }
  const sources = [rule.rate.reference, ...(rule.countedUpTo ? [rule.countedUpTo.reference] : [])]
  const scope = pack.chain.countyScope
  if (rule.county !== undefined && county !== rule.county) {
    const name = scope?.county === rule.county ? scope.name : rule.county
    const notCollected = note('outpatientCountyNotCollected', { county: name, askCounty: county === undefined })
    return { amount: null, counted: null, ...OUTPATIENT_NOTES.noteFields(notCollected), sources, ...NONE }
  }
  if (!isEligible(rule.eligibility, who)) {
    const onlyFor = note('outpatientAssistanceOnlyFor', { eligibility: rule.eligibility })
    return { amount: null, counted: null, ...OUTPATIENT_NOTES.noteFields(onlyFor), sources, ...NONE }
  }
  const limit = rule.countedUpTo ? num(rule.countedUpTo) : null
  const counted = minCap(selfPay, limit)
  const amount = toFen(counted.times(num(rule.rate)))
  const notes: Note[] = [note('outpatientAssistanceRate', { appliesTo: rule.appliesTo, rate: rate(rule.rate.value) })]
  // Above the limit the text says nothing (POLICY-READING §6): not "不计入", not 70% either. The
  // figure on the part within the limit is then the least the assistance can be.
  const above = limit !== null && selfPay.gt(limit)
  if (limit !== null) {
    notes.push(
      above
        ? note('countedUpToExceeded', { limit: fmt(limit), above: fmt(selfPay.minus(limit)) })
        : note('countedUpTo', { limit: fmt(limit) })
    )
    notes.push(note('countedUpToPerYearUnclear'))
  } else {
    notes.push(note('noAnnualLimitMentioned'))
  }
  const spread: Spread = above
    ? { range: { low: fmt(amount), high: null }, readings: [], unknowns: [unknownShown('outpatientAssistanceAbove')] }
    : exactSpread(fmt(amount))
  return { amount: fmt(amount), counted: fmt(counted), ...OUTPATIENT_NOTES.noteFields(...notes), sources, ...spread }
}

/** No figure: the person does not qualify or the rule is not collected; no limit from the sources. */
const NONE: Spread = { range: { low: null, high: null }, readings: [], unknowns: [] }
