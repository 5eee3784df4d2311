import { View, Text } from '@tarojs/components'
import { DOCUMENTS } from '../../policy/documents'
import type { Reference } from '../../policy/types'
import './index.scss'

/** The same quotation cited twice (e.g. by a rule and by its note) is one source. */
export function distinctReferences(sources: Reference[]): Reference[] {
  const seen = new Set<string>()
  return sources.filter((s) => {
    const key = `${s.doc}|${s.section}|${s.quote}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Shows where a figure or rule comes from: document, section and the verbatim words, each once. */
export function SourceNote({ sources }: { sources: Reference[] }) {
  const distinct = distinctReferences(sources)
  if (!distinct.length) return null
  return (
    <View className='source-note'>
      {distinct.map((ref, i) => {
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
