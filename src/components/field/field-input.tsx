import { Input } from '@tarojs/components'
import type { InputProps } from '@tarojs/components'

interface FieldInputProps {
  /** The same id the surrounding Field was given: the visible label is `${id}-label`. */
  id: string
  label: string
  value: string
  onChange(text: string): void
  invalid: boolean
  placeholder?: string
  maxlength?: number
  type?: InputProps['type']
  className?: string
}

/** The text box inside a Field, tied to its visible label and carrying its accessible name and state. */
export function FieldInput({ id, label, value, onChange, invalid, placeholder, maxlength = 30, type = 'text', className }: FieldInputProps) {
  return (
    <Input
      className={className ? `field__input ${className}` : 'field__input'}
      id={id}
      type={type}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      aria-labelledby={`${id}-label`}
      aria-label={label}
      aria-invalid={invalid ? 'true' : 'false'}
      onInput={(e) => onChange(e.detail.value)}
    />
  )
}
