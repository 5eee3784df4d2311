// The verbatim words of a source. On H5 (and in Jest) they are in the bundle, in each reference; the
// WeChat build resolves quote-words.weapp.ts instead, where the references carry keys and the words
// come from a subpackage (config/policy-quotes.js).

/** A quote as shown: its words, or (WeChat, not yet loaded) a sentence saying why not yet. */
export type QuoteWords = { verbatim: true; text: string } | { verbatim: false; text: string }

/** Words for each quote of an open source note. */
export function useQuoteWords(): (quote: string) => QuoteWords {
  return (quote) => ({ verbatim: true, text: quote })
}
