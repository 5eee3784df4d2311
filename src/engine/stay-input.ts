import type { CountyId, HospitalLevel, InpatientSetting, RemoteSituation } from '../policy/types'
import { PolicyInputError } from './errors'
import { oneOf, parseLevel } from './inputs'
import type { AssistanceGroup, PatientStatus } from './layer'
import { parseAmount, parseOptionalAmount, parseRate, ZERO } from './money'

export const INPATIENT_SETTINGS: readonly InpatientSetting[] = ['local', 'referral', 'emergency', 'longTermResidence', 'unreferred']

// Posted and migrant workers file as 异地安置/长期居住 in both documents (Weihai: "常驻异地的工作人员"
// is named under 长期异地居住; Weifang lists them as the 2nd and 3rd kind of 异地安置), so their
// stays are estimated with the long-term-residence setting; a stay never filed, as one not referred.
/** The inpatient setting each 异地就医 situation is estimated with: the one map, for every page. */
export const SETTING_OF_SITUATION: Readonly<Record<RemoteSituation, InpatientSetting>> = {
  referral: 'referral',
  emergency: 'emergency',
  longTermResidence: 'longTermResidence',
  postedWorker: 'longTermResidence',
  migrantWorker: 'longTermResidence',
  unfiled: 'unreferred'
}
export const ASSISTANCE_GROUPS: readonly AssistanceGroup[] = ['none', 'key', 'lowIncome']
export const COUNTIES: readonly CountyId[] = ['anqiu', 'other']

/** The figures of one bill as the engine reads them; shared by a single stay and each stay of a year. */
export function parseStayBill(input: {
  hospitalLevel?: HospitalLevel
  setting?: InpatientSetting
  totalCost: string
  compliantCost?: string
  deductible?: string
  basicRatio?: string
  basicPaid?: string
  specialDrugCost?: string
}) {
  const hospitalLevel = parseLevel('hospitalLevel', input.hospitalLevel)
  const setting = oneOf('setting', input.setting ?? 'local', INPATIENT_SETTINGS, '就医类型无效')
  const total = parseAmount('totalCost', input.totalCost)
  // Only the total known: the compliant part is an unknown between 0 and the total.
  const compliant = parseOptionalAmount('compliantCost', input.compliantCost) ?? null
  if (compliant !== null && compliant.gt(total)) throw new PolicyInputError('compliantCost', '政策范围内费用不能大于住院总费用')
  const deductible = parseOptionalAmount('deductible', input.deductible)
  const ratio = input.basicRatio === undefined || input.basicRatio === '' ? undefined : parseRate('basicRatio', input.basicRatio)
  const basicPaid = parseOptionalAmount('basicPaid', input.basicPaid)
  if (basicPaid !== undefined && compliant === null)
    throw new PolicyInputError('compliantCost', '填写了统筹基金支付时，请同时填写政策范围内费用')
  const specialDrugCost = parseOptionalAmount('specialDrugCost', input.specialDrugCost) ?? ZERO
  return { hospitalLevel, setting, total, compliant, deductible, ratio, basicPaid, specialDrugCost }
}

/** Who the household is for the chain (poverty, assistance group) and where it is insured. */
export function parseHousehold(input: { povertyHousehold?: boolean; assistanceGroup?: AssistanceGroup; county?: CountyId }): {
  who: PatientStatus
  county: CountyId | undefined
} {
  if (input.povertyHousehold !== undefined && typeof input.povertyHousehold !== 'boolean') {
    throw new PolicyInputError('povertyHousehold', '请选择是否为建档立卡贫困人口')
  }
  const who: PatientStatus = {
    povertyHousehold: input.povertyHousehold === true,
    assistanceGroup: oneOf('assistanceGroup', input.assistanceGroup ?? 'none', ASSISTANCE_GROUPS, '医疗救助对象类别无效')
  }
  const county = input.county === undefined ? undefined : oneOf('county', input.county, COUNTIES, '参保地无效')
  return { who, county }
}
