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

  test('non-designated below the quota: both readings (POLICY-READING §10)', () => {
    // 300 yuan: min(300, 560) = 300, or 70% × min(300, 800) = 210
    const r = childbirthPayment({ region: 'weifang', designated: false, actualCost: '300' })
    expect(r.amount).toBe('300.00')
    expect(r.range?.readings.map((x) => x.value)).toEqual(['300.00', '210.00'])
    expect(r.range?.reason).toContain('低于定额')
    // 700 yuan: 560, or 490
    expect(childbirthPayment({ region: 'weifang', designated: false, actualCost: '700' }).range?.readings.map((x) => x.value)).toEqual([
      '560.00',
      '490.00'
    ])
    // 799.99 × 70% = 559.993 → 559.99
    expect(childbirthPayment({ region: 'weifang', designated: false, actualCost: '799.99' }).range?.readings[1].value).toBe('559.99')
  })

  test('exact where the readings agree: from the quota up, at a designated hospital, and at 0', () => {
    expect(childbirthPayment({ region: 'weifang', designated: false, actualCost: '800' }).range).toBeUndefined()
    expect(childbirthPayment({ region: 'weifang', designated: false, actualCost: '1500' }).range).toBeUndefined()
    expect(childbirthPayment({ region: 'weifang', designated: true, actualCost: '300' }).range).toBeUndefined()
    expect(childbirthPayment({ region: 'weifang', designated: false, actualCost: '0' }).range).toBeUndefined()
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
  test('spouse 生育补助金 below the standard: both readings', () => {
    // delivery standard 2,200: 50% of it = 1,100; or 50% × min(1,000, 2,200) = 500
    const r = maternityMedical({ region: 'weifang', kind: 'delivery', actualCost: '1000', unemployedSpouse: true })
    expect(r).toMatchObject({ amount: '1100.00', limit: '1100.00' })
    if ('unpublished' in r) throw new Error('published')
    expect(r.range?.readings.map((x) => x.value)).toEqual(['1100.00', '500.00'])
    expect(r.range?.reason).toContain('50%')
    // family planning 200 with 150 spent: 100, or 75
    const f = maternityMedical({ region: 'weifang', kind: 'familyPlanning', actualCost: '150', unemployedSpouse: true })
    if ('unpublished' in f) throw new Error('published')
    expect(f.range?.readings.map((x) => x.value)).toEqual(['100.00', '75.00'])
  })
  test('spouse: exact for the fixed prenatal sum and at or above the standard; no cost → no silent pick', () => {
    const prenatal = maternityMedical({ region: 'weifang', kind: 'prenatal', unemployedSpouse: true })
    expect(prenatal).toMatchObject({ amount: '400.00' })
    expect('range' in prenatal && prenatal.range).toBeFalsy()
    const at = maternityMedical({ region: 'weifang', kind: 'delivery', actualCost: '2200', unemployedSpouse: true })
    expect('range' in at && at.range).toBeFalsy()
    const none = maternityMedical({ region: 'weifang', kind: 'delivery', unemployedSpouse: true })
    expect(none).toMatchObject({ amount: null, limit: '1100.00' })
  })
  test('no actual cost: limit only; Weihai unpublished', () => {
    expect(maternityMedical({ region: 'weifang', kind: 'delivery' })).toMatchObject({ amount: null, limit: '2200.00' })
    expect(maternityMedical({ region: 'weihai', kind: 'delivery' })).toMatchObject({ unpublished: true })
  })
})
