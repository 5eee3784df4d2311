// The words a page can explain ("什么是一档、二档？"), and which policy years have a book of
// explanations: what a page needs before any explanation is read. The explanations themselves are
// in books of one year (terms-2020.ts, registered in terms.ts), which the WeChat build keeps in the
// 关于 subpackage until a resident taps a word (components/term).
import type { Reference, RegionId } from './types'

export type TermId =
  | 'poolingPaid'
  | 'specialDrug'
  | 'keyAssistance'
  | 'reassistance'
  | 'tiltPayment'
  | 'networkedSettlement'
  | 'waitingArrears'
  | 'monthlyBase'
  | 'tiers'

/** Each term's word as it appears on the page. */
export const TERM_WORDS: Record<TermId, string> = {
  poolingPaid: '统筹基金支付',
  specialDrug: '大病保险特药',
  keyAssistance: '重点救助对象',
  reassistance: '再救助',
  tiltPayment: '倾斜支付',
  networkedSettlement: '联网结算',
  waitingArrears: '免责期、欠费期',
  monthlyBase: '月缴费基数',
  tiers: '一档、二档'
}

export interface TermLine {
  /** Our own words: a plain meaning, or what the source says (then `source` is set). */
  text: string
  source?: Reference
  /** Only for these cities; absent: for both. */
  regions?: RegionId[]
}

export interface TermEntry {
  /** The word as it appears on the page. */
  word: string
  lines: TermLine[]
}

export interface TermBook {
  year: number
  terms: Record<TermId, TermEntry>
}

/**
 * The years whose book is shipped, for the WeChat page before the books are loaded (tests check it
 * against the bundled books).
 */
export const TERM_BOOK_YEARS: readonly number[] = [2020]

/** Whether a page of this policy year can explain its words. */
export function hasTermBook(year: number): boolean {
  return TERM_BOOK_YEARS.includes(year)
}

/** The explanation of a term in a book for a city: its city's line, else the line for both; null if neither. */
export function termLineIn(terms: Record<TermId, TermEntry>, id: TermId, region: RegionId): TermLine | null {
  const entry = terms[id]
  if (!entry) return null
  return entry.lines.find((l) => l.regions && l.regions.includes(region)) ?? entry.lines.find((l) => !l.regions) ?? null
}

/** A term's line for the pack's city from the book of the pack's own year, among these books; null if none. */
export function termLineFor(books: readonly TermBook[], id: TermId, pack: { region: RegionId; year: number }): TermLine | null {
  const book = books.find((b) => b.year === pack.year)
  return book ? termLineIn(book.terms, id, pack.region) : null
}
