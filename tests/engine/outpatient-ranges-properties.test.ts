// Outpatient results are ranges too (POLICY-READING §1, §6): for random inputs the usual figure lies
// in its range, and any value the unknown can take does too — the 定额结算 quota anywhere from 0 up
// (80% of the cost capped at the quota), the assistance above 20,000 anywhere from nothing to all of
// it. An answer with no unknown is one figure. 10,000 runs each.
import fc from 'fast-check'
import Decimal from 'decimal.js'
import { isUnpublishedResult } from '../../src/engine'
import { chronicOutpatient, outpatientGeneral } from '../../src/engine/outpatient'
import { outpatientAssistance } from '../../src/engine/outpatient-assistance'
import type { Range } from '../../src/engine'

const RUNS = { numRuns: 10000 }
const yuan = (fen: number): string => new Decimal(fen).div(100).toFixed(2)
const fen = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 500_000 }), weight: 3 }, // up to 5,000 yuan: the caps
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 2 } // up to 100,000 yuan: past 20,000
)

function inside(figure: string, r: Range): boolean {
  const x = new Decimal(figure)
  return (r.low === null || x.gte(r.low)) && (r.high === null || x.lte(r.high))
}

function oneFigureWhenNoUnknown(amount: string | null, r: Range, unknowns: unknown[]): void {
  if (amount !== null && unknowns.length === 0) expect(r).toEqual({ low: amount, high: amount })
  if (r.low !== null && r.low === r.high) expect(unknowns).toEqual([])
}

test('普通门诊 (Weifang): exact, the figure is its range', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('resident' as const, 'employee' as const),
      fen,
      fc.option(fen, { nil: undefined }),
      (scheme, cost, paid) => {
        const r = outpatientGeneral({
          region: 'weifang',
          year: 2020,
          scheme,
          cost: yuan(cost),
          paidThisYear: paid === undefined ? undefined : yuan(paid)
        })
        expect(r.amount).not.toBeNull()
        expect(inside(r.amount as string, r.range)).toBe(true)
        oneFigureWhenNoUnknown(r.amount, r.range, r.unknowns)
      }
    ),
    RUNS
  )
})

test('Weihai 门诊慢性病: the usual figure, and the payout under any quota, lie in the range', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('ordinary' as const, 'fixedRate' as const),
      fc.constantFrom(1 as const, 2 as const),
      fen,
      fc.option(fen, { nil: undefined }),
      fc.option(fen, { nil: undefined }),
      fen,
      (kind, tier, cost, deductible, paid, quota) => {
        const r = chronicOutpatient({
          region: 'weihai',
          year: 2020,
          kind,
          tier,
          cost: yuan(cost),
          deductible: deductible === undefined ? undefined : yuan(deductible),
          paidThisYear: paid === undefined ? undefined : yuan(paid)
        })
        if (r.amount !== null) expect(inside(r.amount, r.range)).toBe(true)
        oneFigureWhenNoUnknown(r.amount, r.range, r.unknowns)
        if (kind === 'fixedRate') {
          // The quota, whatever it is, caps the cost the 80% applies to: never above the range's high.
          const withQuota = new Decimal(Math.min(cost, quota)).div(100).times('0.8').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
          expect(inside(withQuota, r.range)).toBe(true)
          expect(r.range.high).toBe(r.amount) // attained: a quota at or above the cost
          expect(r.unknowns.map((u) => u.id)).toEqual(['fixedRateQuota'])
        }
        if (kind === 'ordinary' && deductible === undefined) {
          // The deductible left blank: whatever it is, the payout is inside.
          const cap = tier === 1 ? 500 : 1000
          const room = Decimal.max(0, new Decimal(cap).minus(paid === undefined ? 0 : yuan(paid)))
          const some = Decimal.min(Decimal.max(0, new Decimal(yuan(cost)).minus(yuan(quota))).times('0.6'), room)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
            .toFixed(2)
          expect(inside(some, r.range)).toBe(true)
        }
      }
    ),
    RUNS
  )
})

test('Weihai poverty outpatient assistance: at least 70% of the self-pay up to 20,000, and whatever the text leaves open above it', () => {
  fc.assert(
    fc.property(fen, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (selfPay, ratePermille, shareOfAbove) => {
      const r = outpatientAssistance({
        region: 'weihai',
        year: 2020,
        kind: 'povertyChronic',
        selfPay: yuan(selfPay),
        povertyHousehold: true
      })
      if (isUnpublishedResult(r)) throw new Error('the Weihai rule is published')
      expect(r.amount).not.toBeNull()
      expect(inside(r.amount as string, r.range)).toBe(true)
      oneFigureWhenNoUnknown(r.amount, r.range, r.unknowns)
      // Any treatment of the part above 20,000 (any rate on any part of it) adds ≥ 0: inside.
      const above = Decimal.max(0, new Decimal(yuan(selfPay)).minus(20000))
      const extra = above.times(shareOfAbove).div(1000).times(ratePermille).div(1000)
      expect(inside(new Decimal(r.amount as string).plus(extra).toDecimalPlaces(2).toFixed(2), r.range)).toBe(true)
      if (selfPay > 2_000_000) {
        expect(r.range).toEqual({ low: '14000.00', high: null })
        expect(r.unknowns.map((u) => u.id)).toEqual(['outpatientAssistanceAbove'])
      } else {
        expect(r.range.low).toBe(r.range.high)
      }
    }),
    RUNS
  )
})
