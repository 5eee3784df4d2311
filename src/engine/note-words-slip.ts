// The words of 核对结算单's notes (slip.ts): with the check, in its subpackage. The ids and their
// parameters are in notes.ts.
import type { SlipNoteParams, Words } from './notes'
import { CORE_WORDS, worder } from './notes'

export const SLIP_WORDS: Words<SlipNoteParams> = {
  slipBasicUnpublished: () => '文件未公布这次住院适用的统筹支付标准（起付标准、支付比例或年度限额），统筹基金支付无法按文件核对',
  slipBasicUnchecked: (p) => `统筹基金支付无法按文件核对：${p.reason}`,
  slipNoSpecialDrugCost: () => '这条记录没有填写特药费用：请先在“本年度的住院”里修改这条记录，填写特药费用',
  slipNotApplicable: () => '按这条记录填写的身份和参保地，文件中没有这一项'
}

export const SLIP_NOTES = worder({ ...CORE_WORDS, ...SLIP_WORDS })
