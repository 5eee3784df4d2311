// 第一层 基本医保住院, Weihai (seed 000 "1.住院部分"; POLICY-READING §2).
import { amountOf, balance, layer, weihai } from './helpers'

const stay = (tier: 1 | 2, hospitalLevel: 1 | 2 | 3, compliant: string, deductible = '1000') =>
  weihai({ tier, hospitalLevel, totalCost: compliant, compliantCost: compliant, deductible })

describe('一档: (C − 起付标准) × ratio by level, cap 200,000', () => {
  test.each([
    [1, '39200.00'], // (50,000 − 1,000) × 80%
    [2, '29400.00'], // 49,000 × 60%
    [3, '24500.00'] // 49,000 × 50%
  ] as const)('level %i, C = 50,000, deductible 1,000', (level, expected) => {
    expect(amountOf(stay(1, level, '50000'), 'basic')).toBe(expected)
  })

  test('cap reached exactly: (251,000 − 1,000) × 80% = 200,000', () => {
    expect(amountOf(stay(1, 1, '251000'), 'basic')).toBe('200000.00')
  })

  test('cap binds one fen later and far beyond', () => {
    expect(amountOf(stay(1, 1, '251000.01'), 'basic')).toBe('200000.00')
    expect(amountOf(stay(1, 1, '1000000'), 'basic')).toBe('200000.00')
  })

  test('just under the cap', () => {
    // (250,999.99 − 1,000) × 80% = 199,999.992 → 199,999.99
    expect(amountOf(stay(1, 1, '250999.99'), 'basic')).toBe('199999.99')
  })

  test('deductible at or above C pays 0.00, and the layer still shows', () => {
    expect(amountOf(stay(1, 2, '1000'), 'basic')).toBe('0.00')
    expect(amountOf(stay(1, 2, '999.99'), 'basic')).toBe('0.00')
  })

  test('rounded once to the fen, half up', () => {
    // 1,000.01 × 50% = 500.005 → 500.01
    expect(amountOf(stay(1, 3, '1000.01', '0'), 'basic')).toBe('500.01')
  })
})

describe('二档: bands split at C = 40,000 (inclusive), cap 300,000', () => {
  test.each([
    // C = 40,000: only the first band, (40,000 − 1,000) × rate
    [1, '40000', '31200.00'], // 39,000 × 80%
    [2, '40000', '25350.00'], // 39,000 × 65%
    [3, '40000', '21450.00'], // 39,000 × 55%
    // C = 50,000: plus 10,000 in the second band
    [1, '50000', '39200.00'], // 31,200 + 10,000 × 80%
    [2, '50000', '32350.00'], // 25,350 + 10,000 × 70%
    [3, '50000', '28450.00'] // 21,450 + 10,000 × 70%
  ] as const)('level %i, C = %s', (level, c, expected) => {
    expect(amountOf(stay(2, level, c), 'basic')).toBe(expected)
  })

  test('one fen above 40,000 falls in the 70% band (level 3)', () => {
    // 21,450 + 0.01 × 70% = 21,450.007 → 21,450.01
    expect(amountOf(stay(2, 3, '40000.01'), 'basic')).toBe('21450.01')
    // one fen below: 38,999.99 × 55% = 21,449.9945 → 21,449.99
    expect(amountOf(stay(2, 3, '39999.99'), 'basic')).toBe('21449.99')
  })

  test('deductible above 40,000: only the upper band pays', () => {
    // (50,000 − 45,000) × 70%
    expect(amountOf(stay(2, 2, '50000', '45000'), 'basic')).toBe('3500.00')
  })

  test('cap 300,000 reached', () => {
    // level 1, d = 0: 500,000 × 80% = 400,000 → 300,000
    expect(amountOf(stay(2, 1, '500000', '0'), 'basic')).toBe('300000.00')
    // level 3: 40,000 × 55% + 460,000 × 70% = 344,000 → 300,000
    expect(amountOf(stay(2, 3, '500000', '0'), 'basic')).toBe('300000.00')
    // level 1 exactly at the cap: 375,000 × 80% = 300,000
    expect(amountOf(stay(2, 1, '375000', '0'), 'basic')).toBe('300000.00')
  })
})

describe('inputs the Weihai document leaves to the user', () => {
  test('the deductible is not published: left blank it is an unknown between 0 and C, and the page is told what 100 yuan of it changes', () => {
    // 一档 三级 50%: basic at most 50; the share at least 50 (大病 for ordinary residents unpublished:
    // it may be lower too).
    const r = weihai({ compliantCost: '100', totalCost: '100', deductible: undefined })
    expect(layer(r, 'basic').amount).toBeNull()
    expect(layer(r, 'basic').range).toEqual({ low: null, high: '50.00' })
    expect(r.outOfPocket).toBeNull()
    const deductible = r.unknowns.find((u) => u.id === 'deductible')
    expect(deductible?.label).toContain('起付标准')
    expect(deductible?.perHundred).toBe('50.00')
  })

  test('hospital level is required unless a slip figure is given', () => {
    expect(() => weihai({ hospitalLevel: undefined, compliantCost: '100', totalCost: '100' })).toThrow(
      expect.objectContaining({ field: 'hospitalLevel' })
    )
    const r = weihai({ hospitalLevel: undefined, deductible: undefined, compliantCost: '100', totalCost: '100', basicPaid: '60' })
    expect(amountOf(r, 'basic')).toBe('60.00')
    expect(layer(r, 'basic').note).toContain('结算单')
  })

  test('basicPaid replaces the computation, and may not exceed C', () => {
    const r = weihai({ totalCost: '20000', compliantCost: '15000', basicPaid: '9876.54' })
    expect(amountOf(r, 'basic')).toBe('9876.54')
    expect(balance(r)).toBe(r.total)
    expect(() => weihai({ totalCost: '20000', compliantCost: '15000', basicPaid: '15000.01' })).toThrow(
      expect.objectContaining({ field: 'basicPaid' })
    )
  })

  test('basicPaid above the tier cap is accepted with a warning', () => {
    const r = weihai({ tier: 1, totalCost: '300000', compliantCost: '300000', basicPaid: '250000' })
    expect(r.warnings.join()).toContain('年度最高支付限额')
  })

  test('a ratio typed for Weihai is ignored, with a warning', () => {
    const r = weihai({ tier: 1, hospitalLevel: 1, totalCost: '10000', compliantCost: '10000', basicRatio: '0.1' })
    expect(amountOf(r, 'basic')).toBe('8000.00')
    expect(r.warnings.join()).toContain('未使用填写的比例')
  })

  test('sources name the scale and the cap', () => {
    const quotes = layer(stay(2, 2, '50000'), 'basic').sources.map((s) => s.quote)
    expect(quotes.some((q) => q.includes('4万元(含4万元)'))).toBe(true)
    expect(quotes.some((q) => q.includes('年度最高支付限额为30万元'))).toBe(true)
  })

  test('ordinary resident: basic then 大病 (unpublished, null), nothing else', () => {
    const r = stay(1, 1, '50000')
    expect(r.layers.map((l) => l.id)).toEqual(['basic', 'critical'])
    expect(amountOf(r, 'critical')).toBeNull()
    expect(r.outOfPocket).toBe('10800.00') // 50,000 − 39,200
    expect(r.warnings.join()).toContain('大病保险')
  })
})
