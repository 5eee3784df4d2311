// The words of the 生育 tools' alerts (maternity.ts, maternity-uninsured.ts): with the tools, in the
// 生育 subpackage. The ids and their parameters are in alerts.ts.
import type { BirthExtra, MaternityAlertParams } from './alerts'
import { alertWorder, CORE_ALERT_WORDS } from './alerts'
import type { Words } from './notes'

const BIRTH_EXTRA_LABELS: Record<BirthExtra, string> = { caesarean: '剖宫产', difficult: '难产' }

export const MATERNITY_ALERT_WORDS: Words<MaternityAlertParams> = {
  infantDiedUnpublished: (p) => `${p.reason}，按正常生育测算`,
  extraDaysUnpublished: (p) => `${p.reason}：未增加${BIRTH_EXTRA_LABELS[p.extra]}天数`,
  monthDaysIgnored: (p) => `文件已规定按${p.days}天折算日工资，未使用您选择的天数`
}

export const MATERNITY_ALERTS = alertWorder({ ...CORE_ALERT_WORDS, ...MATERNITY_ALERT_WORDS })
