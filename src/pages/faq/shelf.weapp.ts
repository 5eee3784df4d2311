// WeChat: the FAQ books and their search are not in the main package, which a first open downloads
// before anything shows (docs/performance.md). The build bundles them into one file of the 关于
// subpackage (config/faq-book-plugin.ts), and the FAQ tab asks for it with WeChat's own require.async
// ("分包异步化", base library ≥ 2.11.2), which downloads that subpackage if app.json's preloadRule has
// not already. Webpack leaves `__non_webpack_require__` as the mini program's own `require`, so the
// call reaches WeChat; Taro 4 has no import() for this.
import { useEffect, useState } from 'react'
import { FAQ_BOOK_FROM_FAQ_PAGE } from '../../faq-book-file'
import type { FaqBook } from '../../policy/faq-shelf'
import { loadOnce } from '../../services/load-once'
import type { FaqSearch, FaqShelfState } from './shelf'

export type { FaqSearch, FaqShelfState } from './shelf'

declare const __non_webpack_require__: { async?(path: string): Promise<unknown> }

/** What the file exports (config/faq-book-plugin.ts). */
interface FaqShelf extends FaqSearch {
  books: readonly FaqBook[]
}

/** This WeChat can load a subpackage's file (base library ≥ 2.11.2). */
export function canLoadFaqShelf(): boolean {
  return typeof __non_webpack_require__.async === 'function'
}

function isShelf(value: unknown): value is FaqShelf {
  const v = value as Partial<FaqShelf> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.searchFaq === 'function' &&
    typeof v.splitHighlighted === 'function' &&
    Array.isArray(v.books) &&
    v.books.every((b) => typeof b?.region === 'string' && Number.isInteger(b?.year) && Array.isArray(b?.entries))
  )
}

const shelfFile = loadOnce(
  () => __non_webpack_require__.async?.(FAQ_BOOK_FROM_FAQ_PAGE),
  isShelf,
  'faq-books.js is not the FAQ books with their search'
)

/** One load per app start; a failed one (no network, say) is forgotten, so 重试 asks again. */
export function loadFaqShelf(): Promise<FaqShelf> {
  return shelfFile.load()
}

function ready(shelf: FaqShelf): FaqShelfState {
  return { status: 'ready', books: shelf.books, search: shelf }
}

export function useFaqShelf(): FaqShelfState {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<FaqShelfState>(() => {
    // Once loaded, a page opened again shows the answers in its first render.
    const loaded = shelfFile.loaded()
    return loaded ? ready(loaded) : canLoadFaqShelf() ? { status: 'loading' } : { status: 'unsupported' }
  })
  useEffect(() => {
    if (!canLoadFaqShelf()) return undefined
    let live = true
    if (attempt > 0) setState({ status: 'loading' })
    loadFaqShelf().then(
      // Already showing these books (opened after a load): the same state, so no second render.
      (loaded) => live && setState((s) => (s.status === 'ready' && s.books === loaded.books ? s : ready(loaded))),
      () => live && setState({ status: 'failed', retry: () => setAttempt((n) => n + 1) })
    )
    return () => {
      live = false
    }
  }, [attempt])
  return state
}
