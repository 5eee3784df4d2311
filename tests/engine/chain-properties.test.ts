// Properties of the whole inpatient chain, 10,000 runs each, on integer-fen amounts.
import fc from 'fast-check'
import Decimal from 'decimal.js'
import { estimateInpatient } from '../../src/engine'
import type { InpatientEstimate, InpatientInput, LayerId } from '../../src/engine'

const RUNS = { numRuns: 10000 }
const yuan = (fen: number): string => new Decimal(fen).div(100).toFixed(2)

// Mostly everyday bills, sometimes huge ones so that every cap is reached.
const fen = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 30_000_000 }), weight: 3 }, // up to 300,000 yuan
  { arbitrary: fc.integer({ min: 0, max: 2_000_000_000 }), weight: 1 } // up to 20,000,000 yuan
)

const stay = fc.record({
  region: fc.constantFrom('weihai' as const, 'weifang' as const),
  tier: fc.constantFrom(1 as const, 2 as const),
  hospitalLevel: fc.constantFrom(1 as const, 2 as const, 3 as const),
  compliantFen: fen,
  nonCompliantFen: fen,
  deductibleFen: fc.integer({ min: 0, max: 300_000 }),
  ratioPermille: fc.integer({ min: 0, max: 1000 }),
  withRatio: fc.boolean(),
  slipShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  setting: fc.constantFrom('local' as const, 'referral' as const, 'emergency' as const, 'longTermResidence' as const),
  povertyHousehold: fc.boolean(),
  assistanceGroup: fc.constantFrom('none' as const, 'key' as const, 'lowIncome' as const),
  specialDrugFen: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined })
})

type Stay = typeof stay extends fc.Arbitrary<infer T> ? T : never

function toInput(s: Stay, growCompliant = 0, growOther = 0): InpatientInput {
  const c = s.compliantFen + growCompliant
  const input: InpatientInput = {
    region: s.region,
    tier: s.tier,
    hospitalLevel: s.hospitalLevel,
    totalCost: yuan(c + s.nonCompliantFen + growOther),
    compliantCost: yuan(c),
    deductible: yuan(s.deductibleFen),
    setting: s.setting,
    povertyHousehold: s.povertyHousehold,
    assistanceGroup: s.assistanceGroup
  }
  if (s.withRatio) input.basicRatio = (s.ratioPermille / 1000).toString()
  // A slip figure as a share of the original C, so it stays fixed while the bill grows.
  if (s.slipShare !== undefined) input.basicPaid = yuan(Math.floor((s.compliantFen * s.slipShare) / 100))
  if (s.specialDrugFen !== undefined) input.specialDrugCost = yuan(s.specialDrugFen)
  return input
}

const CAPS: Partial<Record<LayerId, (s: Stay) => string | undefined>> = {
  basic: (s) => (s.region === 'weihai' && s.slipShare === undefined ? (s.tier === 1 ? '200000' : '300000') : undefined),
  critical: (s) => (s.region === 'weifang' && !s.povertyHousehold ? '400000' : undefined),
  specialDrug: () => '200000',
  hospitalWaiver: () => '200',
  assistance: (s) => (s.region === 'weihai' ? '50000' : undefined),
  commercial: () => '600000',
  reassistance: () => '20000'
}

// Plain checks inside properties: Jest's expect is too slow for 10,000 runs × every layer.
function check(ok: boolean, what: string, r: InpatientEstimate): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(r)}`)
}

const TWO_DECIMALS = /^\d+\.\d{2}$/

function sum(r: InpatientEstimate): Decimal {
  return r.layers.reduce((acc, l) => (l.amount === null ? acc : acc.plus(l.amount)), new Decimal(0))
}

describe('inpatient chain properties', () => {
  test('every layer ≥ 0, two decimals; layers + out-of-pocket = total to the fen', () => {
    fc.assert(
      fc.property(stay, (s) => {
        const r = estimateInpatient(toInput(s))
        for (const l of r.layers) if (l.amount !== null) check(TWO_DECIMALS.test(l.amount), `${l.id} format`, r)
        // Not a point (an input this stay leaves to the engine's limits): then there is no sum to balance.
        if (r.outOfPocket === null) {
          check(
            r.paid === null && (r.range.low === null || r.range.high === null || r.range.low !== r.range.high),
            'no usual share only when not a point',
            r
          )
          return
        }
        check(TWO_DECIMALS.test(r.outOfPocket), 'out-of-pocket format (and ≥ 0)', r)
        if (r.layers.every((l) => l.status !== 'notComputable'))
          check(sum(r).plus(r.outOfPocket).toFixed(2) === r.total, 'layers + out-of-pocket = total', r)
        check(r.total === yuan(s.compliantFen + s.nonCompliantFen + (s.specialDrugFen ?? 0)), 'total = T + special drugs', r)
      }),
      RUNS
    )
  })

  test('no layer above its cap, none above what was left to pay', () => {
    fc.assert(
      fc.property(stay, (s) => {
        const input = toInput(s)
        const r = estimateInpatient(input)
        for (const l of r.layers) {
          if (l.amount === null) continue
          const cap = CAPS[l.id]?.(s)
          if (cap !== undefined) check(new Decimal(l.amount).lte(cap), `${l.id} ≤ ${cap}`, r)
        }
        const basic = r.layers.find((l) => l.id === 'basic')
        if (basic?.amount) check(new Decimal(basic.amount).lte(input.compliantCost ?? input.totalCost), 'basic ≤ C', r)
        if (r.burden.compliant !== null) check(!r.burden.compliant.startsWith('-'), 'compliant burden ≥ 0', r)
        check(!r.burden.nonCompliant.startsWith('-'), 'non-compliant burden ≥ 0', r)
        check(!r.burden.specialDrug.startsWith('-'), 'special-drug burden ≥ 0', r)
      }),
      RUNS
    )
  })

  test('out-of-pocket never decreases when the bill grows', () => {
    fc.assert(
      fc.property(stay, fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), (s, moreCompliant, moreOther) => {
        const before = estimateInpatient(toInput(s))
        const after = estimateInpatient(toInput(s, moreCompliant, moreOther))
        if (before.outOfPocket !== null && after.outOfPocket !== null) {
          check(new Decimal(after.outOfPocket).gte(before.outOfPocket), `out-of-pocket fell to ${after.outOfPocket}`, before)
        }
      }),
      RUNS
    )
  })

  test('a poverty household never pays more than the same patient without that status', () => {
    fc.assert(
      fc.property(stay, (s) => {
        const poor = estimateInpatient(toInput({ ...s, povertyHousehold: true }))
        const other = estimateInpatient(toInput({ ...s, povertyHousehold: false }))
        if (poor.outOfPocket !== null && other.outOfPocket !== null) {
          check(new Decimal(poor.outOfPocket).lte(other.outOfPocket), `poverty pays ${poor.outOfPocket} > ${other.outOfPocket}`, poor)
        }
      }),
      RUNS
    )
  })
})
