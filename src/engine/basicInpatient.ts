import type Decimal from 'decimal.js'
import type { HospitalLevel, InpatientSetting, PolicyPack, Reference, Tier } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { PolicyInputError } from './errors'
import type { LayerOutcome } from './layer'
import { Dec, fmt, toFen } from './money'
import { capValue, marginalPayout, minCap, num, percent, positive } from './scale'

export interface BasicInpatientInput {
  tier: Tier
  hospitalLevel?: HospitalLevel
  compliant: Decimal
  deductible?: Decimal
  ratio?: Decimal
  basicPaid?: Decimal
  setting: InpatientSetting
}

const ONE = new Dec(1)

/**
 * 第一层 基本医保住院 (POLICY-READING §2). Uses the published scale when there is one, otherwise the
 * user's deductible and ratio; a settlement-slip figure (basicPaid) replaces the computation.
 */
export function basicInpatientLayer(pack: PolicyPack, i: BasicInpatientInput): LayerOutcome {
  const tierRule = pack.inpatient.tiers[i.tier]
  const cap = capValue(tierRule.annualCap)
  const capRef = isPublished(tierRule.annualCap) ? [tierRule.annualCap.reference] : []
  const warnings: string[] = []

  if (i.basicPaid !== undefined) {
    if (i.basicPaid.gt(i.compliant)) {
      throw new PolicyInputError('basicPaid', '统筹基金支付不能大于政策范围内费用')
    }
    if (cap !== null && i.basicPaid.gt(cap)) {
      warnings.push(`结算单上的统筹基金支付高于${i.tier === 1 ? '一' : '二'}档年度最高支付限额 ${fmt(cap)} 元，请核对`)
    }
    return { id: 'basic', amount: i.basicPaid, note: '按结算单上的“统筹基金支付”填写', sources: capRef, warnings }
  }

  const setting = pack.inpatient.settings[i.setting]
  const sources: Reference[] = []
  const notes: string[] = []
  let base = i.compliant
  switch (setting.kind) {
    case 'notInSources':
      return {
        id: 'basic',
        amount: null,
        note: setting.reason,
        sources: [],
        warnings: [`基本医保：${setting.reason}，无法测算；如有结算单，请填写“统筹基金支付”`]
      }
    case 'selfShareFirst': {
      // The patient first bears the share; the rest goes through deductible and ratio (seed 000 Q&A).
      const share = num(setting.share)
      base = i.compliant.times(ONE.minus(share))
      notes.push(`先由个人负担${percent(setting.share)}，其余按起付标准和支付比例计算`)
      sources.push(setting.share.reference)
      break
    }
    case 'unpublishedAdjustment':
      warnings.push(`基本医保：${setting.reason}`)
      if (setting.reference) sources.push(setting.reference)
      break
    case 'standard':
      if (setting.reference) sources.push(setting.reference)
      break
  }

  const publishedDeductible = isPublished(pack.inpatient.deductible) ? num(pack.inpatient.deductible) : undefined
  const deductible = i.deductible ?? publishedDeductible
  const scales = tierRule.scaleByLevel
  let raw: Decimal
  if (!isUnpublished(scales)) {
    if (i.hospitalLevel === undefined) throw new PolicyInputError('hospitalLevel', '请选择就诊医院的级别（一级、二级或三级）')
    if (deductible === undefined) {
      throw new PolicyInputError('deductible', '请填写您就诊医院的起付标准（本地政策文件未公布住院起付标准）')
    }
    if (i.ratio !== undefined) warnings.push('基本医保：已按文件公布的支付比例计算，未使用填写的比例')
    const scale = scales[i.hospitalLevel]
    raw = marginalPayout(scale.brackets, base, deductible)
    sources.unshift(scale.reference)
  } else {
    const publishedRatio = isPublished(pack.inpatient.ratio) ? num(pack.inpatient.ratio) : undefined
    const ratio = i.ratio ?? publishedRatio
    if (deductible === undefined || ratio === undefined) {
      const reason = '本地政策文件未公布住院起付标准和支付比例：请填写医院告知的起付标准和支付比例，或结算单上的“统筹基金支付”'
      return { id: 'basic', amount: null, note: reason, sources, warnings: [...warnings, `基本医保：${reason}`] }
    }
    raw = positive(base.minus(deductible)).times(ratio)
    notes.push('按您填写的起付标准和支付比例计算')
  }
  const outcome: LayerOutcome = {
    id: 'basic',
    amount: toFen(minCap(raw, cap)),
    note: undefined,
    sources: [...sources, ...capRef],
    warnings
  }
  if (cap === null) {
    notes.push('年度最高支付限额未公布，未设上限')
    outcome.bound = 'atMost'
    outcome.boundReason = '基本医保年度最高支付限额未公布，按不封顶测算；如已达到限额，实际报销会更低。按结算单上的“统筹基金支付”填写可得准确数'
  }
  outcome.note = notes.length > 0 ? notes.join('；') : undefined
  return outcome
}
