import type { InpatientSetting } from '../../policy/types'
import { INPATIENT_SETTINGS, SETTING_OF_SITUATION } from '../../engine'
import { DEFAULT_FORMS } from '../../features/share'
import type { InpatientForm, MaternityForm, Mode } from '../../features/share'

// ---------------------------------------------------------------------------------------------
// Parameters handed over by other tabs (takePendingParams) or a page's query string.
// ---------------------------------------------------------------------------------------------

export interface Handover {
  mode?: Mode
  maternitySub?: MaternityForm['sub']
  setting?: InpatientSetting
}

// A setting by its own name, or the 异地就医 situation it is estimated with (the engine's one map).
const SETTING_ALIASES: Readonly<Record<string, InpatientSetting>> = {
  ...Object.fromEntries(INPATIENT_SETTINGS.map((s) => [s, s])),
  ...SETTING_OF_SITUATION
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
