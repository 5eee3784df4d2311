// The estimators' inputs as the pages hold them: text as typed, choices as typed unions, and the
// blank form every estimate starts from (nothing pre-filled with a figure). 门诊 and 生育 own their
// forms (src/features); a share code or a saved estimate names one of the three by its mode.
import type { AssistanceGroup } from '../../engine'
import type { CountyId } from '../../policy/types'
import type { TierChoice } from '../../components/estimate-form/choices'
import { BLANK_STAY } from '../../features/stay'
import type { StayForm } from '../../features/stay'
import { BLANK_OUTPATIENT_FORM } from '../../features/outpatient'
import type { OutpatientForm } from '../../features/outpatient'
import { BLANK_MATERNITY_FORM } from '../../features/maternity'
import type { MaternityForm } from '../../features/maternity'

export { levelOf, tierOf } from '../../components/estimate-form/choices'
export type { LevelChoice, TierChoice } from '../../components/estimate-form/choices'
export type { MaternityForm, OutpatientForm }

/** A form's fields as the codec sees them: the forms are plain records of text, choices and flags. */
export type FieldValues = Record<string, string | boolean>

export type Mode = 'inpatient' | 'outpatient' | 'maternity'
export const MODES: readonly Mode[] = ['inpatient', 'outpatient', 'maternity']
export const MODE_NAMES: Record<Mode, string> = { inpatient: '住院', outpatient: '门诊', maternity: '生育' }

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

/** The estimator's form: the household, this stay (the same fields as every ledger entry) and its place in the year. */
export type InpatientForm = HouseholdForm & StayForm & {
  /** Whether this stay comes after earlier stays this year (they are the year ledger's entries). */
  earlier: EarlierChoice
  /** Set by the "不清楚就先按总费用估算" shortcut: compliant follows total until the user edits it. */
  compliantAssumed: boolean
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
    earlier: '',
    tier: '',
    ...BLANK_STAY,
    compliantAssumed: false,
    poverty: false,
    assistance: 'none',
    county: ''
  },
  outpatient: BLANK_OUTPATIENT_FORM,
  maternity: BLANK_MATERNITY_FORM
}
