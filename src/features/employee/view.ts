// For pages/employee only (eslint enforces it): importing the view from the main package would pull
// it, and its engine rules, out of the subpackage.
export { EmployeeView } from './employee-view'
