// The FAQ books the FAQ tab shows. On H5 (and in Jest) they are bundled with the page; the WeChat
// build resolves faq-books.weapp.ts instead, which loads them from a subpackage.
import { listFaqBooks } from '../policy/faq'
import type { FaqBook } from '../policy/faq-shelf'

export type FaqBooksState =
  | { status: 'ready'; books: readonly FaqBook[] }
  | { status: 'loading' }
  /** A download that failed (no network): 重试 asks again. */
  | { status: 'failed'; retry: () => void }
  /** A WeChat whose base library has no require.async (before 2.11.2): only an update helps. */
  | { status: 'unsupported' }

export function useFaqBooks(): FaqBooksState {
  return { status: 'ready', books: listFaqBooks() }
}
