// Out-of-area stays (POLICY-READING §2): Weihai referral/emergency bear 10% first; long-term
// residents do not; Weifang's adjustments are unpublished (warnings only).
import { amountOf, layer, weifang, weihai } from './helpers'
import { estimateInpatient } from '../../src/engine'

const weihaiStay = (setting: 'local' | 'referral' | 'emergency' | 'longTermResidence' | 'unreferred') =>
  weihai({ tier: 1, hospitalLevel: 3, totalCost: '100000', compliantCost: '100000', deductible: '1000', setting })

describe('Weihai 10% borne first', () => {
  test('local: (100,000 − 1,000) × 50% = 49,500', () => {
    expect(amountOf(weihaiStay('local'), 'basic')).toBe('49500.00')
  })

  test.each(['referral', 'emergency'] as const)('%s: (100,000 × 90% − 1,000) × 50% = 44,500', (setting) => {
    const r = weihaiStay(setting)
    expect(amountOf(r, 'basic')).toBe('44500.00')
    expect(layer(r, 'basic').note).toContain('先由个人负担10%')
    expect(layer(r, 'basic').sources.some((s) => s.quote.includes('需先由个人负担10%'))).toBe(true)
  })

  test('long-term residence: no 10%', () => {
    const r = weihaiStay('longTermResidence')
    expect(amountOf(r, 'basic')).toBe('49500.00')
    expect(layer(r, 'basic').sources.some((s) => s.quote.includes('异地居住人员则不用个人先负担10%'))).toBe(true)
  })

  test('the 10% stays in P1, so 大病 poverty tilt sees it', () => {
    // P1 = 100,000 − 44,500 = 55,500; 大病 = (55,500 − 5,000) × 65% = 32,825
    const r = weihai({
      ...{ tier: 1, hospitalLevel: 3, totalCost: '100000', compliantCost: '100000', deductible: '1000' },
      setting: 'emergency',
      povertyHousehold: true
    })
    expect(amountOf(r, 'critical')).toBe('32825.00')
  })

  test('unreferred: Weihai is silent, basic null unless a slip is given', () => {
    const r = weihaiStay('unreferred')
    expect(amountOf(r, 'basic')).toBeNull()
    expect(r.warnings.join()).toContain('威海文件未说明')
    const slip = weihai({ totalCost: '100', compliantCost: '100', setting: 'unreferred', basicPaid: '10' })
    expect(amountOf(slip, 'basic')).toBe('10.00')
  })
})

describe('Weifang: adjustments exist but are not published', () => {
  test.each(['referral', 'emergency', 'longTermResidence', 'unreferred'] as const)('%s computes on the user ratio and warns', (setting) => {
    const r = weifang({ totalCost: '10000', compliantCost: '10000', deductible: '1000', basicRatio: '0.5', setting })
    expect(amountOf(r, 'basic')).toBe('4500.00')
    expect(r.warnings.some((w) => w.startsWith('基本医保：'))).toBe(true)
  })

  test('local has no such warning', () => {
    const r = weifang({ totalCost: '10000', compliantCost: '10000', deductible: '1000', basicRatio: '0.5' })
    expect(r.warnings.filter((w) => w.startsWith('基本医保：'))).toEqual([])
  })
})

describe('layer status says why an amount is missing', () => {
  test('a published chain is all computed', () => {
    const r = estimateInpatient({
      region: 'weihai',
      year: 2020,
      tier: 1,
      hospitalLevel: 3,
      totalCost: '120000',
      compliantCost: '100000',
      deductible: '1000',
      povertyHousehold: true
    })
    expect(r.layers.every((l) => l.status === 'computed' && l.amount !== null)).toBe(true)
  })

  test('an unpublished figure is "unpublished"; layers after a missing basic payout are "notComputable"', () => {
    const weifangResult = estimateInpatient({
      region: 'weifang',
      year: 2020,
      tier: 1,
      hospitalLevel: 2,
      totalCost: '50000',
      compliantCost: '40000',
      povertyHousehold: true
    })
    expect(weifangResult.layers.find((l) => l.id === 'basic')).toMatchObject({ amount: null, status: 'unpublished' })
    expect(weifangResult.layers.find((l) => l.id === 'critical')).toMatchObject({ amount: null, status: 'notComputable' })
    const weihaiResult = estimateInpatient({
      region: 'weihai',
      year: 2020,
      tier: 1,
      hospitalLevel: 2,
      totalCost: '50000',
      compliantCost: '40000',
      deductible: '500'
    })
    expect(weihaiResult.layers.find((l) => l.id === 'critical')).toMatchObject({ amount: null, status: 'unpublished' })
  })
})
