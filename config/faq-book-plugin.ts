import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { FAQ_BOOK_FILE } from '../src/faq-book-file'

/**
 * WeChat: writes the FAQ books (src/policy/faq.ts, every book bundled) as a plain CommonJS file into
 * the 关于 subpackage, for services/faq-books.weapp.ts to load with require.async; the FAQ page
 * itself no longer carries them in the main package. Read afresh on every compile, so a watch build
 * follows edits to the answers.
 */
export class FaqBookPlugin {
  apply(compiler: any) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('FaqBookPlugin', (compilation: any) => {
      compilation.hooks.processAssets.tap({ name: 'FaqBookPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const books = execFileSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'print-faq-books.ts')], {
          encoding: 'utf8',
          cwd: resolve(__dirname, '..')
        })
        compilation.emitAsset(FAQ_BOOK_FILE, new sources.RawSource(`module.exports=${books};\n`))
      })
    })
  }
}
