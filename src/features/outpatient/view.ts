// For pages/outpatient only (eslint enforces it): importing the view from the main package would
// pull it, and its styles, out of the subpackage.
export { OutpatientEstimator } from './outpatient'
