// What residents call each region and its parts, and the region's outside, as they type them into
// the FAQ search: region data kept beside the packs (a new city adds its own, or typecheck fails),
// read by the search's dictionary (pages/faq/synonyms.ts) without loading any pack.
import type { RegionId } from './types'

export interface PlaceWords {
  /** The region and its parts: a query naming one also matches the region's entries. */
  names: string[]
  /** "Outside the region": the same meaning as 异地 and 外地. */
  outside: string[]
}

export const PLACE_WORDS: Record<RegionId, PlaceWords> = {
  weihai: { names: ['威海', '文登', '威海市', '文登区', '威海统筹区'], outside: ['威海市外', '威海以外'] },
  weifang: { names: ['潍坊', '安丘', '潍坊市', '安丘市'], outside: ['潍坊市外'] }
}
