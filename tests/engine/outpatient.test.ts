// 普通门诊 (Weifang §5.1) and Weihai 门诊慢性病 (§6).
import { chronicOutpatient, describeChronicRules, outpatientGeneral } from '../../src/engine/outpatient'
import { getPack } from '../../src/policy/registry'

describe('Weifang 普通门诊: 50%, yearly cap 450 resident / 500 employee', () => {
  test.each([
    ['resident', '100', undefined, '50.00', '400.00'],
    ['resident', '900', undefined, '450.00', '0.00'], // cap reached exactly
    ['resident', '2000', undefined, '450.00', '0.00'],
    ['employee', '1000', undefined, '500.00', '0.00'],
    ['employee', '999.99', undefined, '500.00', '0.00'], // 499.995 → 500.00
    ['resident', '1000', '400', '50.00', '0.00'],
    ['resident', '1000', '450', '0.00', '0.00'],
    ['resident', '1000', '600', '0.00', '0.00'], // never negative
    ['resident', '0.01', undefined, '0.01', '449.99'] // 0.005 → 0.01
  ] as const)('%s, cost %s, paid %s → %s (left %s)', (scheme, cost, paidThisYear, amount, remainingCap) => {
    // Every figure published and entered: exact, the range is the figure itself.
    expect(outpatientGeneral({ region: 'weifang', year: 2020, scheme, cost, paidThisYear })).toMatchObject({
      amount,
      remainingCap,
      range: { low: amount, high: amount },
      readings: [],
      unknowns: []
    })
  })

  test('Weihai: not published', () => {
    expect(outpatientGeneral({ region: 'weihai', year: 2020, scheme: 'resident', cost: '100' })).toMatchObject({
      amount: null,
      range: { low: null, high: null },
      unknowns: []
    })
  })

  test('bad scheme', () => {
    expect(() => outpatientGeneral({ region: 'weifang', year: 2020, scheme: 'x' as never, cost: '1' })).toThrow(
      expect.objectContaining({ field: 'scheme' })
    )
  })
})

describe('Weihai 门诊慢性病', () => {
  test('ordinary: 60% above the user deductible, 500 (一档) / 1,000 (二档) a year', () => {
    expect(chronicOutpatient({ region: 'weihai', year: 2020, kind: 'ordinary', tier: 1, cost: '1000', deductible: '200' }).amount).toBe(
      '480.00'
    )
    expect(chronicOutpatient({ region: 'weihai', year: 2020, kind: 'ordinary', tier: 1, cost: '2000', deductible: '200' }).amount).toBe(
      '500.00'
    )
    expect(chronicOutpatient({ region: 'weihai', year: 2020, kind: 'ordinary', tier: 2, cost: '2000', deductible: '200' }).amount).toBe(
      '1000.00'
    )
    expect(
      chronicOutpatient({ region: 'weihai', year: 2020, kind: 'ordinary', tier: 2, cost: '2000', deductible: '200', paidThisYear: '900' })
        .amount
    ).toBe('100.00')
  })
  test('ordinary without a deductible: null (not published)', () => {
    const r = chronicOutpatient({ region: 'weihai', year: 2020, kind: 'ordinary', tier: 1, cost: '1000' })
    expect(r.amount).toBeNull()
    expect(r.note).toContain('起付标准')
    // At most 1,000 × 60% = 600, capped at 500 (一档), with a deductible of 0; the deductible is the unknown.
    expect(r.range).toEqual({ low: null, high: '500.00' })
    expect(r.unknowns.map((u) => u.id)).toEqual(['deductible'])
  })
  test('fixed-rate diseases: 80% is the most (the quota is unpublished, an unknown)', () => {
    const r = chronicOutpatient({ region: 'weihai', year: 2020, kind: 'fixedRate', tier: 1, cost: '1234.56' })
    expect(r.amount).toBe('987.65') // 987.648
    expect(r.range).toEqual({ low: null, high: '987.65' })
    expect(r.unknowns).toEqual([{ id: 'fixedRateQuota', label: '定额结算的定额标准（文件未公布）', raisesShare: true }])
    expect(r.readings).toEqual([])
    expect(r).not.toHaveProperty('bound')
    expect(r).not.toHaveProperty('boundReason')
    // 肾透析, cost 10,000: at most 8,000.
    expect(chronicOutpatient({ region: 'weihai', year: 2020, kind: 'fixedRate', tier: 2, cost: '10000' }).range).toEqual({
      low: null,
      high: '8000.00'
    })
  })
  test('ordinary chronic: exact (published cap)', () => {
    const r = chronicOutpatient({ region: 'weihai', year: 2020, kind: 'ordinary', tier: 1, cost: '1000', deductible: '100' })
    expect(r).toMatchObject({ amount: '500.00', range: { low: '500.00', high: '500.00' }, unknowns: [], readings: [] }) // 900 × 60% = 540 → cap 500
  })
  test('Weifang: ratios not published', () => {
    expect(chronicOutpatient({ region: 'weifang', year: 2020, kind: 'ordinary', tier: 1, cost: '1000', deductible: '0' }).amount).toBeNull()
    expect(chronicOutpatient({ region: 'weifang', year: 2020, kind: 'fixedRate', tier: 1, cost: '1000' })).toMatchObject({
      amount: null,
      range: { low: null, high: null },
      unknowns: []
    })
  })
})

describe('the chronic-disease rules as sentences, worded in the engine from the pack', () => {
  test('Weihai 2020: the special chronic deductible and the fixed-rate diseases, each with its sources', () => {
    const lines = describeChronicRules(getPack('weihai', 2020))
    const special = lines.find((l) => l.text.startsWith('特殊门诊慢性病：'))
    expect(special?.text).toContain('起付标准每人每年300元')
    expect(special?.sources.length).toBe(2)
    expect(lines.every((l) => l.sources.length > 0 && l.sources.every((r) => r.quote.length > 0))).toBe(true)
  })
})
