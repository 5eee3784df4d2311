// The explanations of words on the pages, in books of one year like the packs and the FAQ: a line
// cites that year's documents and may give their figures ("2020年成年居民一档每人每年450元"), so a
// pack of a year without a book of its own shows no explanation rather than another year's words.
// H5 and Jest bundle the books; the WeChat build writes them into the 关于 subpackage
// (config/faq-book-plugin.ts) and the page loads them when a word is tapped (components/term).
import { TERMS as TERMS_2020 } from './terms-2020'
import { termLineFor, type TermBook, type TermId, type TermLine } from './term-words'
import type { RegionId } from './types'
import { registerIn } from './register'

export type { TermBook, TermEntry, TermId, TermLine } from './term-words'

const BOOKS: TermBook[] = [{ year: 2020, terms: TERMS_2020 }]

/** The books bundled, one per year. */
export function listTermBooks(): readonly TermBook[] {
  return BOOKS
}

/**
 * Like registerPack: only tests add a (clearly fictional) book, beside a fictional pack. Where books
 * are bundled (H5, Jest) pages read them, not the shipped years of term-words.ts.
 */
export function registerTermBook(book: TermBook): () => void {
  return registerIn(BOOKS, book, (b) => b.year === book.year, `terms ${book.year}`)
}

/** A term as the page of this pack explains it: its word and this city's line, from the book of the pack's own year. */
export function termFor(id: TermId, pack: { region: RegionId; year: number }): { word: string; line: TermLine } | null {
  const line = termLineFor(BOOKS, id, pack)
  const entry = BOOKS.find((b) => b.year === pack.year)?.terms[id]
  return entry && line ? { word: entry.word, line } : null
}
