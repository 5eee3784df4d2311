// Properties of the medical year over random years of 1–6 entries, 10,000 runs each, on integer-fen amounts.
import fc from 'fast-check'
import Decimal from 'decimal.js'
import { estimateInpatient, estimateYear } from '../../src/engine'
import type { InpatientEstimate, InpatientInput, LayerId, StayInput, YearEstimate, YearInput } from '../../src/engine'
import { at } from '../../src/test-support/present'

const RUNS = { numRuns: 10000 }
const yuan = (fen: number): string => new Decimal(fen).div(100).toFixed(2)

// Mostly everyday bills, sometimes huge ones so that every annual cap is reached within a year.
const fen = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 4 }, // up to 100,000 yuan
  { arbitrary: fc.integer({ min: 0, max: 100_000_000 }), weight: 2 }, // up to 1,000,000 yuan
  { arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }), weight: 1 } // up to 10,000,000 yuan
)

const household = fc.record({
  region: fc.constantFrom('weihai' as const, 'weifang' as const),
  tier: fc.constantFrom(1 as const, 2 as const),
  povertyHousehold: fc.boolean(),
  assistanceGroup: fc.constantFrom('none' as const, 'key' as const, 'lowIncome' as const),
  county: fc.constantFrom('anqiu' as const, 'other' as const, undefined)
})

const entry = fc.record({
  chronic: fc.integer({ min: 0, max: 5 }), // 0 → a special chronic outpatient entry (Weihai only)
  hospitalLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
  compliantFen: fen,
  nonCompliantFen: fen,
  deductibleFen: fc.integer({ min: 0, max: 300_000 }),
  ratioPermille: fc.integer({ min: 0, max: 1000 }),
  withRatio: fc.boolean(),
  slipShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 4 }),
  setting: fc.constantFrom('local' as const, 'referral' as const, 'emergency' as const, 'longTermResidence' as const),
  specialDrugFen: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined, freq: 2 })
})

type PatientStatus = typeof household extends fc.Arbitrary<infer T> ? T : never
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never

const year = fc.tuple(household, fc.array(entry, { minLength: 1, maxLength: 6 }))

function toStay(h: PatientStatus, e: Entry): StayInput {
  const chronic = e.chronic === 0 && h.region === 'weihai'
  const s: StayInput = {
    totalCost: yuan(e.compliantFen + e.nonCompliantFen),
    compliantCost: yuan(e.compliantFen),
    hospitalLevel: e.hospitalLevel,
    deductible: yuan(e.deductibleFen)
  }
  if (chronic) s.kind = 'specialChronicOutpatient'
  else s.setting = e.setting
  if (e.withRatio) s.basicRatio = (e.ratioPermille / 1000).toString()
  if (e.slipShare !== undefined) s.basicPaid = yuan(Math.floor((e.compliantFen * e.slipShare) / 100))
  if (e.specialDrugFen !== undefined && !chronic) s.specialDrugCost = yuan(e.specialDrugFen)
  return s
}

function toYear(h: PatientStatus, entries: Entry[]): YearInput & { entries: StayInput[] } {
  const y: YearInput & { entries: StayInput[] } = {
    region: h.region,
    tier: h.tier,
    povertyHousehold: h.povertyHousehold,
    assistanceGroup: h.assistanceGroup,
    entries: entries.map((e) => toStay(h, e))
  }
  if (h.county !== undefined) y.county = h.county
  return y
}

// Plain checks inside properties: Jest's expect is too slow for 10,000 runs × every layer.
function check(ok: boolean, what: string, r: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(r).slice(0, 4000)}`)
}

const TWO_DECIMALS = /^\d+\.\d{2}$/

function layerSum(layers: { amount: string | null }[]): Decimal {
  return layers.reduce((acc, l) => (l.amount === null ? acc : acc.plus(l.amount)), new Decimal(0))
}

function yearLayer(y: YearEstimate, id: LayerId): Decimal {
  return y.stays.reduce((acc, s) => {
    const a = s.layers.find((l) => l.id === id)?.amount
    return a ? acc.plus(a) : acc
  }, new Decimal(0))
}

describe('medical year properties', () => {
  test('each entry and the year balance to the fen; no negative layer or burden; the year is the sum of its entries', () => {
    fc.assert(
      fc.property(year, ([h, entries]) => {
        const y = estimateYear(toYear(h, entries))
        check(y.stays.length === entries.length, 'one estimate per entry', y)
        for (const s of y.stays) {
          for (const l of s.layers) if (l.amount !== null) check(TWO_DECIMALS.test(l.amount), `${l.id} ≥ 0, two decimals`, s)
          if (s.outOfPocket === null) {
            check(s.paid === null, 'no usual share, no usual sum paid', s)
            continue
          }
          check(TWO_DECIMALS.test(s.outOfPocket), 'entry out-of-pocket ≥ 0', s)
          // The share can be a point while the layers that make it are not (one pays what another
          // does not): the sum balances when every layer is a point.
          if (s.layers.every((l) => l.status !== 'notComputable')) {
            check(layerSum(s.layers).plus(s.outOfPocket).toFixed(2) === s.total, 'entry: layers + out-of-pocket = total', s)
          }
          if (s.burden.compliant !== null) check(TWO_DECIMALS.test(s.burden.compliant), 'compliant burden ≥ 0', s)
          check(TWO_DECIMALS.test(s.burden.nonCompliant) && TWO_DECIMALS.test(s.burden.specialDrug), 'other burdens ≥ 0', s)
        }
        if (y.year.outOfPocket !== null && y.year.layers.every((l) => l.status !== 'notComputable')) {
          check(
            layerSum(y.year.layers).plus(y.year.outOfPocket).toFixed(2) === y.year.total,
            'year: layers + out-of-pocket = total',
            y.year
          )
          for (const l of y.year.layers) {
            if (l.amount !== null) check(yearLayer(y, l.id).toFixed(2) === l.amount, `year ${l.id} = sum of entries`, y)
          }
        }
        const totals = y.stays.reduce((acc, s) => acc.plus(s.total), new Decimal(0))
        check(totals.toFixed(2) === y.year.total, 'year total = sum of entry totals', y.year)
        const waiver = y.year.layers.find((l) => l.id === 'hospitalWaiver')
        const w = y.year.readings.find((r) => r.id === 'weihai.waiverPeriod')
        if (w && waiver?.amount) {
          // Per year never waives more than per stay, so per stay never costs more.
          const perYear = at(w.options, 0, 'waiver reading options')
          const perStay = at(w.options, 1, 'waiver reading options')
          if (perYear.figure !== null && perStay.figure !== null)
            check(new Decimal(perStay.figure).lte(perYear.figure), 'per-stay waiver reading costs no more', w)
        }
      }),
      RUNS
    )
  })

  test('no annual cap exceeded over the year', () => {
    fc.assert(
      fc.property(year, ([h, entries]) => {
        const input = toYear(h, entries)
        const y = estimateYear(input)
        const weihai = h.region === 'weihai'
        const anqiu = !weihai && h.county === 'anqiu'
        const noSlip = input.entries.every((s) => s.basicPaid === undefined)
        const caps: [LayerId, string | undefined][] = [
          ['basic', weihai && noSlip ? (h.tier === 1 ? '200000' : '300000') : undefined],
          ['critical', !weihai && !h.povertyHousehold ? '400000' : undefined],
          ['specialDrug', '200000'],
          ['hospitalWaiver', '200'],
          // 一站式救助 5万 a year, plus the outpatient rule's 70% of at most 2万 (its own item, no shared cap).
          ['assistance', weihai ? (input.entries.some((s) => s.kind === 'specialChronicOutpatient') ? '64000' : '50000') : undefined],
          ['commercial', '600000'],
          ['reassistance', weihai || anqiu ? '20000' : undefined]
        ]
        for (const [id, cap] of caps) {
          if (cap === undefined) continue
          check(yearLayer(y, id).lte(cap), `year ${id} ≤ ${cap}`, y.year)
          // 减免's 200 and the 特药's 20万 are per year only under the first reading (weihai.waiverPeriod, weifang.drugCapPeriod).
          const high = y.year.layers.find((l) => l.id === id)?.range.high
          if (high && id !== 'hospitalWaiver' && id !== 'specialDrug')
            check(new Decimal(high).lte(cap), `year ${id} at most ${cap} under every reading`, y.year)
        }
      }),
      RUNS
    )
  })

  test('adding a later entry never changes an earlier entry', () => {
    fc.assert(
      fc.property(year, entry, fc.nat(), ([h, entries], extra, cut) => {
        const longer = estimateYear(toYear(h, [...entries, extra]))
        const shorter = estimateYear(toYear(h, entries))
        // Every figure of an earlier entry; its range may be found another way once a long year
        // meets more than eight combinations of readings (see evaluate), so it is checked apart,
        // with what the range says of itself (readingsNotAllCombined: the later entry's readings
        // can make the earlier ones too many to combine).
        const figures = (stays: InpatientEstimate[]) =>
          stays.map((st) => ({
            ...st,
            range: undefined,
            readings: undefined,
            unknowns: undefined,
            readingsNotAllCombined: undefined,
            layers: st.layers.map((l) => ({ ...l, range: undefined }))
          }))
        const a = JSON.stringify(figures(longer.stays.slice(0, entries.length)))
        const b = JSON.stringify(figures(shorter.stays))
        if (a !== b) {
          let i = 0
          while (a[i] === b[i]) i++
          check(
            false,
            `earlier entries unchanged (differ at …${b.slice(Math.max(0, i - 300), i + 200)}… vs …${a.slice(Math.max(0, i - 300), i + 200)}…)`,
            {}
          )
        }
        const k = cut % (entries.length + 1)
        const prefix = estimateYear(toYear(h, entries.slice(0, k)))
        check(
          JSON.stringify(figures(prefix.stays)) === JSON.stringify(figures(shorter.stays.slice(0, k))),
          `first ${k} entries unchanged`,
          { prefix, shorter }
        )
      }),
      RUNS
    )
  })

  test('estimateInpatient is the one-stay year', () => {
    fc.assert(
      fc.property(household, entry, (h, e) => {
        const stay = toStay(h, { ...e, chronic: 1 })
        const input: InpatientInput = {
          region: h.region,
          tier: h.tier,
          povertyHousehold: h.povertyHousehold,
          assistanceGroup: h.assistanceGroup,
          ...stay
        }
        if (h.county !== undefined) input.county = h.county
        const one: InpatientEstimate = estimateInpatient(input)
        const y = estimateYear(toYear(h, [{ ...e, chronic: 1 }]))
        check(JSON.stringify(y.stays[0]) === JSON.stringify(one), 'estimateInpatient = first stay of the year', { one, year: y.stays[0] })
        check(
          y.year.outOfPocket === one.outOfPocket && y.year.total === one.total && y.year.paid === one.paid,
          'one-stay year totals',
          y.year
        )
      }),
      RUNS
    )
  })
})
