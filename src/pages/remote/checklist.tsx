import { View, Text } from '@tarojs/components'
import { Button } from '../../components/button'
import type { PolicyText } from '../../policy/types'
import { Sources } from './parts'
import { tappable } from '../../components/tappable'

interface ChecklistProps {
  testId: string
  label: string
  items: PolicyText[]
  ticked: string[]
  /** The document accepts any one of the items. */
  anyOneOf?: boolean
  onToggle(item: string): void
  onClear(): void
}

/** Materials as tick boxes; the ticks are the pack's item texts, kept on the device by the page. */
export function Checklist({ testId, label, items, ticked, anyOneOf, onToggle, onClear }: ChecklistProps) {
  // Ticks for items the pack no longer lists are ignored rather than counted.
  const done = items.filter((i) => ticked.includes(i.text)).length
  const status = anyOneOf
    ? done > 0
      ? `已备好 ${done} 项，其中一项即可`
      : '以下材料备好其中一项即可'
    : `已备好 ${done} / ${items.length} 项`
  return (
    <View className='checklist' data-testid={testId}>
      <View className='checklist__items' role='group' aria-label={label}>
        {items.map((item) => {
          const checked = ticked.includes(item.text)
          return (
            <View
              key={item.text}
              className={`checklist__item${checked ? ' checklist__item--checked' : ''}`}
              role='checkbox'
              aria-checked={checked ? 'true' : 'false'}
              aria-label={item.text}
              data-testid='checklist-item'
              data-checked={checked ? 'true' : 'false'}
              {...tappable(() => onToggle(item.text))}
            >
              <View className='checklist__box' aria-hidden='true'>
                <Text className='checklist__mark'>{checked ? '✓' : ''}</Text>
              </View>
              <Text className='checklist__text'>{item.text}</Text>
              <Text className='checklist__state'>{checked ? '已备好' : '未备'}</Text>
            </View>
          )
        })}
      </View>
      <View className='checklist__footer'>
        <Text className='checklist__status' data-testid={`${testId}-status`} aria-live='polite'>
          {status}
        </Text>
        {done > 0 ? (
          <Button kind='link' onClick={onClear} aria-label={`清空${label}的勾选`}>
            清空勾选
          </Button>
        ) : null}
      </View>
      <Sources texts={items} />
    </View>
  )
}
