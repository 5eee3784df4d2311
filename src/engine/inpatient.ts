import type Decimal from 'decimal.js'
import type { CountyId, HospitalLevel, InpatientSetting, PolicyPack, RegionId, Tier } from '../policy/types'
import { assistanceLayer, reassistanceLayer } from './assistance'
import { basicInpatientLayer } from './basicInpatient'
import { commercialLayer } from './commercial'
import { criticalIllnessLayer, specialDrugLayer } from './criticalIllness'
import { PolicyInputError } from './errors'
import { hospitalWaiverLayer } from './hospitalWaiver'
import { oneOf, packFor, parseLevel, parseTier } from './inputs'
import type { AssistanceGroup, Household, Layer, LayerOutcome } from './layer'
import { LAYER_LABELS } from './layer'
import { fmt, fmtOrNull, parseAmount, parseOptionalAmount, parseRate, ZERO } from './money'

export const INPATIENT_SETTINGS: readonly InpatientSetting[] = ['local', 'referral', 'emergency', 'longTermResidence', 'unreferred']

/** The settings as residents name them; shared by every page that shows or hands over a setting. */
export const INPATIENT_SETTING_LABELS: Record<InpatientSetting, string> = {
  local: '本地住院',
  referral: '转诊转院',
  emergency: '异地急诊',
  longTermResidence: '异地长期居住',
  unreferred: '未转诊/未备案异地'
}
export const ASSISTANCE_GROUPS: readonly AssistanceGroup[] = ['none', 'key', 'lowIncome']
export const COUNTIES: readonly CountyId[] = ['anqiu', 'other']

/** A setting's name in this region: where the common name misleads, the pack names it (Weihai: 威海市外). */
export function inpatientSettingLabel(pack: PolicyPack, setting: InpatientSetting): string {
  return pack.inpatient.settingLabels?.[setting] ?? INPATIENT_SETTING_LABELS[setting]
}

export interface InpatientInput {
  region: RegionId
  /** Policy year; only 2020 is bundled. */
  year?: number
  tier: Tier
  hospitalLevel?: HospitalLevel
  /** 住院总费用 T, yuan. */
  totalCost: string
  /** 其中政策范围内（合规）费用 C ≤ T. */
  compliantCost: string
  /** 起付标准, when the pack does not publish it. */
  deductible?: string
  /** e.g. "0.7", when the pack does not publish the ratio. */
  basicRatio?: string
  /** 统筹基金支付 from a settlement slip: replaces the basic computation. */
  basicPaid?: string
  setting?: InpatientSetting
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
}

export interface InpatientEstimate {
  layers: Layer[]
  outOfPocket: string
  /** T + special-drug cost. */
  total: string
  warnings: string[]
  /** Sum of the computed layers. */
  paid: string
  /** What is left of each part of the bill: compliant (null when basic is not computable), non-compliant, special drugs. */
  burden: { compliant: string | null; nonCompliant: string; specialDrug: string }
  /** 'atLeast' when a computed layer is only an upper bound (its `bound`): the patient pays at least outOfPocket. */
  outOfPocketBound?: 'atLeast'
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined
}

/** What is left of the compliant burden after a layer; an unpublished layer pays nothing. */
function lessPaid(burden: Decimal | null, o: LayerOutcome | undefined): Decimal | null {
  return burden === null || !o || o.amount === null ? burden : burden.minus(o.amount)
}

export function toLayer(o: LayerOutcome): Layer {
  const status = o.amount !== null ? 'computed' : o.status ?? 'unpublished'
  const layer: Layer = { id: o.id, label: LAYER_LABELS[o.id], amount: fmtOrNull(o.amount), status, sources: o.sources }
  if (o.note !== undefined) layer.note = o.note
  if (o.amount !== null && o.bound) {
    layer.bound = o.bound
    layer.boundReason = o.boundReason
  }
  return layer
}

/** What a stay's bill leaves to the patient once its layers have paid, part by part (unformatted). */
export interface StaySums {
  outOfPocket: Decimal
  total: Decimal
  paid: Decimal
  compliantLeft: Decimal | null
  nonCompliantLeft: Decimal
  specialDrugLeft: Decimal
}

/**
 * A stay's estimate from its layers (in display order): what they paid, what is left of each part of
 * the bill, the layers' warnings after the chain's, and the answer's kind. One stay alone and each
 * stay of a medical year end the same way; only how the compliant burden ran down differs.
 */
export function stayEstimate(bill: { outcomes: LayerOutcome[]; warnings: string[]; total: Decimal; specialDrugCost: Decimal; nonCompliant: Decimal; compliantLeft: Decimal | null }): { estimate: InpatientEstimate; sums: StaySums } {
  const { outcomes, warnings, total, specialDrugCost, nonCompliant, compliantLeft } = bill
  let paid = ZERO
  for (const o of outcomes) {
    if (o.amount !== null) paid = paid.plus(o.amount)
    warnings.push(...o.warnings)
  }
  const waiver = outcomes.find((o) => o.id === 'hospitalWaiver')
  const specialDrug = outcomes.find((o) => o.id === 'specialDrug')
  const billTotal = total.plus(specialDrugCost)
  const sums: StaySums = {
    outOfPocket: billTotal.minus(paid),
    total: billTotal,
    paid,
    compliantLeft,
    nonCompliantLeft: waiver?.amount ? nonCompliant.minus(waiver.amount) : nonCompliant,
    specialDrugLeft: specialDrug?.amount ? specialDrugCost.minus(specialDrug.amount) : specialDrugCost
  }
  const layers = outcomes.map(toLayer)
  const estimate: InpatientEstimate = {
    layers,
    outOfPocket: fmt(sums.outOfPocket),
    total: fmt(billTotal),
    warnings,
    paid: fmt(paid),
    burden: { compliant: fmtOrNull(compliantLeft), nonCompliant: fmt(sums.nonCompliantLeft), specialDrug: fmt(sums.specialDrugLeft) }
  }
  if (layers.some((l) => l.bound === 'atMost')) estimate.outOfPocketBound = 'atLeast'
  return { estimate, sums }
}

/**
 * A layer that is one county's rule, for someone insured elsewhere (or who has not said where): shown
 * as not collected and left out of the total, never computed from another county's figures.
 */
export function notCollectedForCounty(o: LayerOutcome, countyName: string, countyGiven: boolean): LayerOutcome {
  const ask = countyGiven ? '' : '如您在' + countyName + '参保，请在“参保地”中选择' + countyName + '；'
  return {
    id: o.id,
    amount: null,
    note: `本地政策未收录（以下为${countyName}规定）：${ask}您所在县市区的规定未收录，此项未计入合计`,
    sources: o.sources,
    warnings: []
  }
}

/**
 * What a chain says about itself: layers that are another county's rules and were left out, and a
 * layer that could not be computed, after which the later ones pay nothing. Shared by one stay and
 * the year ledger.
 */
export function chainWarnings(
  pack: PolicyPack,
  notCollected: LayerOutcome['id'][],
  basic: LayerOutcome,
  chain: (LayerOutcome | undefined)[]
): string[] {
  const warnings: string[] = []
  const scope = pack.chain.countyScope
  if (scope && notCollected.length > 0) {
    warnings.push(`${notCollected.map((id) => LAYER_LABELS[id]).join('、')}是${scope.name}的规定，您所在县市区的规定未收录，未计入报销合计`)
  }
  if (basic.amount !== null) {
    const chained = chain.filter(isDefined)
    const gap = chained.findIndex((o) => o.amount === null)
    const next = gap < 0 ? undefined : chained.slice(gap + 1).find((o) => o.amount !== null)
    if (next) warnings.push(`${LAYER_LABELS[chained[gap].id]}未能测算，${LAYER_LABELS[next.id]}等后续各项按其支付0元计算`)
  }
  return warnings
}

/** The figures of one bill as the engine reads them; shared by a single stay and each stay of a year. */
export function parseStayBill(input: {
  hospitalLevel?: HospitalLevel
  setting?: InpatientSetting
  totalCost: string
  compliantCost: string
  deductible?: string
  basicRatio?: string
  basicPaid?: string
  specialDrugCost?: string
}) {
  const hospitalLevel = parseLevel('hospitalLevel', input.hospitalLevel)
  const setting = oneOf('setting', input.setting ?? 'local', INPATIENT_SETTINGS, '就医类型无效')
  const total = parseAmount('totalCost', input.totalCost)
  const compliant = parseAmount('compliantCost', input.compliantCost)
  if (compliant.gt(total)) throw new PolicyInputError('compliantCost', '政策范围内费用不能大于住院总费用')
  const deductible = parseOptionalAmount('deductible', input.deductible)
  const ratio = input.basicRatio === undefined || input.basicRatio === '' ? undefined : parseRate('basicRatio', input.basicRatio)
  const basicPaid = parseOptionalAmount('basicPaid', input.basicPaid)
  const specialDrugCost = parseOptionalAmount('specialDrugCost', input.specialDrugCost) ?? ZERO
  return { hospitalLevel, setting, total, compliant, deductible, ratio, basicPaid, specialDrugCost }
}

/** Who the household is for the chain (poverty, assistance group) and where it is insured. */
export function parseHousehold(input: {
  povertyHousehold?: boolean
  assistanceGroup?: AssistanceGroup
  county?: CountyId
}): { who: Household; county: CountyId | undefined } {
  if (input.povertyHousehold !== undefined && typeof input.povertyHousehold !== 'boolean') {
    throw new PolicyInputError('povertyHousehold', '请选择是否为建档立卡贫困人口')
  }
  const who: Household = {
    povertyHousehold: input.povertyHousehold === true,
    assistanceGroup: oneOf('assistanceGroup', input.assistanceGroup ?? 'none', ASSISTANCE_GROUPS, '医疗救助对象类别无效')
  }
  const county = input.county === undefined ? undefined : oneOf('county', input.county, COUNTIES, '参保地无效')
  return { who, county }
}

/**
 * The whole inpatient chain for one stay (POLICY-READING §2–§5): basic insurance, 大病保险, special
 * drugs, then the assistance layers the household qualifies for. Each layer is rounded to the fen
 * once and the next layer works on the rounded remainder, so layers + outOfPocket = total exactly.
 */
export function estimateInpatient(input: InpatientInput): InpatientEstimate {
  const pack = packFor(input.region, input.year)
  const tier = parseTier('tier', input.tier)
  const { hospitalLevel, setting, total, compliant, deductible, ratio, basicPaid, specialDrugCost } = parseStayBill(input)
  const { who, county } = parseHousehold(input)

  const warnings: string[] = []
  const referral = pack.inpatient.referralRequired?.find((r) => r.tier === tier && r.hospitalLevel === hospitalLevel)
  if (referral && setting === 'local') warnings.push(`${referral.text.text}：未经转诊的，报销可能受影响`)

  // The compliant burden runs down the chain; null once basic insurance cannot be computed. The
  // special-drug and waiver layers work on their own parts of the bill and do not touch it.
  const basic = basicInpatientLayer(pack, { tier, hospitalLevel, compliant, deductible, ratio, basicPaid, setting })
  let burden = basic.amount === null ? null : compliant.minus(basic.amount)
  const critical = criticalIllnessLayer(pack, burden, who)
  burden = lessPaid(burden, critical)
  const specialDrug = specialDrugCost.gt(0) ? specialDrugLayer(pack, specialDrugCost, who) : undefined
  const nonCompliant = total.minus(compliant)
  // Layers that are one county's rule are replaced, before they touch the burden, for anyone insured elsewhere.
  const scope = pack.chain.countyScope
  const outOfScope = scope !== undefined && county !== scope.county
  const notCollected: LayerOutcome['id'][] = []
  const inScope = (o: LayerOutcome | undefined): LayerOutcome | undefined => {
    if (!o || !outOfScope || !scope) return o
    notCollected.push(o.id)
    return notCollectedForCounty(o, scope.name, county !== undefined)
  }
  const waiver = inScope(hospitalWaiverLayer(pack, nonCompliant, who))
  const assistance = inScope(assistanceLayer(pack, burden, who))
  burden = lessPaid(burden, assistance)
  const commercial = inScope(commercialLayer(pack, burden, compliant, who))
  burden = lessPaid(burden, commercial)
  const reassistance = inScope(reassistanceLayer(pack, burden, who))
  burden = lessPaid(burden, reassistance)
  warnings.push(...chainWarnings(pack, notCollected, basic, [critical, assistance, commercial, reassistance]))

  const outcomes = [basic, critical, specialDrug, waiver, assistance, commercial, reassistance].filter(isDefined)
  return stayEstimate({ outcomes, warnings, total, specialDrugCost, nonCompliant, compliantLeft: burden }).estimate
}
