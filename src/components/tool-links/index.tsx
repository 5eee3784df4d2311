import { Text, View } from '@tarojs/components'
import { tappable } from '../tappable'
import './index.scss'

export interface ToolLink {
  name: string
  /** What it answers, in the words a resident uses. */
  what: string
  testId: string
  onOpen(): void
}

/** Tools of a tab that have pages of their own (subpackages): one row each, opened on a tap. */
export function ToolLinks({ title, links, testId }: { title?: string; links: ToolLink[]; testId: string }) {
  return (
    <View className='tool-links' data-testid={testId}>
      {title ? <Text className='tool-links__title'>{title}</Text> : null}
      {links.map((t) => (
        <View
          key={t.testId}
          className='tool-links__link'
          role='link'
          aria-label={`${t.name}：${t.what}`}
          data-testid={t.testId}
          {...tappable(t.onOpen)}
        >
          <View className='tool-links__text'>
            <Text className='tool-links__name'>{t.name}</Text>
            <Text className='tool-links__what'>{t.what}</Text>
          </View>
          <Text className='tool-links__go' aria-hidden='true'>
            ›
          </Text>
        </View>
      ))}
    </View>
  )
}
