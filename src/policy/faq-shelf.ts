// Choosing answers from FAQ books, apart from the books themselves (faq.ts bundles them; on WeChat
// the page receives them from a subpackage, pages/faq/shelf.ts). A region shows the book of its
// own newest policy year, so a new year of one city leaves the other's answers where they are.
import type { FaqEntry } from './faq-types'
import { currentYear, listRegions } from './registry'
import type { RegionId } from './types'

export interface FaqBook {
  region: RegionId
  year: number
  entries: readonly FaqEntry[]
}

/**
 * The entries for one region, or with 'all' for every region, each of its own newest policy year
 * unless a year is named. An entry that speaks for both cities appears once.
 */
export function entriesOf(books: readonly FaqBook[], region: RegionId | 'all', year?: number): readonly FaqEntry[] {
  const regions = region === 'all' ? listRegions().map((r) => r.id) : [region]
  const seen = new Set<string>()
  const out: FaqEntry[] = []
  for (const r of regions) {
    const wanted = year ?? currentYear(r)
    for (const e of books.find((b) => b.region === r && b.year === wanted)?.entries ?? []) {
      if (seen.has(e.id)) continue
      seen.add(e.id)
      out.push(e)
    }
  }
  return out
}
