// The 生育 estimator as the rest of the app sees it. Only its form model is exported here: the share
// code and the saved list in the main package need it, and it pulls in nothing of the view, so the
// view stays in the subpackage. The page pages/maternity shows the view through ./view.
export type { MaternityForm } from './form'
export { BLANK_MATERNITY_FORM, MATERNITY_FIELDS } from './form'
export { readMonths } from '../../components/field/reading'

/** The subpackage page (app.config.ts subPackages); a share link or saved estimate opens here. */
export const MATERNITY_PAGE = '/pages/maternity/index'
