import type { ReactNode } from 'react'
import { Field } from './field'
import { FieldInput } from './field-input'

/** A plain text field in the Field layout. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  placeholder,
  maxlength = 30,
  keypad
}: {
  id: string
  label: string
  value: string
  onChange(text: string): void
  hint?: ReactNode
  error?: string | null
  placeholder?: string
  maxlength?: number
  /** A number is expected (e.g. months): the number pad with a decimal point. */
  keypad?: 'decimal'
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <FieldInput
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        invalid={!!error}
        maxlength={maxlength}
        keypad={keypad}
        placeholder={placeholder}
      />
    </Field>
  )
}
