// The explanations of words on the pages, in books of one year like the packs and the FAQ: a line
// cites that year's documents and may give their figures ("2020年成年居民一档每人每年450元"), so a
// pack of a year without a book of its own shows no explanation rather than another year's words.
import { TERMS as TERMS_2020, termLineIn, type TermEntry, type TermId, type TermLine } from './terms-2020'
import type { RegionId } from './types'

export type { TermEntry, TermId, TermLine } from './terms-2020'

export interface TermBook {
  year: number
  terms: Record<TermId, TermEntry>
}

const BOOKS: TermBook[] = [{ year: 2020, terms: TERMS_2020 }]

/** Like registerPack: only tests add a (clearly fictional) book, beside a fictional pack. */
export function registerTermBook(book: TermBook): () => void {
  if (BOOKS.some((b) => b.year === book.year)) throw new Error(`terms ${book.year} are already registered`)
  BOOKS.push(book)
  return () => {
    const i = BOOKS.indexOf(book)
    if (i >= 0) BOOKS.splice(i, 1)
  }
}

/** A term as the page of this pack explains it: its word and this city's line, from the book of the pack's own year. */
export function termFor(id: TermId, pack: { region: RegionId; year: number }): { word: string; line: TermLine } | null {
  const book = BOOKS.find((b) => b.year === pack.year)
  const entry = book?.terms[id]
  const line = book ? termLineIn(book.terms, id, pack.region) : null
  return entry && line ? { word: entry.word, line } : null
}
