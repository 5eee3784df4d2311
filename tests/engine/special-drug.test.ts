// 大病保险特药 for poverty households: no deductible, 60%, cap 200,000 (seed 004 §3; seed 000 第二层 1).
// Its cost is outside C: added to the total, the unpaid 40% to out-of-pocket.
import { amountOf, balance, layer, weifang, weihai } from './helpers'

const base = { totalCost: '10000', compliantCost: '10000', basicPaid: '10000' }

describe('special drugs', () => {
  test.each([
    ['10000', '6000.00'],
    ['0.01', '0.01'], // 0.006 → 0.01
    ['333333.33', '200000.00'], // 199,999.998 → 200,000.00
    ['333333.31', '199999.99'], // 199,999.986 → 199,999.99
    ['1000000', '200000.00']
  ])('cost %s → %s (both cities)', (cost, expected) => {
    for (const run of [weifang, weihai]) {
      const r = run({ ...base, povertyHousehold: true, specialDrugCost: cost })
      expect(amountOf(r, 'specialDrug')).toBe(expected)
      expect(balance(r)).toBe(r.total)
    }
  })

  test('total includes the drug cost; out-of-pocket its unpaid 40%', () => {
    const r = weifang({ ...base, povertyHousehold: true, specialDrugCost: '10000' })
    expect(r.total).toBe('20000.00')
    expect(r.outOfPocket).toBe('4000.00')
    expect(r.burden.specialDrug).toBe('4000.00')
  })

  test('layer order: after 大病, before the assistance layers', () => {
    const r = weihai({ ...base, povertyHousehold: true, specialDrugCost: '100' })
    expect(r.layers.map((l) => l.id)).toEqual([
      'basic',
      'critical',
      'specialDrug',
      'hospitalWaiver',
      'assistance',
      'commercial',
      'reassistance'
    ])
  })

  test('Weihai marks the 60% as a 2019 figure, and says the text names no kind of cost', () => {
    const note = layer(weihai({ ...base, povertyHousehold: true, specialDrugCost: '100' }), 'specialDrug').note
    expect(note).toContain('60%为2019年比例')
    expect(note).toContain('原文未写明适用哪类费用')
    expect(layer(weifang({ ...base, povertyHousehold: true, specialDrugCost: '100' }), 'specialDrug').note).not.toContain('2019年')
  })

  test('not a poverty household: null, whole cost stays with the patient', () => {
    const r = weifang({ ...base, specialDrugCost: '5000' })
    expect(amountOf(r, 'specialDrug')).toBeNull()
    expect(r.outOfPocket).toBe('5000.00')
    expect(r.warnings.join()).toContain('特药')
  })

  test('no cost, no layer', () => {
    expect(weifang({ ...base, povertyHousehold: true }).layers.map((l) => l.id)).not.toContain('specialDrug')
    expect(weifang({ ...base, povertyHousehold: true, specialDrugCost: '0' }).layers.map((l) => l.id)).not.toContain('specialDrug')
  })
})
