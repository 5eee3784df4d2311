import { Text } from '@tarojs/components'
import { callPhone } from '../../services/device'
import { splitPhones } from './phones'
import './index.scss'
import { tappable } from '../tappable'

/** Text in which every phone number can be tapped to call it. */
export function LinkedText({ text, className }: { text: string; className?: string }) {
  return (
    <Text className={className}>
      {splitPhones(text).map((part, i) =>
        part.phone ? (
          <Text
            key={i}
            className='linked-text__phone'
            role='link'
            aria-label={`拨打电话 ${part.phone}`}
            data-phone={part.phone}
            {...tappable((e) => { e?.stopPropagation?.(); void callPhone(part.phone as string) })}
          >
            {part.text}
          </Text>
        ) : (
          <Text key={i}>{part.text}</Text>
        )
      )}
    </Text>
  )
}
