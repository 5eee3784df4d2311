// The 门诊 estimator as the rest of the app sees it. Only its form model is exported here: the share
// code and the saved list in the main package need it, and it pulls in nothing of the view, so the
// view stays in the subpackage. The page pages/outpatient shows the view through ./view.
export type { OutpatientForm } from './form'
export { BLANK_OUTPATIENT_FORM, OUTPATIENT_FIELDS } from './form'

/** The subpackage page (app.config.ts subPackages); a share link or saved estimate opens here. */
export const OUTPATIENT_PAGE = '/pages/outpatient/index'
