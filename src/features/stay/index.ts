// One stay as the rest of the app sees it: its fields and their table (letters, checks, names,
// help), the one validator the estimator and the year ledger read a stay with, and the estimator's
// form and runner. The estimator's view is in ./view, for the 报销测算 tab only.
export type { StayField, StayFieldSpec, StayForm } from './form'
export { BASIC_SOURCES, BLANK_STAY, LEVEL_VALUES, MAX_TYPED_LENGTH, readTypedStay, STAY_FIELD_NAMES, STAY_FIELDS, stayOf } from './form'
export type { StayContext, StayKind, StayReading } from './read-stay'
export { askedStayFields, readStay } from './read-stay'
export type { EarlierChoice, HouseholdForm, InpatientForm } from './inpatient-form'
export { BLANK_HOUSEHOLD, BLANK_INPATIENT_FORM, HOUSEHOLD_FIELDS } from './inpatient-form'
export type { InpatientResult, TierView } from './run-inpatient'
export { hasPublishedScale, inpatientFields, runInpatient } from './run-inpatient'
export type { WithinYear, WithinYearOutcome } from './within-year-outcome'
export { paidText, segmentLabel, shareText, SPLIT_ONLY, splitOnly } from './share-figure'
