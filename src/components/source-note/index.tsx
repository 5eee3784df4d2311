import { View, Text } from '@tarojs/components'
import { DOCUMENTS } from '../../policy/documents'
import type { Reference } from '../../policy/types'
import { useQuoteWords } from './quote-words'
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

/** Sources grouped by document, then by section, each in the order first cited. */
export function groupReferences(sources: Reference[]): { doc: Reference['doc']; sections: { section: string; quotes: string[] }[] }[] {
  const groups: { doc: Reference['doc']; sections: { section: string; quotes: string[] }[] }[] = []
  for (const ref of distinctReferences(sources)) {
    let group = groups.find((g) => g.doc === ref.doc)
    if (!group) {
      group = { doc: ref.doc, sections: [] }
      groups.push(group)
    }
    let section = group.sections.find((x) => x.section === ref.section)
    if (!section) {
      section = { section: ref.section, quotes: [] }
      group.sections.push(section)
    }
    section.quotes.push(ref.quote)
  }
  return groups
}

/**
 * Shows where a figure or rule comes from: each document named once, under it each section once,
 * and under that the verbatim words, each once.
 */
export function SourceNote({ sources }: { sources: Reference[] }) {
  const groups = groupReferences(sources)
  const wordsOf = useQuoteWords()
  if (!groups.length) return null
  return (
    <View className='source-note'>
      {groups.map((group) => {
        const doc = DOCUMENTS[group.doc]
        return (
          <View key={group.doc} className='source-note__item'>
            <Text className='source-note__label'>来源：</Text>
            <Text className='source-note__doc'>
              {doc.publisher}（{doc.date}）
            </Text>
            {group.sections.map((section) => (
              <View key={section.section} className='source-note__section'>
                <View className='source-note__section-name'>{section.section}</View>
                {section.quotes.map((quote) => {
                  const words = wordsOf(quote)
                  return (
                    <View key={quote} className='source-note__quote'>
                      {words.verbatim ? `原文：“${words.text}”` : words.text}
                    </View>
                  )
                })}
              </View>
            ))}
          </View>
        )
      })}
    </View>
  )
}
