// Figures leave the engine as branded strings (engine/units.ts): yuan with two decimals, a decimal
// rate, a whole number of days. The brand is a promise about the format; this holds it to it.
import fc from 'fast-check'
import {
  dayCount,
  employeeContribution,
  estimateInpatient,
  estimateYear,
  isRate,
  isYuan,
  maternityAllowance,
  maternityDays,
  PolicyInputError,
  rate,
  yuan
} from '../../src/engine'
import type { DayCount, EmployeeContribution, Layer, Rate, Yuan } from '../../src/engine'
import { Dec, fmt } from '../../src/engine/money'
import { getPack } from '../../src/policy/registry'
import { at } from '../../src/test-support/present'

describe('the constructors check the format', () => {
  test.each(['0.00', '1234.50', '-0.10', '600000000.00'])('yuan %s', (s) => {
    expect(yuan(s)).toBe(s)
    expect(isYuan(s)).toBe(true)
  })
  test.each(['1.5', '1', '1.234', '1e3', '', ' 1.00', '１.00', '¥1.00', '1,000.00'])('not yuan: %j', (s) => {
    expect(() => yuan(s)).toThrow('not yuan')
    expect(isYuan(s)).toBe(false)
  })
  test.each(['0.1', '0', '0.055', '1'])('rate %s', (s) => {
    expect(rate(s)).toBe(s)
    expect(isRate(s)).toBe(true)
  })
  test.each(['10%', '1e-7', '', '.5', '0.'])('not a rate: %j', (s) => {
    expect(() => rate(s)).toThrow('not a decimal rate')
    expect(isRate(s)).toBe(false)
  })
  test('days', () => {
    expect(dayCount(98)).toBe('98')
    for (const bad of [-1, 1.5, '', '9天']) expect(() => dayCount(bad)).toThrow('not a whole number of days')
  })

  test('a brand is not another unit, and still a string', () => {
    const y: Yuan = yuan('1.00')
    const r: Rate = rate('0.1')
    // @ts-expect-error a rate is not yuan
    const wrong: Yuan = r
    // @ts-expect-error a plain string is not yuan until checked
    const unchecked: Yuan = '1.00'
    const asString: string = y
    expect([wrong, unchecked, asString]).toEqual(['0.1', '1.00', '1.00'])
  })
})

test('fmt writes yuan for any amount the engine holds', () => {
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 0, max: 4 }), (n, places) => {
      expect(isYuan(fmt(new Dec(n).div(10 ** places)))).toBe(true)
    }),
    { numRuns: 500, seed: 2329 }
  )
})

const yuanOrNull = (s: string | null): boolean => s === null || isYuan(s)

function layerInYuan(l: Layer): void {
  if (!yuanOrNull(l.amount) || !yuanOrNull(l.range.low) || !yuanOrNull(l.range.high))
    throw new Error(`layer not in yuan: ${JSON.stringify(l)}`)
}

describe('results hold the brands they carry', () => {
  test('stays and years: every layer, share and total is yuan', () => {
    const fen = fc.integer({ min: 0, max: 50_000_000 })
    fc.assert(
      fc.property(
        fc.constantFrom('weihai' as const, 'weifang' as const),
        fc.array(fc.record({ total: fen, deductible: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }) }), {
          minLength: 1,
          maxLength: 3
        }),
        fc.boolean(),
        (region, bills, poor) => {
          const entries = bills.map((b) => ({
            totalCost: (b.total / 100).toFixed(2),
            hospitalLevel: 2 as const,
            deductible: b.deductible === undefined ? undefined : (b.deductible / 100).toFixed(2)
          }))
          const who = { region, tier: 1 as const, povertyHousehold: poor }
          let y, stay
          try {
            y = estimateYear({ ...who, entries })
            stay = estimateInpatient({ ...who, ...at(entries, 0) })
          } catch (e) {
            if (e instanceof PolicyInputError) return
            throw e
          }
          for (const s of [...y.stays, y.year, stay]) {
            s.layers.forEach(layerInYuan)
            const figures = [s.outOfPocket, s.total, s.paid, s.range.low, s.range.high, ...Object.values(s.burden)]
            expect(figures.filter((f) => !yuanOrNull(f))).toEqual([])
          }
        }
      ),
      { numRuns: 150, seed: 2330 }
    )
  })

  test('a leave is in days, its allowance in yuan', () => {
    for (const region of ['weihai', 'weifang'] as const) {
      const pack = getPack(region, 2020)
      const days = maternityDays(pack.maternity, { kind: 'birth', babies: 2 })
      const inDays: DayCount | null = days.range.low
      expect(inDays).toBe(String(days.days))
      const allowance = maternityAllowance({
        region,
        year: 2020,
        averageMonthlyWage: '6000',
        event: { kind: 'birth', babies: 1 },
        monthDays: 30
      })
      expect(allowance.amount !== null && isYuan(allowance.amount)).toBe(true)
    }
  })

  test('an employee month: rates are rates, amounts yuan', () => {
    const m = employeeContribution({
      region: 'weifang',
      year: 2020,
      base: '5000',
      month: '2020-03',
      employerType: 'enterprise',
      age: 45
    }) as EmployeeContribution
    expect([m.employerRate, m.individualRate, m.personalAccountRate].every(isRate)).toBe(true)
    expect([m.employer, m.individual, m.total, m.personalAccount].every(isYuan)).toBe(true)
  })
})
