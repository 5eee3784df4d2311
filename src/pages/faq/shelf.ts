// What the FAQ tab needs before it can show anything: the books and the search over them. On H5 (and
// in Jest) both are bundled with the page; the WeChat build resolves shelf.weapp.ts instead, which
// loads them from a subpackage (together they are about 90 KB a first open need not download).
import { listFaqBooks } from '../../policy/faq'
import type { FaqBook } from '../../policy/faq-shelf'
import { searchFaq, splitHighlighted } from './search'

/** The part of ./search the page calls: on WeChat it arrives with the books. */
export interface FaqSearch {
  searchFaq: typeof searchFaq
  splitHighlighted: typeof splitHighlighted
}

export type FaqShelfState =
  | { status: 'ready'; books: readonly FaqBook[]; search: FaqSearch }
  | { status: 'loading' }
  /** A download that failed (no network): 重试 asks again. */
  | { status: 'failed'; retry: () => void }
  /** A WeChat whose base library has no require.async (before 2.11.2): only an update helps. */
  | { status: 'unsupported' }

const BUNDLED: FaqSearch = { searchFaq, splitHighlighted }

export function useFaqShelf(): FaqShelfState {
  return { status: 'ready', books: listFaqBooks(), search: BUNDLED }
}
