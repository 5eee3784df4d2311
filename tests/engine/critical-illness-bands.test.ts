// 大病保险 bands on P1, deductible subtracted (POLICY-READING §3). P1 is set exactly with a
// settlement-slip basic payment of 0, so P1 = C.
import { CRITICAL_ILLNESS_EXCEPTIONS, applicableCriticalIllnessRule } from '../../src/engine'
import { weifang2020, weihai2020 } from '../../src/policy'
import { amountOf, layer, weifang, weihai } from './helpers'

const wfOrdinary = (p1: string) => amountOf(weifang({ totalCost: p1, compliantCost: p1, basicPaid: '0' }), 'critical')
const wfPoor = (p1: string) => amountOf(weifang({ totalCost: p1, compliantCost: p1, basicPaid: '0', povertyHousehold: true }), 'critical')
const whPoor = (p1: string) => amountOf(weihai({ totalCost: p1, compliantCost: p1, basicPaid: '0', povertyHousehold: true }), 'critical')

describe('Weifang ordinary residents 2020: 12,000 deductible, 60/65/70/75%, cap 400,000', () => {
  test.each([
    ['11999.99', '0.00'],
    ['12000', '0.00'],
    ['12000.01', '0.01'], // 0.01 × 60% = 0.006 → 0.01
    ['100000', '52800.00'], // 88,000 × 60%
    ['100000.01', '52800.01'], // + 0.0065 → 0.01
    ['200000', '117800.00'], // 52,800 + 100,000 × 65%
    ['300000', '187800.00'], // 117,800 + 100,000 × 70%
    ['400000', '262800.00'], // 187,800 + 100,000 × 75%
    ['582933.32', '399999.99'], // 187,800 + 282,933.32 × 75% = 399,999.99
    ['582933.33', '400000.00'], // 399,999.9975 → 400,000.00
    ['600000', '400000.00'], // 412,800 → cap
    ['5000000', '400000.00']
  ])('P1 = %s → %s', (p1, expected) => {
    expect(wfOrdinary(p1)).toBe(expected)
  })

  test('sources: deductible, scale, cap', () => {
    const quotes = layer(weifang({ totalCost: '50000', compliantCost: '50000', basicPaid: '0' }), 'critical').sources.map((s) => s.quote)
    expect(quotes).toEqual(expect.arrayContaining([expect.stringContaining('1.2万元'), expect.stringContaining('40万元')]))
  })
})

describe('poverty tilt (both cities): 5,000 deductible, 65/75/85%, no cap', () => {
  test.each([
    ['5000', '0.00'],
    ['5000.01', '0.01'],
    ['100000', '61750.00'], // 95,000 × 65%
    ['300000', '211750.00'], // 61,750 + 200,000 × 75%
    ['400000', '296750.00'], // 211,750 + 100,000 × 85%
    ['1000000', '806750.00'] // 211,750 + 700,000 × 85%: above the ordinary cap, none applies
  ])('P1 = %s → %s', (p1, expected) => {
    expect(wfPoor(p1)).toBe(expected)
    expect(whPoor(p1)).toBe(expected)
  })

  test('the tilt is an exception replacing the base rule', () => {
    expect(CRITICAL_ILLNESS_EXCEPTIONS.map((e) => e.id)).toEqual(['povertyTilt'])
    const who = { povertyHousehold: true, assistanceGroup: 'none' as const }
    expect(applicableCriticalIllnessRule(weifang2020.criticalIllness, who).rule).toBe(weifang2020.criticalIllness.povertyTilt)
    expect(applicableCriticalIllnessRule(weifang2020.criticalIllness, { ...who, povertyHousehold: false }).rule).toBe(
      weifang2020.criticalIllness.base
    )
    const l = layer(weifang({ totalCost: '50000', compliantCost: '50000', basicPaid: '0', povertyHousehold: true }), 'critical')
    expect(l.note).toContain('不设最高支付限额')
    expect(l.sources.some((s) => s.quote.includes('取消大病保险最高支付限额'))).toBe(true)
  })
})

describe('Weihai ordinary residents: not published', () => {
  test('null with the reason, left out of the sum', () => {
    const r = weihai({ totalCost: '300000', compliantCost: '300000', basicPaid: '0' })
    expect(amountOf(r, 'critical')).toBeNull()
    expect(layer(r, 'critical').note).toContain('未公布')
    expect(r.outOfPocket).toBe('300000.00')
    expect(weihai2020.criticalIllness.base.scale).toHaveProperty('unpublished', true)
  })
})
