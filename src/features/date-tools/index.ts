// The less-used date tools as the rest of the app sees them: which rules they compute, the page that
// has them (a WeChat subpackage) and the link to it. The tools themselves are in ./view.
export { DATE_TOOLS_PAGE, dateToolUrl, hasDateTool, isDateToolId } from './model'
export type { DateToolId } from './model'
export { DateToolLink } from './date-tool-link'
