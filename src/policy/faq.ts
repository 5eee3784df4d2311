// The FAQ, keyed by region and year like the packs: each year's entries cite that year's documents.
// A new year adds its own list here; nothing carries an answer into a year whose documents do not
// say it.
import { FAQ_ENTRIES, type FaqEntry } from './faq-2020'
import type { RegionId } from './types'

const FAQ_BY_YEAR: ReadonlyMap<number, readonly FaqEntry[]> = new Map([[2020, FAQ_ENTRIES]])

/** The years that have FAQ entries, newest first. */
export function faqYears(): number[] {
  return [...FAQ_BY_YEAR.keys()].sort((a, b) => b - a)
}

/** The entries of one year, for one region or, with 'all', for every region; none for a year without its own. */
export function faqFor(region: RegionId | 'all', year: number): readonly FaqEntry[] {
  const entries = FAQ_BY_YEAR.get(year) ?? []
  return region === 'all' ? entries : entries.filter((e) => e.regions.includes(region))
}
