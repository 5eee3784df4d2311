// The Jest side of the one seeds setting (scripts/quotes.ts). Checks that read the source documents
// use `withSeeds`: without the documents they are skipped (tests/seeds-reporter.js lists them and
// says why) unless YIBAOTONG_REQUIRE_SEEDS is set, as in .ci/run, where their absence fails the run.
import { loadSeeds, REQUIRE_SEEDS_SETTING, type Source } from '../scripts/quotes'

export const SEEDS = loadSeeds()

if (!SEEDS.available && process.env[REQUIRE_SEEDS_SETTING]) {
  throw new Error(`${REQUIRE_SEEDS_SETTING} is set but the source documents are missing: ${SEEDS.reason}`)
}

/** Marks a check that reads the source documents; the reporter finds skipped ones by it. */
export const NEEDS_SEEDS = '(needs the source documents)'

/** `test` when the documents are present, `test.skip` otherwise; the title gets the marker. */
export function withSeeds(title: string, fn: () => void): void {
  const run = SEEDS.available ? test : test.skip
  run(`${title} ${NEEDS_SEEDS}`, fn)
}

/** The documents present (empty when absent: only `withSeeds` checks may rely on them). */
export const SOURCES: Source[] = SEEDS.available ? SEEDS.sources : []

/** One document's text by file name; fails loudly if the folder exists but lacks that file. */
export function seedText(file: string): string {
  const found = SOURCES.find((s) => s.name === file)
  if (!found) throw new Error(`source document ${file} not found in ${SEEDS.dir}`)
  return found.text
}
