import type { ReactNode } from 'react'
import { Field } from './field'
import { FieldInput } from './field-input'

/** A plain text field in the Field layout. */
export function TextField({ id, label, value, onChange, hint, error, placeholder, maxlength = 30 }: {
  id: string
  label: string
  value: string
  onChange(text: string): void
  hint?: ReactNode
  error?: string | null
  placeholder?: string
  maxlength?: number
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <FieldInput id={id} label={label} value={value} onChange={onChange} invalid={!!error} maxlength={maxlength} placeholder={placeholder} />
    </Field>
  )
}
