import { Text, View } from '@tarojs/components'
import type { TwoReadings } from '../../engine'
import './index.scss'

/**
 * Both figures of a rule the text reads two ways (POLICY-READING §10), with the reason: the page
 * never shows one of them silently. `format` turns a value into what the reader sees.
 */
export function TwoReadingsView({ range, format, testId = 'two-readings' }: { range: TwoReadings; format(value: string): string; testId?: string }) {
  return (
    <View className='two-readings' data-testid={testId} role='group' aria-label='两种读法'>
      <Text className='two-readings__title'>原文有两种读法，两个数都列出：</Text>
      {range.readings.map((r, i) => (
        <View key={i} className='two-readings__row' data-testid={`${testId}-reading`}>
          <Text className='two-readings__label'>{r.label}</Text>
          <Text className='two-readings__value'>{format(r.value)}</Text>
        </View>
      ))}
      <Text className='two-readings__reason'>为什么：{range.reason}。以经办机构核定为准。</Text>
    </View>
  )
}
