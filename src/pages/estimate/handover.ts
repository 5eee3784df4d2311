import type { InpatientSetting } from '../../policy/types'
import { DEFAULT_FORMS } from './forms'
import type { InpatientForm, MaternityForm, Mode } from './forms'

// ---------------------------------------------------------------------------------------------
// Parameters handed over by other tabs (takePendingParams) or a page's query string.
// ---------------------------------------------------------------------------------------------

export interface Handover {
  mode?: Mode
  maternitySub?: MaternityForm['sub']
  setting?: InpatientSetting
}

const SETTING_ALIASES: Record<string, InpatientSetting> = {
  local: 'local',
  referral: 'referral',
  emergency: 'emergency',
  longTermResidence: 'longTermResidence',
  unreferred: 'unreferred',
  // The 异地就医 page speaks of situations; these two are settled like a stay in another place.
  postedWorker: 'longTermResidence',
  unfiled: 'unreferred'
}

/** Reads { mode, setting } from another tab or a link; unknown values are ignored, never trusted. */
export function readHandover(params: Record<string, unknown> | undefined | null): Handover {
  const out: Handover = {}
  if (!params || typeof params !== 'object') return out
  const mode = params.mode
  if (mode === 'inpatient' || mode === 'outpatient') out.mode = mode
  else if (mode === 'maternity' || mode === 'allowance') {
    out.mode = 'maternity'
    out.maternitySub = 'allowance'
  } else if (mode === 'childbirth') {
    out.mode = 'maternity'
    out.maternitySub = 'childbirth'
  } else if (mode === 'maternityMedical') {
    out.mode = 'maternity'
    out.maternitySub = 'medical'
  }
  const setting = params.setting
  if (typeof setting === 'string' && Object.prototype.hasOwnProperty.call(SETTING_ALIASES, setting)) {
    out.setting = SETTING_ALIASES[setting]
    out.mode ??= 'inpatient'
  }
  return out
}

/**
 * The inpatient form for a setting handed over from another tab (e.g. "用'报销测算'算一算" on an
 * emergency card): a new case, so the amounts, hospital and person entered before are not kept
 * silently. `cleared` says whether anything had been entered, so the banner can say it was cleared.
 */
export function handedOverInpatientForm(current: InpatientForm, setting: InpatientSetting): { form: InpatientForm; cleared: boolean } {
  const fresh: InpatientForm = { ...DEFAULT_FORMS.inpatient, setting }
  const cleared = (Object.keys(fresh) as (keyof InpatientForm)[]).some((k) => k !== 'setting' && current[k] !== fresh[k])
  return { form: fresh, cleared }
}
