// WeChat: the explanations of words wait in a file of the 关于 subpackage (config/faq-book-plugin.ts,
// TermBooksPlugin), asked for with WeChat's own require.async when a word is first tapped (app.json's
// preloadRule usually has the subpackage there already). The path is relative to the file this module
// is bundled into: the main package's shared common.js at the root (pages of the main package and of
// subpackages explain words), which tests/build checks.
import { useEffect, useState } from 'react'
import { TERM_BOOKS_FILE } from '../../faq-book-file'
import type { TermBook } from '../../policy/term-words'
import { loadOnce } from '../../services/load-once'
import type { TermBooksState } from './term-books'

export type { TermBooksState } from './term-books'

declare const __non_webpack_require__: { async?(path: string): Promise<unknown> }

export const TERM_BOOKS_FROM_ROOT = `./${TERM_BOOKS_FILE}`

function isBooks(value: unknown): value is { books: TermBook[] } {
  const v = value as { books?: unknown } | null
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.books) &&
    v.books.every((b: Partial<TermBook> | null) => Number.isInteger(b?.year) && typeof b?.terms === 'object' && b?.terms !== null)
  )
}

const file = loadOnce(
  () => {
    if (typeof __non_webpack_require__.async !== 'function') throw new Error('no require.async')
    return __non_webpack_require__.async(TERM_BOOKS_FROM_ROOT)
  },
  isBooks,
  'terms.js is not the books of explanations'
)

export function loadedTermBooks(): readonly TermBook[] | undefined {
  return file.loaded()?.books
}

/** One load per app start; a failed one (no network, say) is forgotten, so opening the word again retries. */
export function useTermBooks(): TermBooksState {
  const supported = typeof __non_webpack_require__.async === 'function'
  const [state, setState] = useState<TermBooksState>(() => {
    const books = loadedTermBooks()
    return books ? { status: 'ready', books } : supported ? { status: 'loading' } : { status: 'unsupported' }
  })
  useEffect(() => {
    if (state.status !== 'loading') return undefined
    let live = true
    file.load().then(
      (loaded) => live && setState({ status: 'ready', books: loaded.books }),
      () => live && setState({ status: 'failed' })
    )
    return () => {
      live = false
    }
  }, [state.status])
  return state
}
