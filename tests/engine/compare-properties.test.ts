// compare (money.ts) reads decimal.js's digits in place instead of copying: it must agree with
// Decimal's own comparison on every value the engine can meet, signs, zeros and long digits included.
import fc from 'fast-check'
import { compare, Dec } from '../../src/engine/money'

const digits = fc.stringMatching(/^[0-9]{1,24}$/)
const value = fc
  .record({ negative: fc.boolean(), whole: digits, fraction: fc.option(digits, { nil: undefined }) })
  .map(({ negative, whole, fraction }) => new Dec(`${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`))

describe('compare', () => {
  test('agrees with Decimal.cmp', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(compare(a, b)).toBe(a.cmp(b))
        expect(compare(a, a)).toBe(0)
        expect(compare(a, new Dec(a))).toBe(0)
      }),
      { numRuns: 20000 }
    )
  })

  test('zeros of either sign are equal, and below every positive value', () => {
    for (const [a, b, want] of [
      ['0', '-0', 0],
      ['-0', '0.01', -1],
      ['0', '-0.01', 1],
      ['10000000', '9999999.99', 1],
      ['-10000000', '-9999999.99', -1],
      ['1.0000001', '1.00000010', 0]
    ] as const) {
      expect(compare(new Dec(a), new Dec(b))).toBe(want)
    }
  })
})
