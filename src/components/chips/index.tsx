import { Button, View } from '@tarojs/components'
import './index.scss'

interface ChipsProps<T extends string> {
  label: string
  options: { value: T; text: string }[]
  value: T
  onChange(value: T): void
  testId?: string
}

/** A row of single-choice chips (filters, segmented switches). */
export function Chips<T extends string>({ label, options, value, onChange, testId }: ChipsProps<T>) {
  return (
    <View className='chips' role='radiogroup' aria-label={label} data-testid={testId}>
      {options.map((o) => (
        <Button
          key={o.value}
          className={`chips__item${o.value === value ? ' chips__item--active' : ''}`}
          role='radio'
          aria-checked={o.value === value ? 'true' : 'false'}
          data-value={o.value}
          onClick={() => onChange(o.value)}
        >
          {o.text}
        </Button>
      ))}
    </View>
  )
}
