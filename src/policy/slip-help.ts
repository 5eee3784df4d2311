// What the sources say a resident can do about a slip line, in books of one year like the packs: each
// book's words cite that year's documents, so a check under a year without a book of its own says
// that its documents' words are not collected, rather than giving another year's offices and figures.
import type { SlipHelpContext, SlipHelpLine, SlipHelpTexts } from './slip-help-2020'
import { slipHelpTexts as slipHelp2020 } from './slip-help-2020'
import { registerIn } from './register'

export type { SlipHelpContext, SlipHelpLine, SlipHelpTexts } from './slip-help-2020'

export interface SlipHelpBook {
  year: number
  texts: (line: SlipHelpLine, c: SlipHelpContext) => SlipHelpTexts
}

const BOOKS: SlipHelpBook[] = [{ year: 2020, texts: slipHelp2020 }]

/** Like registerPack: only tests add a (clearly fictional) book, beside a fictional pack. */
export function registerSlipHelpBook(book: SlipHelpBook): () => void {
  return registerIn(BOOKS, book, (b) => b.year === book.year, `slip help ${book.year}`)
}

/** The sources' words for a slip line checked under the pack of `year`. */
export function slipHelpFor(line: SlipHelpLine, c: SlipHelpContext & { year: number }): SlipHelpTexts {
  const book = BOOKS.find((b) => b.year === c.year)
  if (book) return book.texts(line, c)
  return { who: [], bring: [], silent: [`本应用没有收录${c.year}年度文件中对结算单有疑问时找谁、带什么材料的说法`] }
}
