import { View, Text } from '@tarojs/components'
import { DOCUMENTS } from '../../policy/documents'
import type { Reference } from '../../policy/types'
import './index.scss'

/** Shows where a figure or rule comes from: document, section and the verbatim words. */
export function SourceNote({ sources }: { sources: Reference[] }) {
  if (!sources.length) return null
  return (
    <View className='source-note'>
      {sources.map((ref, i) => {
        const doc = DOCUMENTS[ref.doc]
        return (
          <View key={i} className='source-note__item'>
            <Text className='source-note__label'>来源：</Text>
            <Text className='source-note__doc'>{doc.publisher}（{doc.date}）· {ref.section}</Text>
            <View className='source-note__quote'>原文：“{ref.quote}”</View>
          </View>
        )
      })}
    </View>
  )
}
