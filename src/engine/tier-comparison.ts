import type { HospitalLevel, InpatientSetting, Reference, RegionId, PolicyPack } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { basicInpatientLayer } from './basic-inpatient'
import { INPATIENT_SETTINGS } from './inpatient'
import type { UnpublishedResult } from './inputs'
import { oneOf, packOf, parseLevel } from './inputs'
import { PolicyInputError } from './errors'
import { Dec, fmt, fmtOrNull, parseAmount } from './money'
import { CORE_NOTES } from './notes'
import type { Yuan } from './units'

export interface TierComparison {
  unpublished?: false
  tier1: { basic: Yuan; annualCap: Yuan | null }
  tier2: { basic: Yuan; annualCap: Yuan | null }
  /** Tier 2 basic payout minus tier 1, for this stay. */
  difference: Yuan
  /** Yearly contribution difference per adult (二档 − 一档); null when unpublished. */
  contributionDifference: Yuan | null
  sources: Reference[]
}

/** Same stay under 一档 and 二档 (Weihai): what the extra yearly contribution buys for this bill. */
export function tierComparison(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  hospitalLevel: HospitalLevel
  compliantCost: string
  deductible: string
  setting?: InpatientSetting
}): TierComparison | UnpublishedResult {
  const pack = packOf(input)
  const hospitalLevel = parseLevel('hospitalLevel', input.hospitalLevel)
  if (hospitalLevel === undefined) throw new PolicyInputError('hospitalLevel', '请选择就诊医院的级别（一级、二级或三级）')
  const compliant = parseAmount('compliantCost', input.compliantCost)
  const deductible = parseAmount('deductible', input.deductible)
  const setting = oneOf('setting', input.setting ?? 'local', INPATIENT_SETTINGS, '就医类型无效')
  for (const tier of [1, 2] as const) {
    const scales = pack.inpatient.tiers[tier].scaleByLevel
    if (isUnpublished(scales)) return { unpublished: true, reason: scales.reason, sources: [] }
  }
  const run = (tier: 1 | 2) => basicInpatientLayer(pack, { tier, hospitalLevel, compliant, deductible, setting })
  const one = run(1)
  const two = run(2)
  if (one.unpublished || two.unpublished) {
    return { unpublished: true, reason: CORE_NOTES.wordNotes(one.notes) ?? CORE_NOTES.wordNotes(two.notes) ?? '无法测算', sources: [] }
  }
  const capOf = (tier: 1 | 2): Yuan | null => {
    const cap = pack.inpatient.tiers[tier].annualCap
    return isPublished(cap) ? fmt(new Dec(cap.value)) : null
  }
  const { adultTier1, adultTier2 } = pack.residentContribution.rates
  const contributionDifference =
    isPublished(adultTier1) && isPublished(adultTier2) ? new Dec(adultTier2.value).minus(adultTier1.value) : null
  const sources: Reference[] = []
  for (const s of [...one.sources, ...two.sources]) if (!sources.includes(s)) sources.push(s)
  if (isPublished(adultTier1) && isPublished(adultTier2)) sources.push(adultTier1.reference, adultTier2.reference)
  return {
    tier1: { basic: fmt(one.amount), annualCap: capOf(1) },
    tier2: { basic: fmt(two.amount), annualCap: capOf(2) },
    difference: fmt(two.amount.minus(one.amount)),
    contributionDifference: fmtOrNull(contributionDifference),
    sources
  }
}
