// The estimator's form for one stay: the household, the stay itself (the same fields as every entry
// of the year ledger) and its place in the year; and the household's share letters, which the
// estimator's code and the year's code both write.
import { ASSISTANCE_GROUPS, COUNTIES } from '../../engine'
import type { AssistanceGroup } from '../../engine'
import type { CountyId } from '../../policy/types'
import type { FieldSpec, TierChoice } from '../../components/estimate-form'
import { BLANK_STAY } from './form'
import type { StayForm } from './form'

/** "今年之前住过院吗？": '' not answered yet, 'no' the first stay of the year, 'yes' after earlier stays. */
export type EarlierChoice = '' | 'no' | 'yes'

/** Who is insured and how: chosen once above the form; the year ledger computes under them too. */
export type HouseholdForm = {
  tier: TierChoice
  poverty: boolean
  assistance: AssistanceGroup
  /** Where a Weifang person is insured: 安丘's assistance rules apply only there ('' = not said). */
  county: '' | CountyId
}

/** The estimator's form: the household, this stay and its place in the year. */
export type InpatientForm = HouseholdForm &
  StayForm & {
    /** Whether this stay comes after earlier stays this year (they are the year ledger's entries). */
    earlier: EarlierChoice
    /** Set by the "不清楚就先按总费用估算" shortcut: compliant follows total until the user edits it. */
    compliantAssumed: boolean
  }

export const BLANK_HOUSEHOLD: HouseholdForm = { tier: '', poverty: false, assistance: 'none', county: '' }

/** Nothing is pre-filled with a figure: empty amounts, no tier or hospital level chosen. */
export const BLANK_INPATIENT_FORM: InpatientForm = {
  earlier: '',
  tier: '',
  ...BLANK_STAY,
  compliantAssumed: false,
  poverty: false,
  assistance: 'none',
  county: ''
}

/** The household's letters: the estimator's code and the year's code share them. */
export const HOUSEHOLD_FIELDS: { [K in keyof HouseholdForm]: FieldSpec } = {
  tier: { kind: 'enum', code: 't', values: ['', '1', '2'] },
  poverty: { kind: 'bool', code: 'v' },
  assistance: { kind: 'enum', code: 'a', values: ASSISTANCE_GROUPS },
  county: { kind: 'enum', code: 'y', values: ['', ...COUNTIES], addedLater: true }
}
