import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { hasTermBook, TERM_WORDS, termLineFor, type TermId } from '../../policy/term-words'
import type { PolicyPack } from '../../policy/types'
import { SourceToggle } from '../source-toggle'
import { loadedTermBooks, useTermBooks } from './term-books'
import './index.scss'

type TermPack = Pick<PolicyPack, 'region' | 'year'>

/**
 * "什么是一档、二档？": tap for a one-line plain explanation of a word on the page, in the words of
 * the sources for the pack's city and year (policy/terms.ts), with its source on a further tap.
 * Nothing for a year without explanations of its own, or a city its year's book does not explain.
 */
export function TermHelp({ id, pack }: { id: TermId; pack: TermPack }) {
  const [open, setOpen] = useState(false)
  // Bundled (H5), or loaded already: whether this city has a line is known now. Else (WeChat, before
  // a first tap) the year's book is there to load: the line comes with it.
  const books = loadedTermBooks()
  if (books ? !termLineFor(books, id, pack) : !hasTermBook(pack.year)) return null
  const word = TERM_WORDS[id]
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
      {open ? <TermLine id={id} pack={pack} word={word} /> : null}
    </View>
  )
}

const LOADING = '说明正在载入…'
const FAILED = '说明没有载入成功，请检查网络后收起再打开。'
const UNSUPPORTED = '这个微信版本载入不了说明，请把微信升级到最新版本。'
const MISSING = '这个词的说明没有找到。'

function TermLine({ id, pack, word }: { id: TermId; pack: TermPack; word: string }) {
  const state = useTermBooks()
  if (state.status !== 'ready') {
    const text = state.status === 'loading' ? LOADING : state.status === 'failed' ? FAILED : UNSUPPORTED
    return (
      <View className='term__line' data-testid='term-line' data-status={state.status}>
        <Text>{text}</Text>
      </View>
    )
  }
  const line = termLineFor(state.books, id, pack)
  return (
    <View className='term__line' data-testid='term-line'>
      <Text>{line ? `${word}：${line.text}` : MISSING}</Text>
      {line?.source ? <SourceToggle sources={[line.source]} what={word} compact /> : null}
    </View>
  )
}
