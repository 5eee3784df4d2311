// WeChat: the policy data's verbatim quotes are not in the main package (config/policy-quotes.js):
// each reference carries a key, and the words wait in a file of the 关于 subpackage, asked for with
// WeChat's own require.async when a source is first opened (app.json's preloadRule usually has the
// subpackage there already). The path is relative to the file this module is bundled into: the
// main package's shared common.js at the root (every page shows sources), which tests/build checks.
import { useEffect, useState } from 'react'
import { loadOnce } from '../../services/load-once'
import type { QuoteWords } from './quote-words'

export type { QuoteWords } from './quote-words'

declare const __non_webpack_require__: { async?(path: string): Promise<unknown> }

export const QUOTES_FROM_ROOT = './pages/about/quotes.js'
const KEY = /^q:[0-9a-z]+$/

type Table = Record<string, string>

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string')
}

const quotes = loadOnce(
  () => {
    if (typeof __non_webpack_require__.async !== 'function') throw new Error('no require.async')
    return __non_webpack_require__.async(QUOTES_FROM_ROOT)
  },
  isTable,
  'quotes.js is not a table of quotes'
)

/** One load per app start; a failed one (no network, say) is forgotten, so opening a source again retries. */
export function loadQuotes(): Promise<Table> {
  return quotes.load()
}

const LOADING: QuoteWords = { verbatim: false, text: '原文正在载入…' }
const FAILED: QuoteWords = { verbatim: false, text: '原文没有载入成功，请检查网络后收起再打开来源。' }
const MISSING: QuoteWords = { verbatim: false, text: '这段原文没有找到，请以政策文件为准。' }
const UNSUPPORTED: QuoteWords = { verbatim: false, text: '这个微信版本载入不了原文，请把微信升级到最新版本。' }

export function useQuoteWords(): (quote: string) => QuoteWords {
  const [table, setTable] = useState<Table | undefined>(quotes.loaded)
  const [failed, setFailed] = useState(false)
  const supported = typeof __non_webpack_require__.async === 'function'
  useEffect(() => {
    if (table || !supported) return undefined
    let live = true
    loadQuotes().then(
      (t) => live && setTable(t),
      () => live && setFailed(true)
    )
    return () => {
      live = false
    }
  }, [table, supported])
  return (quote) => {
    // Data this build did not key (a quote typed in a page, say) is shown as it is.
    if (!KEY.test(quote)) return { verbatim: true, text: quote }
    if (table) {
      const words = table[quote]
      // The build writes every key it gives (tests/build); a file from another build could lack one.
      return words === undefined ? MISSING : { verbatim: true, text: words }
    }
    if (!supported) return UNSUPPORTED
    return failed ? FAILED : LOADING
  }
}
