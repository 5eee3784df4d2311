// Jest reporter: after every run, says where the source documents were looked for and lists each
// check skipped because they were absent (the default reporter only counts skipped tests).
const { relative } = require('path')
const { require: tsxRequire } = require('tsx/cjs/api')

const { loadSeeds } = tsxRequire('../scripts/quotes.ts', __filename)
const MARK = '(needs the source documents)'

class SeedsReporter {
  onRunComplete(_contexts, results) {
    const seeds = loadSeeds()
    const skipped = []
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status === 'pending' && t.title.endsWith(MARK)) skipped.push(`${relative(process.cwd(), file.testFilePath)} › ${t.fullName}`)
      }
    }
    if (seeds.available && skipped.length === 0) {
      console.log(`\nSource-document checks ran against ${seeds.dir} (${seeds.sources.length} documents).`)
      return
    }
    const why = seeds.available ? `documents found at ${seeds.dir}` : seeds.reason
    console.log(`\nSKIPPED ${skipped.length} source-document checks — ${why}:`)
    for (const s of skipped) console.log(`  - ${s}`)
    console.log('They run (and are required) in .ci/run.')
  }
}

module.exports = SeedsReporter
