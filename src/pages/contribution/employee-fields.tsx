import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import { Field, FieldInput } from '../../components/field'
import type { Attempt } from '../../engine'
import type { Read } from './format'


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
        maxlength={8}
        placeholder={props.placeholder}
        className='contribution__number-input'
      />
      <Text className='money-input__unit'>{props.unit}</Text>
    </Field>
  )
}

/** The message for a field: its own parse error first, then the engine's message for it. */
export function errorFor<T>(read: Read<T>, field: string, result: Attempt<unknown> | null): string | null {
  if (read.state === 'error') return read.message
  if (result && !result.ok && result.field === field) return result.message
  return null
}
