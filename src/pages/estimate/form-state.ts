// The estimator's forms, their codec, hand-over parameters and one runner per estimate kind live in
// their own modules; this module gathers them for the page and older imports.
export * from './forms'
export * from './form-codec'
export * from './handover'
export * from '../../components/estimate-form/outcome'
export * from './run-inpatient'
