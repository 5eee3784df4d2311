// The words of the 门诊 tools' notes (outpatient.ts, outpatient-assistance.ts): with the tools, in the
// 门诊 subpackage, not in the main package. The ids and their parameters are in notes.ts.
import type { OutpatientNoteParams, Words } from './notes'
import { CORE_WORDS, countyAsk, ELIGIBILITY_LABELS, worder } from './notes'
import { rateToPercent } from './percent'

export const OUTPATIENT_WORDS: Words<OutpatientNoteParams> = {
  generalCapReached: () => '本年度普通门诊统筹已达最高支付限额',
  generalContracted: () => '在签约定点医疗机构就诊；住院期间不享受门诊统筹',
  fixedRateUnpublished: () => '本地政策文件未公布门诊定额结算病种的报销比例',
  ordinaryChronicUnpublished: () => '本地政策文件未公布普通门诊慢性病的报销比例和限额',
  enterDeductible: (p) => `${p.reason}：请填写起付标准`,
  userDeductible: () => '按您填写的起付标准计算',
  outpatientCountyNotCollected: (p) => countyAsk(p.county, p.askCounty),
  outpatientAssistanceOnlyFor: (p) => `这项门诊救助只适用于${ELIGIBILITY_LABELS[p.eligibility]}`,
  outpatientAssistanceRate: (p) => `${p.appliesTo}按${rateToPercent(p.rate)}救助`,
  countedUpToExceeded: (p) => `原文只写了个人自付${p.limit}元（含）以内的部分；超出的${p.above}元是否救助、按什么比例，原文没有说明`,
  countedUpTo: (p) => `原文写的是个人自付${p.limit}元（含）以内的部分`,
  countedUpToPerYearUnclear: () => '原文未写明2万元是否按年度累计，多次就诊请合计填写本年度的个人自付',
  noAnnualLimitMentioned: () => '访谈未提及年度限额'
}

export const OUTPATIENT_NOTES = worder({ ...CORE_WORDS, ...OUTPATIENT_WORDS })
