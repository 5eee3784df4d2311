// How one field of an estimator's form is stored and shared. Each estimator owns the table for its
// form; the share code and the saved list (pages/estimate) read every table through it.

export type FieldSpec = (
  | { kind: 'money'; code: string }
  | { kind: 'percent'; code: string }
  | { kind: 'months'; code: string }
  | { kind: 'bool'; code: string }
  | { kind: 'enum'; code: string; values: readonly string[] }
) & {
  /** Absent from data saved or shared before the field existed: such data opens with the default. */
  addedLater?: true
}
