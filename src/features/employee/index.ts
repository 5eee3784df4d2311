// The 职工医保 calculator as the rest of the app sees it: where its page is. The view stays in the
// subpackage page pages/employee, which shows it through ./view.

/** The subpackage page (app.config.ts subPackages), opened from the 缴费查询 tab. */
export const EMPLOYEE_PAGE = '/pages/employee/index'
