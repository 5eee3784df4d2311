import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { buildSync } from 'esbuild'
import { FAQ_BOOK_FILE, TERM_BOOKS_FILE } from '../src/faq-book-file'
// Plain JavaScript (webpack requires a loader by path): its table and keys, shared with the loader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { quoteTable } = require('./policy-quotes') as { quoteTable(root: string): Record<string, string> }

const root = resolve(__dirname, '..')

/**
 * What a script of this folder prints: bundled data as JSON, read in its own process so that
 * webpack's build cache does not follow TypeScript compiled on the fly.
 */
function printed(script: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', resolve(__dirname, script)], { encoding: 'utf8', cwd: root })
}

/**
 * WeChat: writes the FAQ books (src/policy/faq.ts, every book bundled) and the search over them
 * (src/pages/faq/search.ts with its synonyms) as one plain CommonJS file into the 关于 subpackage, for
 * pages/faq/shelf.weapp.ts to load with require.async; the main package carries neither. The search
 * is pure (no Taro, no React), so esbuild bundles it on its own. Read afresh on every compile, so a
 * watch build follows edits to the answers.
 */
export function faqShelfSource(): string {
  const books = printed('print-faq-books.ts')
  const { outputFiles } = buildSync({
    stdin: {
      contents: `export { searchFaq, splitHighlighted } from './src/pages/faq/search'\nexport const books = ${books}\n`,
      resolveDir: root,
      sourcefile: 'faq-shelf.ts',
      loader: 'ts'
    },
    bundle: true,
    format: 'cjs',
    // What the app's own scripts are compiled for (browserslist: ES modules, so ES2017 and later).
    target: 'es2017',
    minify: true,
    // Chinese text as it is: escaped it would take twice the bytes.
    charset: 'utf8',
    legalComments: 'none',
    write: false
  })
  const [file] = outputFiles
  if (!file) throw new Error('esbuild wrote no FAQ shelf')
  return file.text
}

/**
 * Writes one file of the 关于 subpackage on every compile, its source computed afresh (so a watch
 * build follows edits to the data it is made from).
 */
class SubpackageFilePlugin {
  constructor(
    private readonly file: string,
    private readonly source: () => string
  ) {}

  apply(compiler: any) {
    const { Compilation, sources } = compiler.webpack
    const name = `SubpackageFile ${this.file}`
    compiler.hooks.thisCompilation.tap(name, (compilation: any) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.file, new sources.RawSource(this.source()))
      })
    })
  }
}

/** WeChat: the FAQ books with their search (faqShelfSource), for pages/faq/shelf.weapp.ts. */
export class FaqBookPlugin extends SubpackageFilePlugin {
  constructor() {
    super(FAQ_BOOK_FILE, faqShelfSource)
  }
}

/** Where the WeChat build keeps the policy data's quotes (config/policy-quotes.js): the 关于 subpackage. */
export const QUOTES_FILE = 'pages/about/quotes.js'

/**
 * WeChat: writes every quote of the policy data, by the key the loader (config/policy-quotes.js) put
 * in its place, into the 关于 subpackage (components/source-note/quote-words.weapp.ts loads it).
 */
export class PolicyQuotesPlugin extends SubpackageFilePlugin {
  constructor() {
    super(QUOTES_FILE, () => `module.exports=${JSON.stringify(quoteTable(root))};\n`)
  }
}

/**
 * WeChat: the books of explanations of words (src/policy/terms.ts), verbatim quotes and all, into the
 * 关于 subpackage, for components/term/term-books.weapp.ts to load when a word is tapped.
 */
export class TermBooksPlugin extends SubpackageFilePlugin {
  constructor() {
    super(TERM_BOOKS_FILE, () => {
      return `module.exports={books:${printed('print-term-books.ts')}};\n`
    })
  }
}
