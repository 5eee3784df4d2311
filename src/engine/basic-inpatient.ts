import type Decimal from 'decimal.js'
import type { HospitalLevel, InpatientSetting, PolicyPack, Reference, Tier } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { PolicyInputError } from './errors'
import type { LayerOutcome } from './layer'
import type { Note } from './notes'
import { note, policyNote } from './notes'
import type { Alert } from './alerts'
import { warning } from './alerts'
import { compare, Dec, fmt, plus, toFen, ZERO } from './money'
import { capValue, marginalPayout, minCap, num, positive } from './scale'
import type { Scenario } from './scenario'
import { optionOf, scenario, unknownAt } from './scenario'
import { rate } from './units'

export interface BasicInpatientInput {
  tier: Tier
  hospitalLevel?: HospitalLevel
  compliant: Decimal
  deductible?: Decimal
  ratio?: Decimal
  basicPaid?: Decimal
  setting: InpatientSetting
  /** Settled by a claim at home rather than networked at discharge (weihai.tenPercentManual). */
  manualClaim?: boolean
  /** The year's compliant bases before this stay: the axis of 二档's bands when read over the year. */
  yearBaseBefore?: Decimal
}

const ONE = new Dec(1)

/** What the basic layer hands on: the outcome, and the part of C that went through the ratio table. */
export interface BasicOutcome extends LayerOutcome {
  base: Decimal
}

/**
 * 第一层 基本医保住院 (POLICY-READING §2). Uses the published scale when there is one, otherwise the
 * user's deductible and ratio; a settlement-slip figure (basicPaid) replaces the computation. What
 * the text leaves open is asked of the scenario: the out-of-area table, the 10% on a manual claim,
 * 二档's bands over the year, and an unknown deductible, cap or rule.
 */
export function basicInpatientLayer(pack: PolicyPack, i: BasicInpatientInput, s: Scenario = scenario()): BasicOutcome {
  const tierRule = pack.inpatient.tiers[i.tier]
  const cap = capValue(tierRule.annualCap)
  const capRef = isPublished(tierRule.annualCap) ? [tierRule.annualCap.reference] : []
  const warnings: Alert[] = []

  if (i.basicPaid !== undefined) {
    if (i.basicPaid.gt(i.compliant)) {
      throw new PolicyInputError('basicPaid', '统筹基金支付不能大于政策范围内费用')
    }
    if (cap !== null && i.basicPaid.gt(cap)) {
      warnings.push(warning('slipAboveTierCap', { tier: i.tier, cap: fmt(cap) }))
    }
    return { id: 'basic', amount: i.basicPaid, notes: [note('basicFromSlip')], sources: capRef, warnings, base: i.compliant }
  }

  const setting = pack.inpatient.settings[i.setting]
  const sources: Reference[] = []
  const notes: Note[] = []
  let base = i.compliant
  switch (setting.kind) {
    case 'notInSources':
      return unknownBasic(s, base, policyNote(setting.reason), [], [warning('basicSettingNotInSources', { reason: setting.reason })])
    case 'selfShareFirst': {
      // The patient first bears the share; the rest goes through deductible and ratio (seed 000 Q&A).
      // The text ties the share to networked settlement; a manual claim is a reading of its own.
      const appliesToManual = !i.manualClaim || optionOf(s, pack, 'weihai.tenPercentManual') === 0
      if (appliesToManual) {
        base = i.compliant.times(ONE.minus(num(setting.share)))
        notes.push(note('selfShareFirst', { share: rate(setting.share.value) }))
      } else {
        notes.push(note('selfShareNetworkedOnly', { share: rate(setting.share.value) }))
      }
      sources.push(setting.share.reference)
      if (optionOf(s, pack, 'weihai.outOfAreaRatio') === 1) {
        return unknownBasic(s, base, note('outOfAreaRateUnpublished'), sources, [])
      }
      break
    }
    case 'unpublishedAdjustment':
      warnings.push(warning('basicSettingUnpublished', { reason: setting.reason }))
      if (setting.reference) sources.push(setting.reference)
      break
    case 'standard':
      if (setting.reference) sources.push(setting.reference)
      break
  }

  const publishedDeductible = isPublished(pack.inpatient.deductible) ? num(pack.inpatient.deductible) : undefined
  const scales = tierRule.scaleByLevel
  let raw: Decimal
  if (!isUnpublished(scales)) {
    if (i.hospitalLevel === undefined) throw new PolicyInputError('hospitalLevel', '请选择就诊医院的级别（一级、二级或三级）')
    if (i.ratio !== undefined) warnings.push(warning('basicRatioIgnored'))
    const deductible = i.deductible ?? publishedDeductible ?? unknownDeductible(s, base)
    const scale = scales[i.hospitalLevel]
    const brackets = scale.brackets
    // 二档's 40,000 band on this stay alone, or on the year's compliant cost so far.
    const before =
      brackets.length > 1 &&
      i.yearBaseBefore !== undefined &&
      compare(i.yearBaseBefore, ZERO) > 0 &&
      optionOf(s, pack, 'weihai.tier2Band') === 1
        ? i.yearBaseBefore
        : ZERO
    raw = marginalPayout(brackets, plus(before, base), plus(before, deductible))
    const top = brackets[brackets.length - 1]
    if (brackets.length > 1 && top !== undefined && cap !== null) raw = raw.minus(aboveCapBand(pack, s, top.rate, i, base, deductible, cap))
    sources.unshift(scale.reference)
  } else {
    const publishedRatio = isPublished(pack.inpatient.ratio) ? num(pack.inpatient.ratio) : undefined
    const ratio = i.ratio ?? publishedRatio
    if (ratio === undefined) {
      return unknownBasic(s, base, note('basicRuleUnpublished'), sources, [...warnings, warning('basicRuleUnpublished')])
    }
    const deductible = i.deductible ?? publishedDeductible ?? unknownDeductible(s, base)
    raw = positive(base.minus(deductible)).times(ratio)
    notes.push(note('userDeductibleAndRatio'))
  }
  let amount = toFen(minCap(raw, cap))
  if (cap === null) {
    notes.push(note('basicCapUnpublished'))
    amount = toFen(amount.times(ONE.minus(unknownAt(s, 'basicCap'))))
  }
  return { id: 'basic', amount, notes, sources: [...sources, ...capRef], warnings, base }
}

/**
 * 二档 "超过4万元至年度最高支付限额部分" read as the top of the cost band (weihai.capMeaning B): compliant
 * cost above the annual limit in the year is not paid at the top rate. Asked only when the year's
 * compliant cost reaches past the limit, where the two readings differ.
 */
function aboveCapBand(
  pack: PolicyPack,
  s: Scenario,
  topRate: string,
  i: BasicInpatientInput,
  base: Decimal,
  deductible: Decimal,
  cap: Decimal
): Decimal {
  const before = i.yearBaseBefore ?? ZERO
  const end = before.plus(base)
  if (compare(end, cap) <= 0 || !pack.readings['weihai.capMeaning']) return ZERO
  if (optionOf(s, pack, 'weihai.capMeaning') === 0) return ZERO
  const start = before.plus(deductible)
  const from = compare(start, cap) > 0 ? start : cap
  return positive(end.minus(from)).times(topRate)
}

/** A basic payout the sources give no figures for: an unknown between nothing and the whole base. */
function unknownBasic(s: Scenario, base: Decimal, reason: Note, sources: Reference[], warnings: Alert[]): BasicOutcome {
  return { id: 'basic', amount: toFen(base.times(unknownAt(s, 'basicRule'))), unpublished: true, notes: [reason], sources, warnings, base }
}

/** A deductible the user has not entered: an unknown between 0 and the whole base. */
function unknownDeductible(s: Scenario, base: Decimal): Decimal {
  const f = unknownAt(s, 'deductible')
  if (s.deductible !== undefined) return minCap(new Dec(s.deductible), base)
  return toFen(base.times(f))
}
