// Compares the engine's inpatient answers before and after a change meant to leave them unchanged
// (a speed-up): every result of estimateInpatient, estimateYear, explainYear's figure spreads,
// checkSlip and tierComparison on seeded random inputs, as JSON, one line per input.
//
//   node scripts/compare-engine.mjs --out before.jsonl            # write the results
//   node scripts/compare-engine.mjs --against before.jsonl        # recompute and compare, line by line
//   options: --count N (default 1200 of each kind), --seed S (default 20261206)
//
// Inputs: both regions, both tiers, poverty households and assistance groups, 安丘 and other
// counties, stays and special chronic outpatient entries, blank deductibles and compliant costs
// (unknowns), slip figures, special drugs, "此前已报销" totals, dated and undated years, and some
// inputs the engine refuses (their error is part of the result).
import { readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tsImport } from 'tsx/esm/api'
import fc from 'fast-check'

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

const yuan = (fen) => (fen / 100).toFixed(2)
const fen = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 100_000_000 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }), weight: 1 }
)
const household = fc.record({
  region: fc.constantFrom('weihai', 'weifang'),
  tier: fc.constantFrom(1, 2),
  povertyHousehold: fc.boolean(),
  assistanceGroup: fc.constantFrom('none', 'key', 'lowIncome', undefined),
  county: fc.constantFrom('anqiu', 'other', undefined),
  prior: fc.option(
    fc.constantFrom(
      { compliantCost: '50000', basicPaid: '20000', criticalPaid: '1000', assistancePaid: '500' },
      { compliantCost: '8000', basicPaid: '3000', specialDrugCost: '20000', specialDrugPaid: '12000', hospitalWaiverPaid: '200' },
      { compliantCost: '300000', basicPaid: '150000', criticalPaid: '60000', commercialPaid: '2000', reassistancePaid: '1000' }
    ),
    { nil: undefined, freq: 4 }
  ),
  dated: fc.constantFrom('all', 'all', 'some', 'none')
})
const entry = fc.record({
  chronic: fc.integer({ min: 0, max: 4 }), // 0: a special chronic outpatient entry (Weihai)
  hospitalLevel: fc.oneof({ arbitrary: fc.constantFrom(1, 2, 3), weight: 40 }, { arbitrary: fc.constant(undefined), weight: 1 }),
  compliantFen: fen,
  nonCompliantFen: fen,
  compliantKnown: fc.boolean(),
  deductibleFen: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined, freq: 3 }),
  ratioPermille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined, freq: 3 }),
  slipShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 5 }),
  manualClaim: fc.boolean(),
  setting: fc.constantFrom('local', 'local', 'referral', 'emergency', 'longTermResidence', 'unreferred'),
  specialDrugFen: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined, freq: 3 }),
  day: fc.integer({ min: 0, max: 364 }),
  label: fc.constantFrom(undefined, undefined, '市立医院')
})

function toStay(h, e, k) {
  const chronic = e.chronic === 0 && h.region === 'weihai'
  const s = { totalCost: yuan(e.compliantFen + e.nonCompliantFen), manualClaim: e.manualClaim }
  if (e.hospitalLevel !== undefined) s.hospitalLevel = e.hospitalLevel
  if (e.compliantKnown) s.compliantCost = yuan(e.compliantFen)
  if (e.deductibleFen !== undefined) s.deductible = yuan(e.deductibleFen)
  if (chronic) s.kind = 'specialChronicOutpatient'
  else s.setting = e.setting
  if (e.ratioPermille !== undefined) s.basicRatio = (e.ratioPermille / 1000).toString()
  if (e.slipShare !== undefined && e.compliantKnown) s.basicPaid = yuan(Math.floor((e.compliantFen * e.slipShare) / 100))
  if (e.specialDrugFen !== undefined && !chronic) s.specialDrugCost = yuan(e.specialDrugFen)
  if (h.dated === 'all' || (h.dated === 'some' && k % 2 === 0)) {
    s.date = new Date(Date.UTC(2020, 0, 1 + e.day)).toISOString().slice(0, 10)
  }
  if (e.label !== undefined) s.label = e.label
  return s
}

function householdOf(h) {
  const y = { region: h.region, tier: h.tier, povertyHousehold: h.povertyHousehold }
  if (h.assistanceGroup !== undefined) y.assistanceGroup = h.assistanceGroup
  if (h.county !== undefined) y.county = h.county
  if (h.prior !== undefined) y.prior = h.prior
  return y
}

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
