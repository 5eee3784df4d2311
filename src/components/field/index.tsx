// The form kit: a labelled row and the inputs that go in it. MoneyInput lives beside it in
// components/money-input; every field shows a clear Chinese message instead of a wrong number.
import './index.scss'

export { Field } from './field'
export { FieldInput } from './field-input'
export { PercentInput } from './percent-input'
export { NumberField } from './number-field'
export { TextField } from './text-field'
export { DateField } from './date-field'
export { readDate } from './reading'
export type { DateReading } from './reading'
