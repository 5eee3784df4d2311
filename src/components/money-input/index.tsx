import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Field, FieldInput } from '../field'
import { readMoney } from '../field/reading'
import './index.scss'

interface MoneyInputProps {
  id: string
  label: string
  value: string
  onChange(text: string): void
  hint?: ReactNode
  placeholder?: string
  /** An error from the engine about this field (e.g. 合规费用大于总费用), shown when parsing passed. */
  error?: string | null
}

/**
 * A money field that accepts what people type ("3万", "12,000", "¥12000", "１２０００") and echoes
 * the amount it understood, or says in Chinese what is wrong with it.
 */
export function MoneyInput({ id, label, value, onChange, hint, placeholder, error }: MoneyInputProps) {
  const parsed = readMoney(value)
  const message = parsed.state === 'error' ? parsed.message : (error ?? null)
  return (
    <Field id={id} label={label} hint={hint} error={message}>
      <FieldInput
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        invalid={!!message}
        maxlength={24}
        keypad='decimal'
        placeholder={placeholder ?? '例如 30000 或 3万'}
        className='money-input'
      />
      <Text className='money-input__unit'>元</Text>
      {parsed.state === 'ok' ? (
        <Text className='money-input__echo' data-testid={`${id}-echo`}>
          {parsed.echo}
        </Text>
      ) : null}
    </Field>
  )
}

export { readMoney }
