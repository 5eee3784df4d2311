import { useState } from 'react'
import { Button, View } from '@tarojs/components'
import { SourceNote } from '../source-note'
import './index.scss'
import type { Reference } from '../../policy/types'

/**
 * "查看来源" under a figure or rule: the document, section and verbatim words appear on tap.
 * `compact` puts a short "来源" button at the end of a wrapping row, with the note on its own line.
 */
export function SourceToggle({ sources, what, compact }: { sources: Reference[]; what: string; compact?: boolean }) {
  const [open, setOpen] = useState(false)
  if (!sources.length) return null
  const button = (
    <Button
      className={`source-toggle__button${compact ? ' source-toggle__button--compact' : ''}`}
      aria-expanded={open ? 'true' : 'false'}
      aria-label={`${open ? '收起' : '查看'}来源：${what}`}
      data-testid='source-toggle'
      onClick={() => setOpen(!open)}
    >
      {compact ? (open ? '来源 ▲' : '来源 ▼') : open ? '收起来源 ▲' : '查看来源 ▼'}
    </Button>
  )
  const note = open ? <SourceNote sources={sources} /> : null
  if (compact) {
    return (
      <>
        {button}
        {note ? <View className='source-toggle__note'>{note}</View> : null}
      </>
    )
  }
  return (
    <View className='source-toggle'>
      {button}
      {note}
    </View>
  )
}
