import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import { Field } from './field'
import { FieldInput } from './field-input'

/** A whole-number or decimal field in the Field layout, with an aria-label and Chinese errors. */
export function NumberField(props: {
  id: string
  label: string
  value: string
  onChange(text: string): void
  error: string | null
  unit: string
  placeholder: string
  hint?: ReactNode
  decimal?: boolean
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={props.hint}>
      <FieldInput
        id={props.id}
        label={props.label}
        value={props.value}
        onChange={props.onChange}
        invalid={!!props.error}
        type={props.decimal ? 'digit' : 'number'}
        keypad={props.decimal ? 'decimal' : undefined}
        maxlength={8}
        placeholder={props.placeholder}
        className='number-field__input'
      />
      <Text className='money-input__unit'>{props.unit}</Text>
    </Field>
  )
}
