// The entry memo (chain.ts): runs of one evaluation share the entries an earlier run computed from
// the same year before them under the same answers, however that year was reached. Whatever order scenarios come in, each run must
// give exactly what it gives alone: the same stays, and its scenario the same record of what was
// asked (in the same order: the evaluator's combinations follow it).
import fc from 'fast-check'
import Decimal from 'decimal.js'
import { entryMemo, runChain } from '../../src/engine/chain'
import type { ChainStay } from '../../src/engine/chain'
import type { Scenario, UnknownId } from '../../src/engine/scenario'
import { scenario, UNKNOWN_KINDS } from '../../src/engine/scenario'
import { parseEntry, parseHouseholdYear } from '../../src/engine/year'
import type { StayInput } from '../../src/engine/year'
import type { ReadingId } from '../../src/policy/types'
import { at } from '../../src/test-support/present'

const yuan = (fen: number): string => new Decimal(fen).div(100).toFixed(2)
const fen = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 100_000_000 }), weight: 1 }
)

const household = fc.record({
  region: fc.constantFrom('weihai' as const, 'weifang' as const),
  tier: fc.constantFrom(1 as const, 2 as const),
  povertyHousehold: fc.boolean(),
  assistanceGroup: fc.constantFrom('none' as const, 'key' as const, 'lowIncome' as const),
  county: fc.constantFrom('anqiu' as const, 'other' as const, undefined),
  prior: fc.constantFrom(undefined, { compliantCost: '50000', basicPaid: '20000', criticalPaid: '1000', assistancePaid: '500' })
})

const entry = fc.record({
  chronic: fc.integer({ min: 0, max: 5 }),
  hospitalLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
  compliantFen: fen,
  nonCompliantFen: fen,
  // Blank inputs are unknowns: the scenarios put them at their limits.
  deductibleFen: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined, freq: 3 }),
  compliantKnown: fc.boolean(),
  ratioPermille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  manualClaim: fc.boolean(),
  setting: fc.constantFrom(
    'local' as const,
    'referral' as const,
    'emergency' as const,
    'longTermResidence' as const,
    'unreferred' as const
  ),
  specialDrugFen: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined, freq: 2 })
})

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never

function toStay(region: 'weihai' | 'weifang', e: Entry): StayInput {
  const chronic = e.chronic === 0 && region === 'weihai'
  const s: StayInput = { totalCost: yuan(e.compliantFen + e.nonCompliantFen), hospitalLevel: e.hospitalLevel, manualClaim: e.manualClaim }
  if (e.compliantKnown) s.compliantCost = yuan(e.compliantFen)
  if (e.deductibleFen !== undefined) s.deductible = yuan(e.deductibleFen)
  if (chronic) s.kind = 'specialChronicOutpatient'
  else s.setting = e.setting
  if (e.ratioPermille !== undefined) s.basicRatio = (e.ratioPermille / 1000).toString()
  if (e.specialDrugFen !== undefined && !chronic) s.specialDrugCost = yuan(e.specialDrugFen)
  return s
}

// A scenario as numbers drawn for every reading and unknown; each is read modulo what the pack offers.
const drawn = fc.record({
  options: fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }),
  unknowns: fc.array(fc.constantFrom(0, 0, 1, 0.5), { minLength: 14, maxLength: 14 }),
  // The probe of what 100 yuan more of deductible changes.
  deductible: fc.constantFrom(undefined, undefined, undefined, '100')
})
type Drawn = typeof drawn extends fc.Arbitrary<infer T> ? T : never

const UNKNOWNS = Object.keys(UNKNOWN_KINDS) as UnknownId[]

function what(s: Scenario) {
  const a = s.asked
  return {
    readings: [...a.readings],
    unknowns: [...a.unknowns],
    entryOf: [...a.entryOf],
    readingEntryOf: [...a.readingEntryOf],
    firstEntry: a.firstEntry
  }
}

// A run that does not describe leaves `info` unread (only the usual run is shown): it may take the
// words of an entry a describing run computed.
function outcome(f: () => ChainStay[], describe: boolean): Partial<ChainStay>[] | string {
  try {
    return f().map(({ info, ...figures }) => (describe ? { info, ...figures } : figures))
  } catch (e) {
    return String(e)
  }
}

describe('entry memo', () => {
  test('a run through the memo gives what it gives alone, in any order of scenarios', () => {
    fc.assert(
      fc.property(
        household,
        fc.array(entry, { minLength: 1, maxLength: 6 }),
        fc.array(drawn, { minLength: 1, maxLength: 10 }),
        (h, entries, draws: Drawn[]) => {
          let parsed
          try {
            parsed = { ...parseHouseholdYear({ ...h, year: 2020 }), entries: entries.map((e) => parseEntry(toStay(h.region, e))) }
          } catch {
            return
          }
          const { pack, who, prior } = parsed
          const ids = Object.keys(pack.readings) as ReadingId[]
          const scenarios = draws.map((d) => () => {
            const options: Partial<Record<ReadingId, number>> = {}
            ids.forEach((id, i) => {
              const k = at(d.options, i % d.options.length) % (pack.readings[id]?.options.length ?? 1)
              if (k !== 0) options[id] = k
            })
            const unknowns: Partial<Record<UnknownId, number>> = {}
            UNKNOWNS.forEach((id, i) => {
              if (d.unknowns[i] !== 0) unknowns[id] = d.unknowns[i]
            })
            return scenario(options, unknowns, d.deductible)
          })
          const memo = entryMemo(prior)
          scenarios.forEach((make, i) => {
            const shared = make()
            const alone = make()
            const describe = i === 0
            const viaMemo = outcome(() => runChain(pack, who, parsed.entries, prior, shared, undefined, describe, memo), describe)
            const own = outcome(() => runChain(pack, who, parsed.entries, prior, alone, undefined, describe), describe)
            expect(viaMemo).toEqual(own)
            expect(what(shared)).toEqual(what(alone))
          })
        }
      ),
      { numRuns: 600 }
    )
  })
})
