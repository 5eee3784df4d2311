// Weifang 住院分娩 (seed 004 §5.4) and 生育医疗费 (§12).
import { childbirthPayment, maternityMedical } from '../../src/engine'

describe('resident 住院分娩: min(quota, actual)', () => {
  test.each([
    [true, '1500', '800.00'],
    [true, '800', '800.00'],
    [true, '799.99', '799.99'],
    [false, '1500', '560.00'], // 800 × 70%
    [false, '560', '560.00'],
    [false, '300', '300.00'],
    [true, '0', '0.00']
  ])('designated=%s, actual %s → %s', (designated, actualCost, expected) => {
    expect(childbirthPayment({ region: 'weifang', designated, actualCost }).amount).toBe(expected)
  })

  test('sources, and the below-quota rule is cited', () => {
    const r = childbirthPayment({ region: 'weifang', designated: false, actualCost: '100' })
    expect(r.sources.map((s) => s.quote).join()).toContain('即560元')
    expect(r.sources.map((s) => s.quote).join()).toContain('低于定额的按实际发生额结算')
  })

  test('Weihai: not published', () => {
    const r = childbirthPayment({ region: 'weihai', designated: true, actualCost: '1000' })
    expect(r.amount).toBeNull()
    expect(r.note).toContain('未涉及')
  })

  test('designated must be a boolean', () => {
    expect(() => childbirthPayment({ region: 'weifang', designated: 'yes' as never, actualCost: '1' })).toThrow(
      expect.objectContaining({ field: 'designated' })
    )
  })
})

describe('employee 生育医疗费', () => {
  test('prenatal checks are a fixed 800', () => {
    expect(maternityMedical({ region: 'weifang', kind: 'prenatal' })).toMatchObject({ amount: '800.00', limit: '800.00' })
  })
  test('delivery up to 2,200 + 500 per extra baby', () => {
    expect(maternityMedical({ region: 'weifang', kind: 'delivery', actualCost: '5000' })).toMatchObject({ amount: '2200.00' })
    expect(maternityMedical({ region: 'weifang', kind: 'delivery', babies: 3, actualCost: '5000' })).toMatchObject({ amount: '3200.00' })
    expect(maternityMedical({ region: 'weifang', kind: 'delivery', actualCost: '1800' })).toMatchObject({ amount: '1800.00' })
  })
  test('miscarriage: under 4 months 400, from 4 months 800', () => {
    expect(maternityMedical({ region: 'weifang', kind: 'miscarriage', monthsPregnant: 3.9, actualCost: '5000' })).toMatchObject({ amount: '400.00' })
    expect(maternityMedical({ region: 'weifang', kind: 'miscarriage', monthsPregnant: 4, actualCost: '5000' })).toMatchObject({ amount: '800.00' })
  })
  test('family planning up to 200; unemployed spouse half the limit', () => {
    expect(maternityMedical({ region: 'weifang', kind: 'familyPlanning', actualCost: '500' })).toMatchObject({ amount: '200.00' })
    expect(maternityMedical({ region: 'weifang', kind: 'delivery', actualCost: '5000', unemployedSpouse: true })).toMatchObject({
      amount: '1100.00',
      limit: '1100.00'
    })
  })
  test('no actual cost: limit only; Weihai unpublished', () => {
    expect(maternityMedical({ region: 'weifang', kind: 'delivery' })).toMatchObject({ amount: null, limit: '2200.00' })
    expect(maternityMedical({ region: 'weihai', kind: 'delivery' })).toMatchObject({ unpublished: true })
  })
})
