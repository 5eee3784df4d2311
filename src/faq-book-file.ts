// Where the WeChat build keeps the FAQ books (docs/performance.md, "The FAQ from a subpackage"): a
// file of the 关于 subpackage, written by the build (config/faq-book-plugin.ts) and loaded by the FAQ
// tab with require.async (pages/faq/shelf.weapp.ts). WeChat resolves that path from the file the
// call is bundled into, the FAQ page's own script; tests/build checks both agree with app.json.
export const FAQ_BOOK_FILE = 'pages/about/faq-books.js'
export const FAQ_BOOK_FROM_FAQ_PAGE = '../about/faq-books.js'

/**
 * Where the WeChat build keeps the explanations of words (policy/terms.ts): the 关于 subpackage,
 * loaded from the main package's common.js when a word is tapped (components/term/term-books.weapp.ts).
 */
export const TERM_BOOKS_FILE = 'pages/about/terms.js'
