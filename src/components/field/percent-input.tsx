import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { readPercent } from './reading'
import { Field } from './field'
import { FieldInput } from './field-input'

/** A percentage as people type it ("70", "70%", "７０％"), echoed back as read. */
export function PercentInput({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  placeholder = '按医院或结算单填写',
  echo = (p) => `= 报销${p}%`
}: {
  id: string
  label: string
  value: string
  onChange(text: string): void
  hint?: ReactNode
  error?: string | null
  placeholder?: string
  /** How the read percentage is said back. */
  echo?: (percent: string) => string
}) {
  const parsed = readPercent(value)
  const message = parsed.state === 'error' ? parsed.message : (error ?? null)
  return (
    <Field id={id} label={label} hint={hint} error={message}>
      <FieldInput
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        invalid={!!message}
        maxlength={12}
        keypad='decimal'
        placeholder={placeholder}
      />
      <Text className='money-input__unit'>%</Text>
      {parsed.state === 'ok' ? (
        <Text className='money-input__echo' data-testid={`${id}-echo`}>
          {echo(parsed.percent)}
          {parsed.percent.startsWith('0') && parsed.percent !== '0' ? '（不到1%，如果是七成请填 70）' : ''}
        </Text>
      ) : null}
    </Field>
  )
}
