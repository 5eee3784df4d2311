import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { TERMS, termLine, type TermId } from '../../policy/terms-2020'
import type { RegionId } from '../../policy/types'
import { SourceToggle } from '../source-toggle'
import './index.scss'

/**
 * "什么是一档、二档？": tap for a one-line plain explanation of a word on the page, in the words of
 * the sources for this city (terms-2020.ts), with its source on a further tap.
 */
export function TermHelp({ id, region }: { id: TermId; region: RegionId }) {
  const [open, setOpen] = useState(false)
  const entry = TERMS[id]
  const line = entry ? termLine(id, region) : null
  if (!entry || !line) return null
  return (
    <View className='term' data-testid='term' data-term={id}>
      <Button
        className='term__button'
        aria-expanded={open ? 'true' : 'false'}
        aria-label={open ? `收起：什么是${entry.word}` : `什么是${entry.word}？`}
        onClick={() => setOpen(!open)}
      >
        {open ? `收起 ▲` : `什么是${entry.word}？`}
      </Button>
      {open ? (
        <View className='term__line' data-testid='term-line'>
          <Text>
            {entry.word}：{line.text}
          </Text>
          {line.source ? <SourceToggle sources={[line.source]} what={entry.word} compact /> : null}
        </View>
      ) : null}
    </View>
  )
}
