// The estimators' forms as a share code or a saved estimate holds them: one of three, named by its
// mode. Each estimator owns its form (住院 features/stay, 门诊 and 生育 their own features); this
// module only gathers them, with the blank form every estimate starts from.
import { BLANK_INPATIENT_FORM } from '../stay'
import type { InpatientForm } from '../stay'
import { BLANK_OUTPATIENT_FORM } from '../outpatient'
import type { OutpatientForm } from '../outpatient'
import { BLANK_MATERNITY_FORM } from '../maternity'
import type { MaternityForm } from '../maternity'

export type { InpatientForm, MaternityForm, OutpatientForm }

/** A form's fields as the codec sees them: the forms are plain records of text, choices and flags. */
export type FieldValues = Record<string, string | boolean>

export type Mode = 'inpatient' | 'outpatient' | 'maternity'
export const MODES: readonly Mode[] = ['inpatient', 'outpatient', 'maternity']
export const MODE_NAMES: Record<Mode, string> = { inpatient: '住院', outpatient: '门诊', maternity: '生育' }

export type Forms = {
  inpatient: InpatientForm
  outpatient: OutpatientForm
  maternity: MaternityForm
}

/** Nothing is pre-filled with a figure. */
export const DEFAULT_FORMS: Forms = {
  inpatient: BLANK_INPATIENT_FORM,
  outpatient: BLANK_OUTPATIENT_FORM,
  maternity: BLANK_MATERNITY_FORM
}
