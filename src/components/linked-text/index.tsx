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
            {...tappable((e) => {
              e?.stopPropagation?.()
              void callPhone(part.phone as string)
            })}
          >
            {part.text}
          </Text>
        ) : (
          <Text key={i}>
            <KeepDates text={part.text} />
          </Text>
        )
      )}
    </Text>
  )
}

const DATE = /\d{4}-\d{2}-\d{2}/g

/** Text whose dates (2020-10-12) never break across lines at their hyphens; the text itself unchanged. */
export function KeepDates({ text }: { text: string }) {
  const parts: { text: string; date: boolean }[] = []
  let at = 0
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0
    if (start > at) parts.push({ text: text.slice(at, start), date: false })
    parts.push({ text: m[0], date: true })
    at = start + m[0].length
  }
  if (at < text.length || !parts.length) parts.push({ text: text.slice(at), date: false })
  return (
    <>
      {parts.map((p, i) =>
        p.date ? (
          <Text key={i} className='linked-text__date'>
            {p.text}
          </Text>
        ) : (
          p.text
        )
      )}
    </>
  )
}
