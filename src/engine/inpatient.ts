import type { CountyId, HospitalLevel, InpatientSetting, PolicyPack, RegionId, Tier } from '../policy/types'
import type { AssistanceGroup } from './layer'
import type { InpatientEstimate, PriorThisYear } from './year'
import { evaluateEntries, parseEntry, parseHouseholdYear } from './year'

export type { InpatientEstimate }
export { ASSISTANCE_GROUPS, COUNTIES, INPATIENT_SETTINGS, SETTING_OF_SITUATION } from './stay-input'

/** The settings as residents name them; shared by every page that shows or hands over a setting. */
export const INPATIENT_SETTING_LABELS: Record<InpatientSetting, string> = {
  local: '本地住院',
  referral: '转诊转院',
  emergency: '异地急诊',
  longTermResidence: '异地长期居住',
  unreferred: '未转诊/未备案异地'
}

/** A setting's name in this region: where the common name misleads, the pack names it (Weihai: 威海市外). */
export function inpatientSettingLabel(pack: PolicyPack, setting: InpatientSetting): string {
  return pack.inpatient.settingLabels?.[setting] ?? INPATIENT_SETTING_LABELS[setting]
}

export interface InpatientInput {
  region: RegionId
  /** Policy year; the region's newest bundled year when absent. */
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  tier: Tier
  hospitalLevel?: HospitalLevel
  /** 住院总费用 T, yuan. */
  totalCost: string
  /** 其中政策范围内（合规）费用 C ≤ T; absent or '' when only the total is known (then an unknown). */
  compliantCost?: string
  /** 起付标准, when the pack does not publish it; absent when not known (an unknown). */
  deductible?: string
  /** e.g. "0.7", when the pack does not publish the ratio. */
  basicRatio?: string
  /** 统筹基金支付 from a settlement slip: replaces the basic computation. */
  basicPaid?: string
  setting?: InpatientSetting
  /** Settled by a claim at home, not networked at discharge. */
  manualClaim?: boolean
  /** 建档立卡贫困人口（享受政策）. */
  povertyHousehold?: boolean
  assistanceGroup?: AssistanceGroup
  /** 大病保险特药 cost (poverty households), outside C; added to the total. */
  specialDrugCost?: string
  /**
   * Where in the region the person is insured, for rules of one county (Weifang's 医疗救助 are
   * 安丘市's): only the matching county computes them. Absent counts as not that county.
   */
  county?: CountyId
  /** What this year already paid before this stay: the stay is then computed within the year. */
  prior?: PriorThisYear
}

/**
 * The whole inpatient chain for one stay (POLICY-READING §2–§5): basic insurance, 大病保险, special
 * drugs, then the assistance layers the household qualifies for, each figure with its range. It is
 * the medical year's special case of one stay (with what the year paid before it, if given).
 */
export function estimateInpatient(input: InpatientInput): InpatientEstimate {
  const head = parseHouseholdYear(input)
  const entry = parseEntry({ ...input, kind: 'inpatient' })
  const [stay] = evaluateEntries({ ...head, entries: [entry] }, (_i, e) => e).stays
  // One entry in, one stay out.
  if (stay === undefined) throw new Error('estimateInpatient: no estimate for the stay')
  return stay
}
