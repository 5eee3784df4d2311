// WeChat: the FAQ books are not in the main package, which a first open downloads before anything
// shows (docs/performance.md). The build writes them into the 关于 subpackage, and the FAQ tab asks
// for them with WeChat's own require.async ("分包异步化", base library ≥ 2.11.2), which downloads that
// subpackage if app.json's preloadRule has not already. Webpack leaves `__non_webpack_require__` as
// the mini program's own `require`, so the call reaches WeChat; Taro 4 has no import() for this.
import { useEffect, useState } from 'react'
import { FAQ_BOOK_FROM_FAQ_PAGE } from '../faq-book-file'
import type { FaqBook } from '../policy/faq-shelf'
import type { FaqBooksState } from './faq-books'

export type { FaqBooksState } from './faq-books'

declare const __non_webpack_require__: { async?(path: string): Promise<unknown> }

/** This WeChat can load a subpackage's file (base library ≥ 2.11.2). */
export function canLoadFaqBooks(): boolean {
  return typeof __non_webpack_require__.async === 'function'
}

let loading: Promise<readonly FaqBook[]> | undefined
/** Once loaded, a page opened again shows the answers in its first render. */
let loaded: readonly FaqBook[] | undefined

function isBookList(value: unknown): value is readonly FaqBook[] {
  return Array.isArray(value) && value.every((b) => typeof b?.region === 'string' && Number.isInteger(b?.year) && Array.isArray(b?.entries))
}

/** One load per app start; a failed one (no network, say) is forgotten, so 重试 asks again. */
export function loadFaqBooks(): Promise<readonly FaqBook[]> {
  if (loading) return loading
  // Started in a promise, so a require.async that throws rejects like a failed download.
  const attempt = Promise.resolve()
    .then(() => __non_webpack_require__.async?.(FAQ_BOOK_FROM_FAQ_PAGE))
    .then((books) => {
      if (!isBookList(books)) throw new Error('faq-books.js is not a list of FAQ books')
      loaded = books
      return books
    })
  attempt.catch(() => {
    if (loading === attempt) loading = undefined
  })
  loading = attempt
  return attempt
}

export function useFaqBooks(): FaqBooksState {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<FaqBooksState>(() =>
    loaded ? { status: 'ready', books: loaded } : canLoadFaqBooks() ? { status: 'loading' } : { status: 'unsupported' }
  )
  useEffect(() => {
    if (!canLoadFaqBooks()) return undefined
    let live = true
    if (attempt > 0) setState({ status: 'loading' })
    loadFaqBooks().then(
      // Already showing these books (opened after a load): the same state, so no second render.
      (books) => live && setState((s) => (s.status === 'ready' && s.books === books ? s : { status: 'ready', books })),
      () => live && setState({ status: 'failed', retry: () => setAttempt((n) => n + 1) })
    )
    return () => {
      live = false
    }
  }, [attempt])
  return state
}
