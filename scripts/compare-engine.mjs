// Compares the engine's inpatient answers before and after a change meant to leave them unchanged
// (a speed-up): every result of estimateInpatient, estimateYear, explainYear's figure spreads,
// checkSlip and tierComparison on seeded random inputs, as JSON, one line per input.
//
//   node scripts/compare-engine.mjs --out before.jsonl            # write the results
//   node scripts/compare-engine.mjs --against before.jsonl        # recompute and compare, line by line
//   options: --count N (default 1200 of each kind), --seed S (default 20261206)
//
// Inputs: drawn from seeded random households and years (random-inputs.mjs).
import { readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tsImport } from 'tsx/esm/api'
import fc from 'fast-check'
import { entry, household, householdOf, toStay, yuan } from './random-inputs.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const COUNT = Number(option('--count', '1200'))
const SEED = Number(option('--seed', '20261206'))
const out = option('--out', undefined)
const against = option('--against', undefined)
if (!out && !against) {
  console.error('usage: node scripts/compare-engine.mjs (--out FILE | --against FILE) [--count N] [--seed S]')
  process.exit(2)
}

const engine = await tsImport('../src/engine/index.ts', import.meta.url)
const { explainYear } = await tsImport('../src/engine/year.ts', import.meta.url)

const attempt = (fn) => {
  try {
    return { ok: fn() }
  } catch (e) {
    return { error: e instanceof engine.PolicyInputError ? `${e.field}: ${e.message}` : String(e) }
  }
}

const SLIP_FIGURES = ['share', 'basic', 'critical', 'specialDrug', 'hospitalWaiver', 'assistance', 'commercial', 'reassistance']

function yearResult(input) {
  return attempt(() => {
    const { estimate, spread } = explainYear(input)
    const spreads = input.stays.map((_, i) => SLIP_FIGURES.map((f) => spread(i, f)))
    return { estimate, spreads, again: engine.estimateYear(input) }
  })
}

const stays = fc.sample(fc.tuple(household, entry), { seed: SEED, numRuns: COUNT })
const years = fc.sample(fc.tuple(household, fc.array(entry, { minLength: 1, maxLength: 6 })), { seed: SEED + 1, numRuns: COUNT })

const lines = []
const t0 = process.cpuUsage()
stays.forEach(([h, e], n) => {
  const input = { ...householdOf(h), ...toStay({ ...h, dated: 'none' }, e, 0) }
  delete input.kind
  const result = {
    stay: attempt(() => engine.estimateInpatient(input)),
    tiers: attempt(() =>
      engine.tierComparison({
        region: h.region,
        hospitalLevel: e.hospitalLevel ?? 2,
        compliantCost: yuan(e.compliantFen),
        deductible: yuan(e.deductibleFen ?? 60000),
        setting: e.setting
      })
    )
  }
  lines.push(JSON.stringify({ n, kind: 'stay', input, result }))
})
years.forEach(([h, entries], n) => {
  const input = { ...householdOf(h), stays: entries.map((e, k) => toStay(h, e, k)) }
  const result = yearResult(input)
  // The slip check of the first entry, with the figures the year gives it (and a share 1 yuan off).
  const first = result.ok?.estimate.stays[0]
  const slip =
    first === undefined
      ? undefined
      : attempt(() =>
          engine.checkSlip({
            ...input,
            stayIndex: 0,
            slip: Object.fromEntries([
              ['totalCost', first.total],
              ...first.layers.filter((l) => l.amount !== null).map((l) => [l.id === 'basic' ? 'basicPaid' : l.id, l.amount]),
              ...(first.outOfPocket === null ? [] : [['outOfPocket', (Number(first.outOfPocket) + 1).toFixed(2)]])
            ])
          })
        )
  lines.push(JSON.stringify({ n, kind: 'year', input, result, slip }))
})
const used = process.cpuUsage(t0)
const text = `${lines.join('\n')}\n`
const hash = createHash('sha256').update(text).digest('hex')
const errors = lines.filter((l) => l.includes('"error"')).length
console.log(
  `${stays.length} stays and ${years.length} years (seed ${SEED}; ${errors} with an input refused): ` +
    `${((used.user + used.system) / 1e6).toFixed(1)} s CPU, sha256 ${hash.slice(0, 16)}`
)
if (out) {
  writeFileSync(out, text)
  console.log(`written to ${out}`)
}
if (against) {
  const before = readFileSync(against, 'utf8').split('\n')
  const after = text.split('\n')
  const differ = after.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0)
  if (before.length !== after.length) console.log(`line counts differ: ${before.length} before, ${after.length} now`)
  if (differ.length === 0 && before.length === after.length) {
    console.log(`identical to ${against}: ${after.length - 1} results, byte for byte`)
  } else {
    console.log(`${differ.length} results differ from ${against}; the first:`)
    const i = differ[0]
    console.log(`before: ${before[i]?.slice(0, 3000)}\nnow:    ${after[i]?.slice(0, 3000)}`)
    process.exit(1)
  }
}
