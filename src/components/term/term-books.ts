// What a tapped word needs: the books of explanations. On H5 (and in Jest) they are bundled with the
// page; the WeChat build resolves term-books.weapp.ts instead, which loads them from the 关于
// subpackage, so a first open does not download them.
import { listTermBooks } from '../../policy/terms'
import type { TermBook } from '../../policy/term-words'

export type TermBooksState =
  | { status: 'ready'; books: readonly TermBook[] }
  | { status: 'loading' }
  /** A download that failed (no network): closing and opening the word again retries. */
  | { status: 'failed' }
  /** A WeChat whose base library has no require.async (before 2.11.2). */
  | { status: 'unsupported' }

/** The books if they are already here (always, when bundled). */
export function loadedTermBooks(): readonly TermBook[] | undefined {
  return listTermBooks()
}

export function useTermBooks(): TermBooksState {
  return { status: 'ready', books: listTermBooks() }
}
