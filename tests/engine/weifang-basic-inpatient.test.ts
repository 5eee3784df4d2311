// 潍坊 basic inpatient: deductible and ratio are not published (POLICY-READING §2, §9).
import { amountOf, balance, ids, layer, weifang } from './helpers'

describe('Weifang basic insurance needs the user figures or a slip', () => {
  test('deductible + ratio given: (C − d) × r, no published cap', () => {
    // (10,000 − 800) × 60% = 5,520
    const r = weifang({ totalCost: '12000', compliantCost: '10000', deductible: '800', basicRatio: '0.6' })
    expect(amountOf(r, 'basic')).toBe('5520.00')
    expect(layer(r, 'basic').note).toContain('年度最高支付限额未公布')
  })

  test('nothing given: basic is null and 大病 only a range; the share at most what it is with basic paying nothing', () => {
    const r = weifang({ totalCost: '50000', compliantCost: '40000' })
    expect(amountOf(r, 'basic')).toBeNull()
    expect(amountOf(r, 'critical')).toBeNull()
    expect(layer(r, 'critical').status).toBe('notComputable')
    expect(layer(r, 'critical').note).toContain('只能给出范围')
    // Basic paying nothing: 大病 (40,000 − 12,000) × 60% = 16,800, share 50,000 − 16,800 = 33,200.
    expect(layer(r, 'critical').range).toEqual({ low: null, high: '16800.00' })
    expect(r.outOfPocket).toBeNull()
    expect(r.range).toEqual({ low: null, high: '33200.00' })
    expect(r.unknowns.map((u) => u.id)).toEqual(['basicRule'])
    expect(r.burden.compliant).toBeNull()
    expect(r.warnings.some((w) => w.includes('起付标准和支付比例'))).toBe(true)
  })

  test('only the deductible given: still null', () => {
    expect(amountOf(weifang({ totalCost: '100', compliantCost: '100', deductible: '10' }), 'basic')).toBeNull()
  })

  test('slip figure replaces the computation', () => {
    const r = weifang({ totalCost: '30000', compliantCost: '25000', basicPaid: '15000' })
    expect(amountOf(r, 'basic')).toBe('15000.00')
    // P1 = 10,000 < 12,000 deductible of 大病
    expect(amountOf(r, 'critical')).toBe('0.00')
    expect(r.outOfPocket).toBe('15000.00')
    expect(balance(r)).toBe(r.total)
  })

  test('ratio of 1 and 0 are accepted', () => {
    expect(amountOf(weifang({ totalCost: '100', compliantCost: '100', deductible: '0', basicRatio: '1' }), 'basic')).toBe('100.00')
    expect(amountOf(weifang({ totalCost: '100', compliantCost: '100', deductible: '0', basicRatio: '0' }), 'basic')).toBe('0.00')
  })

  test('一档 at a level-3 hospital: warning about the level-2 referral', () => {
    const r = weifang({ tier: 1, hospitalLevel: 3, totalCost: '100', compliantCost: '100', basicPaid: '0' })
    expect(r.warnings.join()).toContain('应经二级医院转诊')
    const r2 = weifang({ tier: 2, hospitalLevel: 3, totalCost: '100', compliantCost: '100', basicPaid: '0' })
    expect(r2.warnings.join()).not.toContain('转诊')
  })

  test('ordinary resident without assistance: basic and 大病 only', () => {
    expect(ids(weifang({ totalCost: '100', compliantCost: '100', basicPaid: '0' }))).toEqual(['basic', 'critical'])
  })
})
