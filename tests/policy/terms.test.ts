// The term explanations (src/policy/terms-2020.ts): one line per city, figures only from the cited
// document of that city, never a line of one city shown for the other.
import { DOCUMENTS } from '../../src/policy/documents'
import type { DocumentId } from '../../src/policy/types'
import { TERMS, termLine, type TermId } from '../../src/policy/terms-2020'
import { TERM_BOOK_YEARS, TERM_WORDS } from '../../src/policy/term-words'
import { listTermBooks } from '../../src/policy/terms'
import { quoteFound } from '../../scripts/quotes'
import { seedText, withSeeds } from '../seeds'

const SEED_FILES: Record<DocumentId, string> = {
  'wendeng-2019-12': '000_b8a4b2ea55d21974.txt',
  'anqiu-2020-06': '004_9d86da29194db8ae.txt'
}
const ids = Object.keys(TERMS) as TermId[]

test('the terms a resident meets are explained, one short line for each city', () => {
  const words = ids.map((id) => TERMS[id].word)
  for (const w of [
    '统筹基金支付',
    '大病保险特药',
    '重点救助对象',
    '再救助',
    '倾斜支付',
    '联网结算',
    '免责期、欠费期',
    '月缴费基数',
    '一档、二档'
  ]) {
    expect(words).toContain(w)
  }
  for (const id of ids) {
    for (const region of ['weihai', 'weifang'] as const) {
      const line = termLine(id, region)
      expect({ id, region, has: !!line }).toEqual({ id, region, has: true })
      expect(line!.text.length).toBeLessThanOrEqual(90)
      // a city's line cites that city's document, never the other's
      if (line!.source) expect({ id, region, doc: DOCUMENTS[line!.source.doc].region }).toEqual({ id, region, doc: region })
    }
  }
})

test('a line that states a figure has a source', () => {
  for (const id of ids)
    for (const l of TERMS[id].lines)
      if (/\d/.test(l.text)) expect({ id, text: l.text, source: !!l.source }).toEqual({ id, text: l.text, source: true })
})

withSeeds('every figure in a term line occurs in its cited document, and its quote verbatim', () => {
  const problems: string[] = []
  for (const id of ids) {
    for (const l of TERMS[id].lines) {
      if (!l.source) continue
      const text = seedText(SEED_FILES[l.source.doc])
      if (!quoteFound(text, l.source.quote)) problems.push(`${id}: quote ${l.source.quote}`)
      for (const m of l.text.match(/\d+(?:\.\d+)?/g) ?? []) {
        if (/^(19|20)\d\d$/.test(m)) continue // years
        if (!text.includes(m)) problems.push(`${id}: ${m}`)
      }
    }
  }
  expect(problems).toEqual([])
})

test('the main package’s list of words and years agrees with the books (WeChat loads the books later)', () => {
  expect(TERM_BOOK_YEARS).toEqual(listTermBooks().map((b) => b.year))
  for (const book of listTermBooks()) {
    for (const id of Object.keys(TERM_WORDS) as TermId[]) expect({ id, word: book.terms[id]?.word }).toEqual({ id, word: TERM_WORDS[id] })
  }
})
