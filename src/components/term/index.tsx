import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { termFor, type TermId } from '../../policy/terms'
import type { PolicyPack } from '../../policy/types'
import { SourceToggle } from '../source-toggle'
import './index.scss'

/**
 * "什么是一档、二档？": tap for a one-line plain explanation of a word on the page, in the words of
 * the sources for the pack's city and year (terms.ts), with its source on a further tap. Nothing for
 * a year without explanations of its own.
 */
export function TermHelp({ id, pack }: { id: TermId; pack: Pick<PolicyPack, 'region' | 'year'> }) {
  const [open, setOpen] = useState(false)
  const term = termFor(id, pack)
  if (!term) return null
  const { word, line } = term
  return (
    <View className='term' data-testid='term' data-term={id}>
      <Button
        className='term__button'
        aria-expanded={open ? 'true' : 'false'}
        aria-label={open ? `收起：什么是${word}` : `什么是${word}？`}
        onClick={() => setOpen(!open)}
      >
        {open ? `收起 ▲` : `什么是${word}？`}
      </Button>
      {open ? (
        <View className='term__line' data-testid='term-line'>
          <Text>
            {word}：{line.text}
          </Text>
          {line.source ? <SourceToggle sources={[line.source]} what={word} compact /> : null}
        </View>
      ) : null}
    </View>
  )
}
