// For pages/estimate only (eslint enforces it): the estimator's view and its styles stay in the
// tab's own chunk and sheet; the year ledger and the share code use the model (./index) alone.
export { InpatientEstimator } from './inpatient'
