// Properties of the maternity and age-45 spreads (issue 18): for any input, the usual figure and
// every option's figure lie in the range, and the range's ends are figures some reading gives.
import Decimal from 'decimal.js'
import fc from 'fast-check'
import { employeeContribution, isUnpublishedResult } from '../../src/engine'
import { childbirthPayment, maternityMedical } from '../../src/engine/maternity'
import type { Range, ReadingShown, Yuan } from '../../src/engine'
import { at as atIndex } from '../../src/test-support/present'

const RUNS = 10_000
const yuan = (cents: number) => new Decimal(cents).div(100).toFixed(2)
const inRange = (figure: string, r: Range) =>
  (r.low === null || new Decimal(figure).gte(r.low)) && (r.high === null || new Decimal(figure).lte(r.high))
const figures = (readings: ReadingShown[]) => readings.flatMap((x) => x.options.map((o) => o.figure)).filter((f): f is Yuan => f !== null)

describe('childbirth payment', () => {
  test('the usual figure and every option lie in the range; low and high are option figures; options follow §10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300_000 }), fc.boolean(), (cents, designated) => {
        const actual = yuan(cents)
        const r = childbirthPayment({ region: 'weifang', year: 2020, designated, actualCost: actual })
        expect(r.amount).not.toBeNull()
        expect(inRange(r.amount as string, r.range)).toBe(true)
        const all = figures(r.readings)
        for (const f of all) expect(inRange(f, r.range)).toBe(true)
        if (r.readings.length === 0) {
          expect(r.range).toEqual({ low: r.amount, high: r.amount })
          return
        }
        expect(all).toContain(r.range.low)
        expect(all).toContain(r.range.high)
        expect(r.range.low).not.toBe(r.range.high)
        // Independent of the engine: §10's formulas, to the fen (ROUND_HALF_UP).
        const a = new Decimal(actual)
        const expected = designated
          ? ['800.00', a.toFixed(2)]
          : [
              Decimal.min(a, 560).toFixed(2),
              Decimal.min(a, 800).times('0.7').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
              a.toFixed(2)
            ]
        expect(atIndex(r.readings, 0).options.map((o) => o.figure)).toEqual(expected)
        expect(a.lt(800)).toBe(true)
      }),
      { numRuns: RUNS }
    )
  })
})

describe('spouse 生育补助金', () => {
  test('the usual figure and every option lie in the range; the ends are attained by some option', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('delivery' as const, 'familyPlanning' as const, 'miscarriage' as const),
        fc.option(fc.integer({ min: 0, max: 600_000 }), { nil: undefined }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 9 }),
        (kind, cents, babies, months) => {
          const r = maternityMedical({
            region: 'weifang',
            year: 2020,
            kind,
            actualCost: cents === undefined ? undefined : yuan(cents),
            babies,
            monthsPregnant: months,
            unemployedSpouse: true
          })
          if (isUnpublishedResult(r)) throw new Error('published')
          expect(r.amount).not.toBeNull()
          expect(inRange(r.amount as string, r.range)).toBe(true)
          for (const f of figures(r.readings)) expect(inRange(f, r.range)).toBe(true)
          for (const x of r.readings)
            for (const o of x.options) {
              // An option's own range lies inside the whole range.
              if (r.range.low !== null) expect(o.range.low !== null && new Decimal(o.range.low).gte(r.range.low)).toBe(true)
              if (r.range.high !== null) expect(o.range.high !== null && new Decimal(o.range.high).lte(r.range.high)).toBe(true)
            }
          if (r.readings.length === 0) {
            expect(r.range).toEqual({ low: r.amount, high: r.amount })
            return
          }
          const ends = r.readings.flatMap((x) => x.options.flatMap((o) => [o.range.low, o.range.high]))
          expect(ends).toContain(r.range.low)
          expect(ends).toContain(r.range.high)
          // The ends of the whole range are the figure some single option gives, where it is a point.
          if (r.range.high !== null) expect(figures(r.readings)).toContain(r.range.high)
          if (r.range.low !== null) expect(figures(r.readings)).toContain(r.range.low)
          // No actual cost: the actual-cost reading gives only an upper limit.
          expect(r.range.low === null).toBe(cents === undefined)
        }
      ),
      { numRuns: RUNS }
    )
  })
})

describe('personal account at exactly 45', () => {
  test('the usual figure (2.9%) and both options lie in the range; low and high are the two credits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 40, max: 50 }), (cents, age) => {
        const base = yuan(cents)
        const r = employeeContribution({ region: 'weifang', year: 2020, base, month: '2020-06', employerType: 'enterprise', age })
        if (isUnpublishedResult(r)) throw new Error('published')
        expect(inRange(r.personalAccount, r.range)).toBe(true)
        const b = new Decimal(base)
        const at = (rate: string) => b.times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
        if (age !== 45 || at('0.029') === at('0.039')) {
          expect(r.readings).toEqual([])
          expect(r.range).toEqual({ low: r.personalAccount, high: r.personalAccount })
          expect(r.personalAccount).toBe(age > 45 ? at('0.039') : at('0.029'))
          return
        }
        expect(atIndex(r.readings, 0).options.map((o) => o.figure)).toEqual([at('0.029'), at('0.039')])
        expect(r.range).toEqual({ low: at('0.029'), high: at('0.039') })
        expect(r.personalAccount).toBe(at('0.029'))
      }),
      { numRuns: RUNS }
    )
  })
})
