// The FAQ books the FAQ tab shows. On H5 (and in Jest) they are bundled with the page; the WeChat
// build resolves faq-books.weapp.ts instead, which loads them from a subpackage.
import { listFaqBooks } from '../policy/faq'
import type { FaqBook } from '../policy/faq-shelf'

export type FaqBooksState = { status: 'ready'; books: readonly FaqBook[] } | { status: 'loading' } | { status: 'failed'; retry: () => void }

export function useFaqBooks(): FaqBooksState {
  return { status: 'ready', books: listFaqBooks() }
}
