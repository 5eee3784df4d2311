// The FAQ, in books of one region and year like the packs: each book's entries cite that year's
// documents. A region shows the book of its own newest year (faq-shelf.ts), so a new year of one
// city leaves the other's answers where they are. A new year's book starts from the previous one
// with carryFaqForward: every entry decided again, as figures are (carry-forward.ts).
import { FAQ_ENTRIES, type FaqEntry } from './faq-2020'
import { entriesOf, type FaqBook } from './faq-shelf'
import type { DocumentId, Reference, RegionId } from './types'
import { registerIn } from './register'

export type { FaqBook } from './faq-shelf'

const forRegion = (region: RegionId, entries: readonly FaqEntry[]) => entries.filter((e) => e.regions.includes(region))

const BOOKS: FaqBook[] = [
  { region: 'weihai', year: 2020, entries: forRegion('weihai', FAQ_ENTRIES) },
  { region: 'weifang', year: 2020, entries: forRegion('weifang', FAQ_ENTRIES) }
]

/** The books bundled: one per region and year. */
export function listFaqBooks(): readonly FaqBook[] {
  return BOOKS
}

/** Like registerPack: only tests add a (clearly fictional) book, beside a fictional pack. */
export function registerFaqBook(book: FaqBook): () => void {
  return registerIn(BOOKS, book, (b) => b.region === book.region && b.year === book.year, `FAQ ${book.region} ${book.year}`)
}

/** The years that have FAQ entries, newest first. */
export function faqYears(): number[] {
  return [...new Set(BOOKS.map((b) => b.year))].sort((a, b) => b - a)
}

/** The bundled books' entries for one region, or 'all' (see entriesOf). */
export function faqFor(region: RegionId | 'all', year?: number): readonly FaqEntry[] {
  return entriesOf(BOOKS, region, year)
}

/** What a new year does with one entry of the previous book. */
export type FaqDecision =
  /** Still true, by a sentence of the new documents that keeps the earlier rules in force. */
  | { carry: Reference }
  /** Rewritten for the new year: the changed fields, with sources from the new documents. */
  | { rewrite: Partial<Omit<FaqEntry, 'id' | 'regions'>> & { sources: Reference[] } }
  /** No longer said: with the reason, for the reviewer. */
  | { drop: string }

export interface FaqCarryOptions {
  region: RegionId
  year: number
  documents: DocumentId[]
  /** By entry id; an id the previous book lacks is an error. */
  decisions?: Record<string, FaqDecision>
  otherwise?: (entry: FaqEntry) => FaqDecision | undefined
}

/** A FAQ entry carried by a new notice: its own sources (the earlier document) and the notice's sentence. */
export type CarriedFaqEntry = FaqEntry & { carriedBy?: Reference }

/**
 * The previous book re-decided for a new year. Undecided entries, decisions for ids the book does
 * not have, and sources outside `documents` are all named in one error; an answer that names the
 * previous year must be rewritten, not carried.
 */
export function carryFaqForward(previous: FaqBook, options: FaqCarryOptions): FaqBook {
  const { region, year, documents, decisions = {}, otherwise } = options
  const problems: string[] = []
  if (previous.region !== region) problems.push(`上一年度的常见问题属于${previous.region}，不是${region}`)
  if (documents.length === 0) problems.push(`未设置 documents：请列出${year}年度常见问题依据的文件`)
  const ids = new Set(previous.entries.map((e) => e.id))
  for (const id of Object.keys(decisions))
    if (!ids.has(id)) problems.push(`decisions 中的“${id}”不是${previous.year}年度常见问题的编号（拼写错误？）`)
  const listed = (refs: Reference[], id: string) => {
    for (const r of refs) if (!documents.includes(r.doc)) problems.push(`${id}：引用的文件“${r.doc}”不在 documents 里`)
  }
  const entries: CarriedFaqEntry[] = []
  for (const e of previous.entries) {
    const decision = decisions[e.id] ?? otherwise?.(e)
    if (decision === undefined) {
      problems.push(`尚未决定：${e.id}`)
      continue
    }
    if ('drop' in decision) continue
    if ('carry' in decision) {
      listed([...e.sources, decision.carry], e.id)
      const words = `${e.question}${e.answer}`
      if (words.includes(String(previous.year))) problems.push(`${e.id}：问答写着${previous.year}年，不能原样沿用，请改写（rewrite）`)
      entries.push({ ...e, carriedBy: decision.carry })
      continue
    }
    listed(decision.rewrite.sources, e.id)
    entries.push({ ...e, ...decision.rewrite })
  }
  if (problems.length > 0) throw new Error(`沿用上一年度的常见问题时有未完成的步骤：\n${problems.map((p) => `- ${p}`).join('\n')}`)
  return { region, year, entries }
}
