import { Button, Picker, Text, View } from '@tarojs/components'
import { chineseDate, today } from '../../services/clock'
import { Field } from './field'
import { FieldInput } from './field-input'
import { readDate } from './reading'

const PICKER_START = '1990-01-01'
const PICKER_END = '2099-12-31'

interface DateFieldProps {
  id: string
  label: string
  text: string
  onText(text: string): void
  hint?: string
  error?: string | null
  /** Where the picker opens when the field is empty. */
  pickerDefault?: string
  clearable?: boolean
}

/** A date typed as text (easiest for many older users) or picked from Taro's date picker. */
export function DateField({ id, label, text, onText, hint, error, pickerDefault, clearable }: DateFieldProps) {
  const reading = readDate(text)
  const message = reading.state === 'error' ? reading.message : (error ?? null)
  const pickerValue = reading.state === 'ok' ? reading.iso : (pickerDefault ?? today())
  return (
    <Field id={id} label={label} hint={hint} error={message}>
      <FieldInput
        id={id}
        label={label}
        value={text}
        onChange={onText}
        invalid={!!message}
        maxlength={20}
        placeholder='例如 2020-09-30'
        className='date-field__input'
      />
      <Picker mode='date' value={pickerValue} start={PICKER_START} end={PICKER_END} onChange={(e) => onText(String(e.detail.value))}>
        <View className='date-field__pick' role='button' aria-label={`从日历选择${label}`} data-testid={`${id}-pick`}>
          选日期
        </View>
      </Picker>
      {clearable && text ? (
        <Button className='date-field__clear' aria-label={`清空${label}`} onClick={() => onText('')}>
          清空
        </Button>
      ) : null}
      {reading.state === 'ok' ? (
        <Text className='date-field__echo' data-testid={`${id}-echo`}>
          = {chineseDate(reading.iso, true)}
        </Text>
      ) : null}
    </Field>
  )
}
