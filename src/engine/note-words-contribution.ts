// The words of the employee contribution tools' notes (employee.ts): with the tools, in the 职工医保缴费
// subpackage. The ids and their parameters are in notes.ts.
import type { ContributionNoteParams, Words } from './notes'
import { CORE_WORDS, worder } from './notes'
import { rateToPercent } from './percent'

export const CONTRIBUTION_WORDS: Words<ContributionNoteParams> = {
  minimumYearsMet: () => '已达到最低缴费年限，无需补缴',
  shortfallNeedsWage: () => '同时需填写上年度全省在岗职工平均工资',
  shortfallByUserRate: (p) =>
    `按上年度全省在岗职工平均工资 × 您填写的比例 ${rateToPercent(p.rate)} × 所差${p.years}年测算（文件未写明计算式）`
}

export const CONTRIBUTION_NOTES = worder({ ...CORE_WORDS, ...CONTRIBUTION_WORDS })
