import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { buildSync } from 'esbuild'
import { FAQ_BOOK_FILE } from '../src/faq-book-file'

const root = resolve(__dirname, '..')

/**
 * WeChat: writes the FAQ books (src/policy/faq.ts, every book bundled) and the search over them
 * (src/pages/faq/search.ts with its synonyms) as one plain CommonJS file into the 关于 subpackage, for
 * pages/faq/shelf.weapp.ts to load with require.async; the main package carries neither. The search
 * is pure (no Taro, no React), so esbuild bundles it on its own. Read afresh on every compile, so a
 * watch build follows edits to the answers.
 */
export function faqShelfSource(): string {
  const books = execFileSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'print-faq-books.ts')], {
    encoding: 'utf8',
    cwd: root
  })
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

export class FaqBookPlugin {
  apply(compiler: any) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('FaqBookPlugin', (compilation: any) => {
      compilation.hooks.processAssets.tap({ name: 'FaqBookPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(FAQ_BOOK_FILE, new sources.RawSource(faqShelfSource()))
      })
    })
  }
}
