// The estimator's inputs as the page holds them: text as typed, choices as typed unions, and the
// blank form every estimate starts from (nothing pre-filled with a figure).
import type { AssistanceGroup, MaternityMedicalKind } from '../../engine'
import type { CountyId, HospitalLevel, InpatientSetting, Tier } from '../../policy/types'

/** 一档/二档 as the chips hold it (and as saved and shared): '' until the user chooses. */
export type TierChoice = '' | `${Tier}`
/** 一级/二级/三级医院 as the chips hold it: '' until chosen. */
export type LevelChoice = '' | `${HospitalLevel}`

const TIERS: Record<Exclude<TierChoice, ''>, Tier> = { 1: 1, 2: 2 }
const LEVELS: Record<Exclude<LevelChoice, ''>, HospitalLevel> = { 1: 1, 2: 2, 3: 3 }

/** The engine's tier for a choice; undefined while none is made. */
export function tierOf(choice: TierChoice): Tier | undefined {
  return choice === '' ? undefined : TIERS[choice]
}

/** The engine's hospital level for a choice; undefined while none is made. */
export function levelOf(choice: LevelChoice): HospitalLevel | undefined {
  return choice === '' ? undefined : LEVELS[choice]
}

/** A form's fields as the codec sees them: the forms are plain records of text, choices and flags. */
export type FieldValues = Record<string, string | boolean>

export type Mode = 'inpatient' | 'outpatient' | 'maternity'
export const MODES: readonly Mode[] = ['inpatient', 'outpatient', 'maternity']
export const MODE_NAMES: Record<Mode, string> = { inpatient: '住院', outpatient: '门诊', maternity: '生育' }

export type InpatientForm = {
  tier: TierChoice
  level: LevelChoice
  total: string
  compliant: string
  /** Set by the "不清楚就先按总费用估算" shortcut: compliant follows total until the user edits it. */
  compliantAssumed: boolean
  /** How basic insurance is worked out: from the deductible (and ratio) or from the settlement slip. */
  basicSource: 'rule' | 'slip'
  deductible: string
  /** A percentage as the user typed it ("70"). */
  ratio: string
  basicPaid: string
  setting: InpatientSetting
  poverty: boolean
  assistance: AssistanceGroup
  specialDrug: string
  /** Where a Weifang person is insured: 安丘's assistance rules apply only there ('' = not said). */
  county: '' | CountyId
}

export type OutpatientForm = {
  scheme: 'resident' | 'employee'
  kind: 'ordinary' | 'fixedRate'
  tier: TierChoice
  cost: string
  used: string
  deductible: string
}

export type MaternityForm = {
  sub: 'childbirth' | 'allowance' | 'medical'
  designated: '' | 'yes' | 'no'
  actual: string
  wage: string
  event: 'birth' | 'miscarriage'
  babies: '1' | '2' | '3' | '4'
  caesarean: boolean
  difficult: boolean
  infantDied: boolean
  months: string
  /** The user's own day basis where the region publishes none ('' = show the days only). */
  monthDays: '' | '30'
  /** 生育医疗费 (employee maternity insurance). */
  medicalKind: MaternityMedicalKind
  /** The unemployed wife of an insured man (生育补助金). */
  spouse: boolean
  /** Not in maternity insurance: the employer pays the pre-leave wage (Weihai). */
  uninsured: boolean
}

export type Forms = {
  inpatient: InpatientForm
  outpatient: OutpatientForm
  maternity: MaternityForm
}

export type FormOf<M extends Mode> = Forms[M]

/** Nothing is pre-filled with a figure: empty amounts, no tier or hospital level chosen. */
export const DEFAULT_FORMS: Forms = {
  inpatient: {
    tier: '',
    level: '',
    total: '',
    compliant: '',
    compliantAssumed: false,
    basicSource: 'rule',
    deductible: '',
    ratio: '',
    basicPaid: '',
    setting: 'local',
    poverty: false,
    assistance: 'none',
    specialDrug: '',
    county: ''
  },
  outpatient: { scheme: 'resident', kind: 'ordinary', tier: '', cost: '', used: '', deductible: '' },
  maternity: {
    sub: 'allowance',
    designated: '',
    actual: '',
    wage: '',
    event: 'birth',
    babies: '1',
    caesarean: false,
    difficult: false,
    infantDied: false,
    months: '',
    monthDays: '',
    medicalKind: 'delivery',
    spouse: false,
    uninsured: false
  }
}
