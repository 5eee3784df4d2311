// Weifang 住院分娩 (seed 004 §5.4) and 生育医疗费 (§12).
import { childbirthPayment, maternityMedical } from '../../src/engine/maternity'
import { at } from '../../src/test-support/present'

describe('resident 住院分娩: the usual figure (first option of each reading)', () => {
  test.each([
    [true, '1500', '800.00'],
    [true, '800', '800.00'],
    [true, '799.99', '800.00'], // weifang.designatedBirth A: the fixed settlement
    [false, '1500', '560.00'], // 800 × 70%
    [false, '560', '560.00'],
    [false, '300', '300.00'],
    [true, '0', '800.00']
  ])('designated=%s, actual %s → %s', (designated, actualCost, expected) => {
    expect(childbirthPayment({ region: 'weifang', year: 2020, designated, actualCost }).amount).toBe(expected)
  })

  test('sources, and the below-quota rule is cited', () => {
    const r = childbirthPayment({ region: 'weifang', year: 2020, designated: false, actualCost: '100' })
    expect(r.sources.map((s) => s.quote).join()).toContain('即560元')
    expect(r.sources.map((s) => s.quote).join()).toContain('低于定额的按实际发生额结算')
  })

  const figures = (r: ReturnType<typeof childbirthPayment>) => r.readings.flatMap((x) => x.options.map((o) => o.figure))

  test('non-designated below the quota: three readings (POLICY-READING §10)', () => {
    // 300 yuan: A min(300, 560) = 300; B 70% × min(300, 800) = 210; C the actual cost 300
    const r = childbirthPayment({ region: 'weifang', year: 2020, designated: false, actualCost: '300' })
    expect(r.amount).toBe('300.00')
    expect(r.readings.map((x) => x.id)).toEqual(['weifang.nonDesignatedBirth'])
    expect(figures(r)).toEqual(['300.00', '210.00', '300.00'])
    expect(at(r.readings, 0).question).toContain('非定点医院')
    expect(r.range).toEqual({ low: '210.00', high: '300.00' })
    // 700 yuan: 560, 490, 700
    const seven = childbirthPayment({ region: 'weifang', year: 2020, designated: false, actualCost: '700' })
    expect(figures(seven)).toEqual(['560.00', '490.00', '700.00'])
    expect(seven.range).toEqual({ low: '490.00', high: '700.00' })
    // 799.99: A min(799.99, 560) = 560; B 799.99 × 70% = 559.993 → 559.99; C 799.99
    expect(figures(childbirthPayment({ region: 'weifang', year: 2020, designated: false, actualCost: '799.99' }))).toEqual([
      '560.00',
      '559.99',
      '799.99'
    ])
  })

  test('designated below the quota: 800 or the actual cost (weifang.designatedBirth)', () => {
    // 500 yuan: A the fixed settlement 800; B the actual cost 500
    const r = childbirthPayment({ region: 'weifang', year: 2020, designated: true, actualCost: '500' })
    expect(r.amount).toBe('800.00')
    expect(r.readings.map((x) => x.id)).toEqual(['weifang.designatedBirth'])
    expect(figures(r)).toEqual(['800.00', '500.00'])
    expect(r.range).toEqual({ low: '500.00', high: '800.00' })
    expect(at(r.readings, 0).options.map((o) => o.label)).toEqual(['按定额800元结算', '按实际花费结算'])
  })

  test('exact where the readings agree: from the quota up', () => {
    for (const [designated, actualCost, figure] of [
      [false, '800', '560.00'],
      [false, '1500', '560.00'],
      [true, '800', '800.00'],
      [true, '2000', '800.00'],
      [false, '0', '0.00']
    ] as const) {
      const r = childbirthPayment({ region: 'weifang', year: 2020, designated, actualCost })
      expect(r.readings).toEqual([])
      expect(r.range).toEqual({ low: figure, high: figure })
    }
  })

  test('Weihai: not published', () => {
    const r = childbirthPayment({ region: 'weihai', year: 2020, designated: true, actualCost: '1000' })
    expect(r.amount).toBeNull()
    expect(r.note).toContain('未涉及')
  })

  test('designated must be a boolean', () => {
    expect(() => childbirthPayment({ region: 'weifang', year: 2020, designated: 'yes' as never, actualCost: '1' })).toThrow(
      expect.objectContaining({ field: 'designated' })
    )
  })
})

describe('employee 生育医疗费', () => {
  test('prenatal checks are a fixed 800', () => {
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'prenatal' })).toMatchObject({ amount: '800.00', limit: '800.00' })
  })
  test('delivery up to 2,200 + 500 per extra baby', () => {
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'delivery', actualCost: '5000' })).toMatchObject({ amount: '2200.00' })
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'delivery', babies: 3, actualCost: '5000' })).toMatchObject({
      amount: '3200.00'
    })
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'delivery', actualCost: '1800' })).toMatchObject({ amount: '1800.00' })
  })
  test('miscarriage: under 4 months 400, from 4 months 800', () => {
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'miscarriage', monthsPregnant: 3.9, actualCost: '5000' })).toMatchObject(
      { amount: '400.00' }
    )
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'miscarriage', monthsPregnant: 4, actualCost: '5000' })).toMatchObject({
      amount: '800.00'
    })
  })
  test('family planning up to 200; unemployed spouse half the limit', () => {
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'familyPlanning', actualCost: '500' })).toMatchObject({
      amount: '200.00'
    })
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'delivery', actualCost: '5000', unemployedSpouse: true })).toMatchObject(
      {
        amount: '1100.00',
        limit: '1100.00'
      }
    )
  })
  const spouse = (kind: 'delivery' | 'familyPlanning' | 'prenatal', actualCost?: string) => {
    const r = maternityMedical({ region: 'weifang', year: 2020, kind, actualCost, unemployedSpouse: true })
    if ('unpublished' in r && r.unpublished) throw new Error('published')
    return r as Exclude<typeof r, { unpublished: true }>
  }
  const byReading = (r: ReturnType<typeof spouse>) => Object.fromEntries(r.readings.map((x) => [x.id, x.options.map((o) => o.figure)]))

  test('spouse 生育补助金, delivery with 1,000 spent: 1,100 or 500 (spouseGrant), 1,100 or 1,500 (spouseGrantBase)', () => {
    // spouseGrant A: 50% × 2,200 = 1,100; B: 50% × min(1,000, 2,200) = 500.
    // spouseGrantBase B (with the 800 prenatal checks): 50% × 3,000 = 1,500.
    const r = spouse('delivery', '1000')
    expect(r).toMatchObject({ amount: '1100.00', limit: '1100.00' })
    expect(byReading(r)).toEqual({ 'weifang.spouseGrant': ['1100.00', '500.00'], 'weifang.spouseGrantBase': ['1100.00', '1500.00'] })
    expect(r.range).toEqual({ low: '500.00', high: '1500.00' })
    // Under both second options the prenatal checks' own cost is not entered: 500 is only a lower limit.
    expect(at(at(r.readings, 0).options, 1).range).toEqual({ low: '500.00', high: '1500.00' })
    // family planning 200 with 150 spent: 100, or 75 — no second standard to choose
    const f = spouse('familyPlanning', '150')
    expect(byReading(f)).toEqual({ 'weifang.spouseGrant': ['100.00', '75.00'] })
    expect(f.range).toEqual({ low: '75.00', high: '100.00' })
  })

  test('spouse: exact for the fixed prenatal sum; at the delivery standard only the base reading is left; no cost → a bound', () => {
    const prenatal = spouse('prenatal')
    expect(prenatal).toMatchObject({ amount: '400.00', range: { low: '400.00', high: '400.00' }, readings: [] })
    // 2,200 spent: 1,100 under either grant reading with the 2,200 standard; 1,500 or at least 1,100 with 3,000
    const spent = spouse('delivery', '2200')
    expect(byReading(spent)).toEqual({ 'weifang.spouseGrantBase': ['1100.00', '1500.00'] })
    expect(spent.range).toEqual({ low: '1100.00', high: '1500.00' })
    // No cost: the first options still give 1,100; the actual-cost reading only "最多", so low is open.
    const none = spouse('delivery')
    expect(none).toMatchObject({ amount: '1100.00', limit: '1100.00', range: { low: null, high: '1500.00' } })
    // Its own figure (the 2,200 standard) is at most 1,100; with the 3,000 standard at most 1,500.
    expect(at(at(none.readings, 0).options, 1)).toMatchObject({ figure: null, range: { low: null, high: '1500.00' } })
    expect(none.note).toContain('请填写实际费用')
  })
  test('no actual cost: limit only; Weihai unpublished', () => {
    expect(maternityMedical({ region: 'weifang', year: 2020, kind: 'delivery' })).toMatchObject({ amount: null, limit: '2200.00' })
    expect(maternityMedical({ region: 'weihai', year: 2020, kind: 'delivery' })).toMatchObject({ unpublished: true })
  })
})
