// WeChat: the verbatim quotes of the policy data (every `quote:` under src/policy) wait in the 关于
// subpackage instead of the main package, which a first open downloads before anything shows
// (docs/performance.md, "Quotes from a subpackage"). A quote is read only when a resident opens a
// source (依据); the figures, rules and words the app says stay where they are.
//
// The loader below gives each quote's string literal a key instead (`q:` and a hash of the words,
// so the same words cited twice are one key), and `quoteTable()` maps each key back to its words for
// config/faq-book-plugin.ts to write into the subpackage. Both read the sources the same way, so the
// table is right even when webpack takes a module from its cache without running the loader.
// CommonJS in plain JavaScript: webpack requires a loader by path, without TypeScript.
const { readdirSync, readFileSync } = require('node:fs')
const { join } = require('node:path')
const ts = require('typescript')

const KEY = /^q:[0-9a-z]+$/

/** FNV-1a of the words, base 36: short, and the same for the same words. */
function quoteKey(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `q:${h.toString(36)}`
}

/** Each `quote: '…'` literal of a file, with where it stands. */
function quoteLiterals(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const found = []
  const visit = (node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'quote' &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      found.push({ start: node.initializer.getStart(file), end: node.initializer.end, text: node.initializer.text })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** The files whose quotes are moved: the policy data, but not the FAQ books (already in the subpackage). */
function isQuotedFile(path) {
  return /[\\/]src[\\/]policy[\\/][^\\/]+\.ts$/.test(path) && !/[\\/]faq[^\\/]*\.ts$/.test(path) && !/\.test\.ts$/.test(path)
}

/** Every key with its words, from the sources under `root`/src/policy. */
function quoteTable(root) {
  const dir = join(root, 'src', 'policy')
  const table = {}
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (!isQuotedFile(path)) continue
    for (const q of quoteLiterals(readFileSync(path, 'utf8'), path)) {
      if (KEY.test(q.text)) throw new Error(`${name}: a quote that reads like a key: ${q.text}`)
      const key = quoteKey(q.text)
      if (table[key] !== undefined && table[key] !== q.text) throw new Error(`two quotes share the key ${key}: ${table[key]} / ${q.text}`)
      table[key] = q.text
    }
  }
  return table
}

/** The loader: the same module with each quote's words replaced by its key. */
function policyQuotesLoader(source) {
  if (!isQuotedFile(this.resourcePath)) return source
  let out = source
  for (const q of quoteLiterals(source, this.resourcePath).reverse()) {
    out = `${out.slice(0, q.start)}'${quoteKey(q.text)}'${out.slice(q.end)}`
  }
  return out
}

module.exports = policyQuotesLoader
module.exports.quoteKey = quoteKey
module.exports.quoteTable = quoteTable
module.exports.isQuotedFile = isQuotedFile
