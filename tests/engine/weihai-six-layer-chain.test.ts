// 威海 贫困人口“六重保障” (seed 000; POLICY-READING §4), each layer on what the earlier ones left.
import { amountOf, balance, ids, layer, weihai } from './helpers'

const poor = { povertyHousehold: true }

describe('worked example', () => {
  // T = 120,000, C = 100,000, 一档, level 3, deductible 1,000
  const r = weihai({ ...poor, tier: 1, hospitalLevel: 3, totalCost: '120000', compliantCost: '100000', deductible: '1000' })

  test('all six layers in chain order', () => {
    expect(ids(r)).toEqual(['basic', 'critical', 'hospitalWaiver', 'assistance', 'commercial', 'reassistance'])
  })

  test('figures, by hand', () => {
    expect(amountOf(r, 'basic')).toBe('49500.00') // (100,000 − 1,000) × 50%; P1 = 50,500
    expect(amountOf(r, 'critical')).toBe('29575.00') // (50,500 − 5,000) × 65%; P2 = 20,925
    expect(amountOf(r, 'hospitalWaiver')).toBe('200.00') // 20,000 × 10% = 2,000 → max 200
    expect(amountOf(r, 'assistance')).toBe('647.50') // (20,925 − 20,000) × 70%; P4 = 20,277.50
    expect(amountOf(r, 'commercial')).toBe('10477.50') // 20,277.50 − 9.8% × 100,000; P5 = 9,800
    expect(amountOf(r, 'reassistance')).toBe('3360.00') // (9,800 − 5,000) × 70%; P6 = 6,440
    expect(r.outOfPocket).toBe('26240.00') // 6,440 + 20,000 − 200
    expect(r.burden).toEqual({ compliant: '6440.00', nonCompliant: '19800.00', specialDrug: '0.00' })
    expect(balance(r)).toBe('120000.00')
    expect(r.warnings).toEqual([])
  })

  test('every layer cites its source', () => {
    for (const l of r.layers) expect(l.sources.length).toBeGreaterThan(0)
    expect(layer(r, 'commercial').sources.some((s) => s.quote.includes('9.8%'))).toBe(true)
  })
})

describe('caps', () => {
  test('basic 300k, assistance 50k, re-assistance 20k, waiver 200 (commercial below its cap)', () => {
    // T = 2,000,000, C = 1,800,000, 二档, level 3, deductible 1,000
    const r = weihai({ ...poor, tier: 2, hospitalLevel: 3, totalCost: '2000000', compliantCost: '1800000', deductible: '1000' })
    expect(amountOf(r, 'basic')).toBe('300000.00') // 21,450 + 1,760,000 × 70% = 1,253,450 → cap; P1 = 1,500,000
    expect(amountOf(r, 'critical')).toBe('1231750.00') // 61,750 + 150,000 + 1,200,000 × 85%; P2 = 268,250
    expect(amountOf(r, 'hospitalWaiver')).toBe('200.00')
    expect(amountOf(r, 'assistance')).toBe('50000.00') // 173,775 → cap; P4 = 218,250
    expect(amountOf(r, 'commercial')).toBe('41850.00') // 218,250 − 176,400; P5 = 176,400
    expect(amountOf(r, 'reassistance')).toBe('20000.00') // 119,980 → cap; P6 = 156,400
    expect(r.outOfPocket).toBe('356200.00') // 156,400 + 200,000 − 200
    expect(balance(r)).toBe(r.total)
  })

  test('commercial insurance capped at 600,000', () => {
    // T = C = 20,000,000, 二档 level 1, d = 0 → basic 300,000; P1 = 19,700,000
    const r = weihai({ ...poor, tier: 2, hospitalLevel: 1, totalCost: '20000000', compliantCost: '20000000', deductible: '0' })
    expect(amountOf(r, 'critical')).toBe('16701750.00') // 61,750 + 150,000 + 19,400,000 × 85%; P2 = 2,998,250
    expect(amountOf(r, 'hospitalWaiver')).toBe('0.00') // nothing outside policy scope
    expect(amountOf(r, 'assistance')).toBe('50000.00') // P4 = 2,948,250
    expect(amountOf(r, 'commercial')).toBe('600000.00') // 2,948,250 − 1,960,000 = 988,250 → cap; P5 = 2,348,250
    expect(amountOf(r, 'reassistance')).toBe('20000.00')
    expect(r.outOfPocket).toBe('2328250.00')
    expect(balance(r)).toBe('20000000.00')
  })
})

describe('layer edges, P1 set by a slip figure', () => {
  // C = T unless noted; basicPaid sets P1 = C − basicPaid exactly.
  const chain = (c: string, basicPaid: string, t = c) => weihai({ ...poor, totalCost: t, compliantCost: c, basicPaid })

  test('waiver: 10% of T − C, at most 200', () => {
    expect(amountOf(chain('1000', '1000', '2000'), 'hospitalWaiver')).toBe('100.00')
    expect(amountOf(chain('1000', '1000', '2999.99'), 'hospitalWaiver')).toBe('200.00') // 199.999 → 200.00
    expect(amountOf(chain('1000', '1000', '2999.90'), 'hospitalWaiver')).toBe('199.99')
    expect(amountOf(chain('1000', '1000', '3000'), 'hospitalWaiver')).toBe('200.00')
    expect(amountOf(chain('1000', '1000', '50000'), 'hospitalWaiver')).toBe('200.00')
  })

  test('assistance starts above P2 = 20,000', () => {
    // P2 = P1 − (P1 − 5,000) × 65% = 0.35 P1 + 3,250 = 20,000 → P1 = 47,857.14:
    // 大病 42,857.14 × 65% = 27,857.141 → 27,857.14; P2 = 20,000.00 → 救助 0
    const at = chain('147857.14', '100000')
    expect(amountOf(at, 'critical')).toBe('27857.14')
    expect(amountOf(at, 'assistance')).toBe('0.00')
    // P1 = 47,857.16: 大病 27,857.154 → 27,857.15; P2 = 20,000.01 → 0.007 → 0.01
    expect(amountOf(chain('147857.16', '100000'), 'assistance')).toBe('0.01')
  })

  test('assistance capped at 50,000', () => {
    // Above 300,000 P2 = 0.15 P1 + 43,250. P1 = 321,190.47: 大病 211,750 + 21,190.47 × 85%
    // = 229,761.8995 → 229,761.90; P2 = 91,428.57 → (71,428.57 × 70%) = 49,999.999 → 50,000.00
    expect(amountOf(chain('421190.47', '100000'), 'assistance')).toBe('50000.00')
    // P1 = 321,190.40: 大病 229,761.84; P2 = 91,428.56 → 49,999.992 → 49,999.99
    expect(amountOf(chain('421190.40', '100000'), 'assistance')).toBe('49999.99')
    // P1 = 1,000,000: 大病 806,750; P2 = 193,250 → 121,275 → cap
    expect(amountOf(chain('1100000', '100000'), 'assistance')).toBe('50000.00')
  })

  test('commercial holds the compliant burden at 9.8% of C', () => {
    const r = chain('100000', '90000') // P1 = 10,000; 大病 3,250; P2 = 6,750 < 9,800
    expect(amountOf(r, 'commercial')).toBe('0.00')
    expect(amountOf(r, 'reassistance')).toBe('1225.00') // (6,750 − 5,000) × 70%
    expect(r.outOfPocket).toBe('5525.00')
  })

  test('re-assistance: nothing at or below 5,000 left', () => {
    const r = chain('50000', '45000') // P1 = 5,000 → 大病 0; P5 = 5,000 (9.8% × 50,000 = 4,900 → commercial 100)
    expect(amountOf(r, 'critical')).toBe('0.00')
    expect(amountOf(r, 'commercial')).toBe('100.00')
    expect(amountOf(r, 'reassistance')).toBe('0.00')
    expect(r.outOfPocket).toBe('4900.00')
  })
})

describe('who gets which layer', () => {
  const stay = { totalCost: '200000', compliantCost: '180000', basicPaid: '80000' }

  test('poverty household in the key-assistance group: Weihai gives no figure, chain goes on', () => {
    const r = weihai({ ...stay, ...poor, assistanceGroup: 'key' })
    expect(amountOf(r, 'assistance')).toBeNull()
    expect(layer(r, 'assistance').note).toContain('重点救助对象')
    expect(r.warnings.some((w) => w.includes('按其支付0元计算'))).toBe(true)
    expect(amountOf(r, 'commercial')).not.toBeNull()
    expect(balance(r)).toBe(r.total)
  })

  test('poverty household in the low-income group: still "未纳入重点救助对象", so 70% above 20,000', () => {
    const r = weihai({ ...stay, ...poor, assistanceGroup: 'lowIncome' })
    expect(layer(r, 'assistance').note).toContain('未纳入重点救助对象')
  })

  test('non-poor resident in an assistance group: unpublished for Weihai', () => {
    const r = weihai({ ...stay, assistanceGroup: 'lowIncome' })
    expect(ids(r)).toEqual(['basic', 'critical', 'assistance'])
    expect(amountOf(r, 'assistance')).toBeNull()
  })

  test('non-poor resident with no group: no chain layers', () => {
    expect(ids(weihai(stay))).toEqual(['basic', 'critical'])
  })
})
