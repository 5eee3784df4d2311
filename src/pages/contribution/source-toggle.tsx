import { useState } from 'react'
import { Button, View } from '@tarojs/components'
import { SourceNote } from '../../components/source-note'
import type { Reference } from '../../policy/types'

/** "查看来源" under a figure or rule: the document, section and verbatim words appear on tap. */
export function SourceToggle({ sources, what }: { sources: Reference[]; what: string }) {
  const [open, setOpen] = useState(false)
  if (!sources.length) return null
  return (
    <View className='source-toggle'>
      <Button
        className='source-toggle__button'
        aria-expanded={open}
        aria-label={`${open ? '收起' : '查看'}来源：${what}`}
        data-testid='source-toggle'
        onClick={() => setOpen(!open)}
      >
        {open ? '收起来源 ▲' : '查看来源 ▼'}
      </Button>
      {open ? <SourceNote sources={dedupe(sources)} /> : null}
    </View>
  )
}

function dedupe(sources: Reference[]): Reference[] {
  const seen = new Set<string>()
  return sources.filter((s) => {
    const key = `${s.doc}|${s.section}|${s.quote}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
