// The proof of "every answer is a range" (POLICY-READING §1): for random years, any choice of the
// readings and any value of each unknown inside its limits gives a share inside the reported range;
// each finite side is attained; an answer with no reading and no unknown is one figure. 10,000 runs.
import fc from 'fast-check'
import Decimal from 'decimal.js'
import { estimateInpatient, estimateYear } from '../../src/engine'
import type { InpatientEstimate, Range, StayInput, YearInput } from '../../src/engine'
import { runChain } from '../../src/engine/chain'
import { parseEntry, parseHouseholdYear } from '../../src/engine/year'
import type { UnknownId } from '../../src/engine/scenario'
import { scenario, UNKNOWN_KINDS } from '../../src/engine/scenario'
import type { ReadingId } from '../../src/policy/types'
import { at } from '../../src/test-support/present'

const RUNS = { numRuns: 10000 }
const yuan = (fen: number): string => new Decimal(fen).div(100).toFixed(2)

const fen = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 4 }, // up to 100,000 yuan
  { arbitrary: fc.integer({ min: 0, max: 60_000_000 }), weight: 1 } // up to 600,000 yuan: caps and bands
)

const stay = fc.record({
  compliantFen: fen,
  nonCompliantFen: fc.integer({ min: 0, max: 3_000_000 }),
  compliantKnown: fc.boolean(),
  deductibleFen: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
  ratioPermille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  slipShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  hospitalLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
  setting: fc.constantFrom(
    'local' as const,
    'referral' as const,
    'emergency' as const,
    'longTermResidence' as const,
    'unreferred' as const
  ),
  manualClaim: fc.boolean(),
  specialDrugFen: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined }),
  outpatient: fc.boolean()
})

const year = fc.record({
  region: fc.constantFrom('weihai' as const, 'weifang' as const),
  tier: fc.constantFrom(1 as const, 2 as const),
  povertyHousehold: fc.boolean(),
  assistanceGroup: fc.constantFrom('none' as const, 'key' as const, 'lowIncome' as const),
  county: fc.constantFrom('anqiu' as const, 'other' as const, undefined),
  entries: fc.array(stay, { minLength: 1, maxLength: 4 })
})

type Year = typeof year extends fc.Arbitrary<infer T> ? T : never
type Stay = Year['entries'][number]

function toStay(s: Stay, region: Year['region']): StayInput {
  const outpatient = s.outpatient && region === 'weihai'
  const input: StayInput = {
    kind: outpatient ? 'specialChronicOutpatient' : 'inpatient',
    totalCost: yuan(s.compliantFen + s.nonCompliantFen),
    hospitalLevel: s.hospitalLevel,
    setting: outpatient ? 'local' : s.setting,
    manualClaim: s.manualClaim
  }
  if (s.compliantKnown || s.slipShare !== undefined) input.compliantCost = yuan(s.compliantFen)
  if (s.deductibleFen !== undefined) input.deductible = yuan(s.deductibleFen)
  if (s.ratioPermille !== undefined) input.basicRatio = (s.ratioPermille / 1000).toString()
  if (s.slipShare !== undefined) input.basicPaid = yuan(Math.floor((s.compliantFen * s.slipShare) / 100))
  if (s.specialDrugFen !== undefined && !outpatient) input.specialDrugCost = yuan(s.specialDrugFen)
  return input
}

/** A year's input with its entries under `entries`, as these tests always give it. */
type YearWithEntries = YearInput & { entries: StayInput[] }

function toYear(y: Year): YearWithEntries {
  const input: YearWithEntries = {
    region: y.region,
    tier: y.tier,
    povertyHousehold: y.povertyHousehold,
    assistanceGroup: y.assistanceGroup,
    entries: y.entries.map((s) => toStay(s, y.region))
  }
  if (y.county) input.county = y.county
  return input
}

/** The same year with every unknown input given a value inside its limits, and the share under these readings and fractions. */
function shareWith(
  input: YearWithEntries,
  pick: {
    options: Partial<Record<ReadingId, number>>
    fractions: Partial<Record<UnknownId, number>>
    deductibleAt: number[]
    compliantAt: number[]
  }
) {
  const head = parseHouseholdYear(input)
  const entries = input.entries.map((s, i) => {
    const e = parseEntry(s)
    const total = e.total
    if (e.compliant === null) e.compliant = total.times(at(pick.compliantAt, i)).toDecimalPlaces(2, Decimal.ROUND_DOWN) as never
    if (e.deductible === undefined)
      e.deductible = (e.compliant as unknown as Decimal).times(at(pick.deductibleAt, i)).toDecimalPlaces(2, Decimal.ROUND_DOWN) as never
    return e
  })
  const stays = runChain(head.pack, head.who, entries, head.prior, scenario(pick.options, pick.fractions))
  return { stays: stays.map((s) => s.share), year: stays.reduce((acc, s) => acc.plus(s.share), new Decimal(0)) }
}

// Each layer is rounded to the fen on its own (POLICY-READING: money), so a value strictly between
// two limits can land a fen or two outside the figures the limits give: a fen per layer of each entry
// is allowed, nothing more.
function within(v: Decimal, r: Range, entries: number): boolean {
  const slack = new Decimal('0.01').times(7 * entries)
  return (r.low === null || v.gte(new Decimal(r.low).minus(slack))) && (r.high === null || v.lte(new Decimal(r.high).plus(slack)))
}

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`)
}

const fraction = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000)
const picks = fc.record({
  optionSeeds: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 17, maxLength: 17 }),
  fractions: fc.array(fraction, { minLength: 12, maxLength: 12 }),
  deductibleAt: fc.array(fraction, { minLength: 4, maxLength: 4 }),
  compliantAt: fc.array(fraction, { minLength: 4, maxLength: 4 })
})
type Pick = typeof picks extends fc.Arbitrary<infer T> ? T : never

// Found by a random seed on CI: six readings, stay 0 an emergency manual claim where two of them
// interact (no 10% first and the host city's rules) without either moving the share alone.
const INTERACTING: [Year, Pick] = [
  {
    region: 'weihai',
    tier: 1,
    povertyHousehold: true,
    assistanceGroup: 'none',
    county: 'anqiu',
    entries: [
      {
        compliantFen: 0,
        nonCompliantFen: 516,
        compliantKnown: false,
        deductibleFen: undefined,
        ratioPermille: undefined,
        slipShare: undefined,
        hospitalLevel: 1,
        setting: 'emergency',
        manualClaim: true,
        specialDrugFen: undefined,
        outpatient: false
      },
      {
        compliantFen: 2000001,
        nonCompliantFen: 0,
        compliantKnown: false,
        deductibleFen: undefined,
        ratioPermille: undefined,
        slipShare: 0,
        hospitalLevel: 1,
        setting: 'local',
        manualClaim: false,
        specialDrugFen: undefined,
        outpatient: true
      },
      {
        compliantFen: 0,
        nonCompliantFen: 0,
        compliantKnown: false,
        deductibleFen: undefined,
        ratioPermille: undefined,
        slipShare: undefined,
        hospitalLevel: 1,
        setting: 'local',
        manualClaim: false,
        specialDrugFen: undefined,
        outpatient: false
      }
    ]
  },
  {
    optionSeeds: [0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
    fractions: [0.991, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    deductibleAt: [0, 0, 0, 0],
    compliantAt: [0.946, 0, 0, 0]
  }
]

const NON_INPUT_UNKNOWNS = (Object.keys(UNKNOWN_KINDS) as UnknownId[]).filter((id) => id !== 'deductible' && id !== 'compliantCost')

describe('every answer is a range', () => {
  test('any readings and unknowns inside their limits give a share inside the reported range (stays and year)', () => {
    fc.assert(
      fc.property(year, picks, (y, p) => {
        const input = toYear(y)
        const est = estimateYear(input)
        const pack = parseHouseholdYear(input).pack
        const ids = Object.keys(pack.readings) as ReadingId[]
        const options: Partial<Record<ReadingId, number>> = {}
        ids.forEach((id, k) => {
          options[id] = (p.optionSeeds[k] ?? 0) % (pack.readings[id]?.options.length ?? 1)
        })
        const fractions: Partial<Record<UnknownId, number>> = {}
        NON_INPUT_UNKNOWNS.forEach((id, k) => {
          fractions[id] = p.fractions[k] ?? 0
        })
        const v = shareWith(input, { options, fractions, deductibleAt: p.deductibleAt, compliantAt: p.compliantAt })
        if (!within(v.year, est.year.range, input.entries.length))
          fail(`year share ${v.year.toFixed(2)} outside`, { range: est.year.range, input, options, fractions, p })
        v.stays.forEach((s, i) => {
          if (!within(s, at(est.stays, i).range, input.entries.length))
            fail(`stay ${i} share ${s.toFixed(2)} outside`, { range: at(est.stays, i).range, input, options, fractions, p })
        })
      }),
      { ...RUNS, examples: [INTERACTING] }
    )
  })

  test('each finite side is attained under the listed readings, with every unknown on its published side', () => {
    fc.assert(
      fc.property(year, (y) => {
        const input = toYear(y)
        const est = estimateYear(input)
        const ids = est.year.readings.map((r) => r.id as ReadingId)
        let combos: Partial<Record<ReadingId, number>>[] = [{}]
        for (const r of est.year.readings) combos = combos.flatMap((c) => r.options.map((_, k) => ({ ...c, [r.id]: k })))
        const values = combos.map(
          (options) => shareWith(input, { options, fractions: {}, deductibleAt: [0, 0, 0, 0], compliantAt: [1, 1, 1, 1] }).year
        )
        const min = values.reduce((a, b) => (b.lt(a) ? b : a))
        const max = values.reduce((a, b) => (b.gt(a) ? b : a))
        const { low, high } = est.year.range
        if (low !== null && !min.eq(low)) fail(`low ${low} not attained (min ${min.toFixed(2)})`, { input, ids })
        if (high !== null && !max.eq(high)) fail(`high ${high} not attained (max ${max.toFixed(2)})`, { input, ids })
      }),
      { numRuns: 3000 }
    )
  })

  test('an answer with no reading and no unknown is one figure: low = high = the amount', () => {
    fc.assert(
      fc.property(year, (y) => {
        const est = estimateYear(toYear(y))
        for (const r of [...est.stays, est.year]) {
          if (r.readings.length === 0 && r.unknowns.length === 0) {
            if (r.range.low !== r.outOfPocket || r.range.high !== r.outOfPocket) fail('exact answer is not a point', r)
          }
          if (r.outOfPocket !== null && r.range.low !== null && r.range.high !== null) {
            if (new Decimal(r.outOfPocket).lt(r.range.low) || new Decimal(r.outOfPocket).gt(r.range.high))
              fail('usual figure outside its range', r)
          }
        }
      }),
      RUNS
    )
  })
})

describe('exact where the sources leave nothing open', () => {
  test('a Weihai poverty household with every figure given is exact; without the deductible too (the 9.8% holds it)', () => {
    const given = estimateInpatient({
      region: 'weihai',
      year: 2020,
      tier: 1,
      hospitalLevel: 3,
      totalCost: '60000',
      compliantCost: '50000',
      deductible: '1000',
      povertyHousehold: true
    })
    const blank: InpatientEstimate = estimateInpatient({
      region: 'weihai',
      year: 2020,
      tier: 1,
      hospitalLevel: 3,
      totalCost: '60000',
      compliantCost: '50000',
      povertyHousehold: true
    })
    expect(given.range).toEqual({ low: given.outOfPocket, high: given.outOfPocket })
    expect(blank.outOfPocket).toBe(given.outOfPocket)
    expect(blank.range).toEqual(given.range)
    expect(blank.unknowns).toEqual([])
  })
})
