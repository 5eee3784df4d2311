// The project's one quote checker: `npm run quotes` runs this file, and the Jest suites import the
// same functions. Every `quote:` in the policy data must appear verbatim in a source document; a
// quote may skip text with "…" (each part must appear, in order, in one document). Same rule as
// ../shared/tools/check-quotes.mjs, but importable, and it finds the documents through one setting.
import { existsSync, readFileSync, readdirSync, statSync } from 'fs'
import { join, relative, resolve } from 'path'

/** The one setting: the folder holding the source documents (the policy seeds, *.txt). */
export const SEEDS_SETTING = 'YIBAOTONG_SEEDS'
/** Set (to anything) where the documents must be present: CI fails instead of skipping. */
export const REQUIRE_SEEDS_SETTING = 'YIBAOTONG_REQUIRE_SEEDS'

const ROOT = resolve(__dirname, '..')

export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[SEEDS_SETTING]
  return configured ? resolve(configured) : resolve(ROOT, '..', 'shared', 'seeds')
}

export interface Source {
  name: string
  text: string
}

export type Seeds = { available: true; dir: string; sources: Source[] } | { available: false; dir: string; reason: string }

/** Reads every document in the seeds folder; never throws, so a clone without them still loads. */
export function loadSeeds(dir: string = seedsDir()): Seeds {
  const hint = `set ${SEEDS_SETTING} to the folder that holds the policy source documents (*.txt)`
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { available: false, dir, reason: `no source documents: ${dir} does not exist (${hint})` }
  }
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
  if (sources.length === 0) return { available: false, dir, reason: `no source documents: ${dir} holds no .txt file (${hint})` }
  return { available: true, dir, sources }
}

/** The quote occurs in the text: its parts between "…" (or "...") appear in order. */
export function quoteFound(text: string, quote: string): boolean {
  const parts = quote
    .split(/…|\.\.\./)
    .map((p) => p.trim())
    .filter(Boolean)
  if (parts.length === 0) return false
  let at = 0
  for (const part of parts) {
    const i = text.indexOf(part, at)
    if (i < 0) return false
    at = i + part.length
  }
  return true
}

export interface QuoteSite {
  file: string
  line: number
  quote: string
}

/** Every `quote: '…'` literal in the policy folder's source files (tests excluded). */
export function collectQuotes(policyDir: string): QuoteSite[] {
  const files: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e)
      if (statSync(p).isDirectory()) walk(p)
      else if (/\.(ts|tsx|js|json)$/.test(p) && !/\.(test|spec)\./.test(p)) files.push(p)
    }
  }
  walk(policyDir)
  const literal = /["']?quote["']?\s*:\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g
  const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => (({ n: '\n', t: '\t' }) as Record<string, string>)[c] ?? c)
  const sites: QuoteSite[] = []
  for (const file of files) {
    const src = readFileSync(file, 'utf8')
    for (const m of src.matchAll(literal)) {
      sites.push({ file, line: src.slice(0, m.index).split('\n').length, quote: unescape(m[2] ?? '') })
    }
  }
  return sites
}

export interface QuoteReport {
  total: number
  missing: string[]
}

/** Every quote in the policy folder, looked up in any of the documents. */
export function checkQuotes(policyDir: string, sources: Source[]): QuoteReport {
  const sites = collectQuotes(policyDir)
  const missing = sites
    .filter(({ quote }) => !quote.trim() || !sources.some(({ text }) => quoteFound(text, quote)))
    .map(({ file, line, quote }) => `${relative(ROOT, file)}:${line}: ${quote.slice(0, 80)}`)
  return { total: sites.length, missing }
}

function main(): number {
  const policyDir = resolve(process.argv[2] ?? join(ROOT, 'src', 'policy'))
  if (!existsSync(policyDir)) {
    console.error(`no policy folder at ${policyDir}`)
    return 1
  }
  const seeds = loadSeeds()
  if (!seeds.available) {
    console.error(`quote check cannot run: ${seeds.reason}`)
    return 1
  }
  const { total, missing } = checkQuotes(policyDir, seeds.sources)
  for (const m of missing) console.log(`not in any source: ${m}`)
  console.log(`${total - missing.length} of ${total} quotes found verbatim in ${seeds.sources.length} source documents (${seeds.dir})`)
  return total > 0 && missing.length === 0 ? 0 : 1
}

if (require.main === module) process.exitCode = main()
