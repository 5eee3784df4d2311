// One stay as the rest of the app sees it: the form's fields and their table (letters, checks,
// names, help), and the one validator both the estimator and the year ledger read a stay with.
export type { StayField, StayFieldSpec, StayForm } from './form'
export { BASIC_SOURCES, BLANK_STAY, LEVEL_VALUES, MAX_TYPED_LENGTH, readTypedStay, STAY_FIELD_NAMES, STAY_FIELDS, stayOf } from './form'
export type { StayContext, StayKind, StayReading } from './read-stay'
export { askedStayFields, readStay } from './read-stay'
