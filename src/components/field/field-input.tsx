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
  /** Amounts and percentages: a number pad with a decimal point (WeChat type='digit'; on H5 a text box with inputmode="decimal", so "3万" pasted still reads). */
  keypad?: 'decimal'
  className?: string
}

/** WeChat's number pad with a decimal point; H5 keeps a text box (Taro would make type="number", which empties "3万") and asks the phone for the decimal pad. */
export function keypadProps(keypad: 'decimal' | undefined, type: InputProps['type']): Pick<InputProps, 'type' | 'nativeProps'> {
  if (!keypad) return { type }
  if (process.env.TARO_ENV === 'h5') return { type: 'text', nativeProps: { inputMode: 'decimal' } }
  return { type: 'digit' }
}

/** The text box inside a Field, tied to its visible label and carrying its accessible name and state. */
export function FieldInput({
  id,
  label,
  value,
  onChange,
  invalid,
  placeholder,
  maxlength = 30,
  type = 'text',
  keypad,
  className
}: FieldInputProps) {
  return (
    <Input
      className={className ? `field__input ${className}` : 'field__input'}
      id={id}
      {...keypadProps(keypad, type)}
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
