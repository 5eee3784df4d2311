import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { SourceToggle } from '../../components/source-toggle'
import { LinkedText } from '../../components/linked-text'
import type { PolicyText, Reference, Unpublished } from '../../policy/types'

/** The references of some texts, in order (SourceNote shows each distinct one once). */
function referencesOf(texts: (PolicyText | Reference | undefined)[]): Reference[] {
  return texts.flatMap((t) => (t ? ['reference' in t ? t.reference : t] : []))
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <View className='remote-section' data-testid={testId}>
      <Text className='remote-section__title' role='heading' aria-level={3}>
        {title}
      </Text>
      <View className='remote-section__body'>{children}</View>
    </View>
  )
}

/** A labelled line ("谁来办：…") whose text comes from the pack, or says the documents are silent. */
export function Line({ label, value, testId }: { label?: string; value: PolicyText | Unpublished | undefined | string; testId?: string }) {
  return (
    <View className='remote-line' data-testid={testId}>
      {label ? <Text className='remote-line__label'>{label}：</Text> : null}
      {value === undefined ? (
        <Silent />
      ) : typeof value === 'string' ? (
        <Silent reason={value} />
      ) : 'unpublished' in value ? (
        <Silent reason={value.reason} />
      ) : (
        <LinkedText className='remote-line__text' text={value.text} />
      )}
    </View>
  )
}

/** Said wherever the region's documents give nothing: a word, not only a colour. */
export function Silent({ reason }: { reason?: string }) {
  return (
    <Text className='remote-silent' data-testid='remote-silent'>
      <Text className='remote-silent__tag'>文件未说明</Text>
      <Text>{reason ?? '本地政策文件未说明此项，请向参保地医保经办机构咨询'}</Text>
    </Text>
  )
}

/** Folded like everywhere else (SourceToggle): "查看来源" opens the document, section and words. */
export function Sources({ texts }: { texts: (PolicyText | Reference | undefined)[] }) {
  return <SourceToggle sources={referencesOf(texts)} what='以上内容' />
}
