// The 门诊 estimator's form: its fields as typed, the blank form it starts from, and how each field is
// saved and shared. The share code and the saved list in the main package read this table, so it
// imports types only and nothing of the view.
import type { FieldSpec, TierChoice } from '../../components/estimate-form'

export type OutpatientForm = {
  scheme: 'resident' | 'employee'
  kind: 'ordinary' | 'fixedRate'
  tier: TierChoice
  cost: string
  used: string
  deductible: string
}

/** Nothing is pre-filled with a figure. */
export const BLANK_OUTPATIENT_FORM: OutpatientForm = { scheme: 'resident', kind: 'ordinary', tier: '', cost: '', used: '', deductible: '' }

/** One letter per field in share codes: never reuse or change a letter, or old links change meaning. */
export const OUTPATIENT_FIELDS: { [K in keyof OutpatientForm]: FieldSpec } = {
  scheme: { kind: 'enum', code: 'c', values: ['resident', 'employee'] },
  kind: { kind: 'enum', code: 'k', values: ['ordinary', 'fixedRate'] },
  tier: { kind: 'enum', code: 't', values: ['', '1', '2'] },
  cost: { kind: 'money', code: 'o' },
  used: { kind: 'money', code: 'u' },
  deductible: { kind: 'money', code: 'd' }
}
