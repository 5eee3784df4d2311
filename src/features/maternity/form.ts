// The 生育 estimator's form: its fields as typed, the blank form it starts from, and how each field is
// saved and shared. The share code and the saved list in the main package read this table, so it
// imports types only and nothing of the view.
import type { MaternityMedicalKind } from '../../engine'
import type { FieldSpec } from '../../components/estimate-form'

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

/** Nothing is pre-filled with a figure. */
export const BLANK_MATERNITY_FORM: MaternityForm = {
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

/** One letter per field in share codes: never reuse or change a letter, or old links change meaning. */
export const MATERNITY_FIELDS: { [K in keyof MaternityForm]: FieldSpec } = {
  sub: { kind: 'enum', code: 'z', values: ['childbirth', 'allowance', 'medical'] },
  designated: { kind: 'enum', code: 'g', values: ['', 'yes', 'no'] },
  actual: { kind: 'money', code: 'r' },
  wage: { kind: 'money', code: 'w' },
  event: { kind: 'enum', code: 'e', values: ['birth', 'miscarriage'] },
  babies: { kind: 'enum', code: 'n', values: ['1', '2', '3', '4'] },
  caesarean: { kind: 'bool', code: 'c' },
  difficult: { kind: 'bool', code: 'h' },
  infantDied: { kind: 'bool', code: 'i' },
  months: { kind: 'months', code: 'm' },
  monthDays: { kind: 'enum', code: 'j', values: ['', '30'], addedLater: true },
  medicalKind: { kind: 'enum', code: 'K', values: ['delivery', 'prenatal', 'miscarriage', 'familyPlanning'], addedLater: true },
  spouse: { kind: 'bool', code: 'S', addedLater: true },
  uninsured: { kind: 'bool', code: 'U', addedLater: true }
}
