// One stay (一次住院, or a 特殊门诊慢性病 bill of the year) as typed: the fields the estimator's form
// and every entry of the year ledger share, the blank stay, and how each field is checked, named,
// explained and shared. Both forms read this one table, so a stay is read, validated and written
// into share codes the same way wherever it is typed. Types only from the view side: the share code
// and the stores in the main package read it.
import { INPATIENT_SETTINGS } from '../../engine'
import type { FieldSpec, LevelChoice } from '../../components/estimate-form'
import type { InpatientSetting } from '../../policy/types'

export type StayForm = {
  level: LevelChoice
  setting: InpatientSetting
  total: string
  compliant: string
  /** How basic insurance is worked out: from the deductible (and ratio) or from the settlement slip. */
  basicSource: 'rule' | 'slip'
  deductible: string
  /** A percentage as the user typed it ("70"); it reaches the engine as an exact rate string. */
  ratio: string
  basicPaid: string
  specialDrug: string
}

export type StayField = keyof StayForm

/** Nothing is pre-filled with a figure. */
export const BLANK_STAY: StayForm = {
  level: '',
  setting: 'local',
  total: '',
  compliant: '',
  basicSource: 'rule',
  deductible: '',
  ratio: '',
  basicPaid: '',
  specialDrug: ''
}

/** A field of a stay: how it is stored and shared, what a message calls it, what its help says. */
export type StayFieldSpec = FieldSpec & { label: string; hint?: string }

export const LEVEL_VALUES = ['', '1', '2', '3'] as const
export const BASIC_SOURCES = ['rule', 'slip'] as const

/**
 * One letter per field in every share code that carries a stay (one estimate, each entry of a
 * year): never reuse or change a letter, or links already sent change meaning. The ledger's code
 * before version 2 used other letters for four of them (see year-share's migration).
 */
export const STAY_FIELDS: { [K in StayField]: StayFieldSpec } = {
  level: { kind: 'enum', code: 'l', values: LEVEL_VALUES, label: '医院级别' },
  setting: { kind: 'enum', code: 's', values: INPATIENT_SETTINGS, label: '就医类型' },
  total: { kind: 'money', code: 'T', label: '总费用', hint: '出院结算单或费用清单上的“总费用”“医疗费总额”。' },
  compliant: {
    kind: 'money',
    code: 'C',
    label: '政策范围内费用',
    hint: '按医保规定可以报销的那部分（结算单上常写作“政策范围内费用”或“合规费用”），不含自费药品和项目。'
  },
  basicSource: { kind: 'enum', code: 'b', values: BASIC_SOURCES, label: '基本医保报销按什么算' },
  deductible: { kind: 'money', code: 'd', label: '起付标准' },
  ratio: {
    kind: 'percent',
    code: 'q',
    label: '支付比例',
    hint: '医保统筹基金报销的百分比：医院说报几成，就填对应的百分数。本地政策文件没有公布这个比例：请到医院住院收费处或医保窗口问，或看结算单。'
  },
  basicPaid: { kind: 'money', code: 'p', label: '统筹基金支付', hint: '出院结算单上“统筹基金支付”一栏的金额（基本医保这次报销了多少）。' },
  specialDrug: { kind: 'money', code: 'x', label: '特药费用' }
}

export const STAY_FIELD_NAMES = Object.keys(STAY_FIELDS) as StayField[]

/** Stored text is kept as typed (a half-typed amount included), within this length. */
export const MAX_TYPED_LENGTH = 24

/**
 * A stay as kept on the device, where text is stored as typed: choices must be among their
 * values, text must be short text. Undefined when anything is off, so nothing half-read shows.
 */
export function readTypedStay(raw: Record<string, unknown>): StayForm | undefined {
  const out: Record<string, string> = {}
  for (const key of STAY_FIELD_NAMES) {
    const spec = STAY_FIELDS[key]
    const value = raw[key]
    if (typeof value !== 'string') return undefined
    if (spec.kind === 'enum' ? !spec.values.includes(value) : value.length > MAX_TYPED_LENGTH) return undefined
    out[key] = value
  }
  return out as StayForm
}

/** The stay's fields of a larger record (a form, a ledger entry). */
export function stayOf(record: StayForm): StayForm {
  const out: Record<string, string> = {}
  for (const key of STAY_FIELD_NAMES) out[key] = record[key]
  return out as StayForm
}
