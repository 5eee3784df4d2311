// The words of the employee contribution tools' alerts (employee.ts): with the tools, in the 职工医保缴费
// subpackage. The ids and their parameters are in alerts.ts.
import type { ContributionAlertParams } from './alerts'
import { alertWorder, CORE_ALERT_WORDS } from './alerts'
import type { Words } from './notes'

export const CONTRIBUTION_ALERT_WORDS: Words<ContributionAlertParams> = {
  otherYearStandardRate: (p) => `只收录了${p.policyYear}年政策，其他年份按标准费率测算，未含当年可能有的减免`
}

export const CONTRIBUTION_ALERTS = alertWorder({ ...CORE_ALERT_WORDS, ...CONTRIBUTION_ALERT_WORDS })
