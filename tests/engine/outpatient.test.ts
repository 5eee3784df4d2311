// 普通门诊 (Weifang §5.1) and Weihai 门诊慢性病 (§6).
import { chronicOutpatient, outpatientGeneral } from '../../src/engine'

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
    expect(outpatientGeneral({ region: 'weifang', scheme, cost, paidThisYear })).toMatchObject({ amount, remainingCap })
  })

  test('Weihai: not published', () => {
    expect(outpatientGeneral({ region: 'weihai', scheme: 'resident', cost: '100' })).toMatchObject({ amount: null })
  })

  test('bad scheme', () => {
    expect(() => outpatientGeneral({ region: 'weifang', scheme: 'x' as never, cost: '1' })).toThrow(expect.objectContaining({ field: 'scheme' }))
  })
})

describe('Weihai 门诊慢性病', () => {
  test('ordinary: 60% above the user deductible, 500 (一档) / 1,000 (二档) a year', () => {
    expect(chronicOutpatient({ region: 'weihai', kind: 'ordinary', tier: 1, cost: '1000', deductible: '200' }).amount).toBe('480.00')
    expect(chronicOutpatient({ region: 'weihai', kind: 'ordinary', tier: 1, cost: '2000', deductible: '200' }).amount).toBe('500.00')
    expect(chronicOutpatient({ region: 'weihai', kind: 'ordinary', tier: 2, cost: '2000', deductible: '200' }).amount).toBe('1000.00')
    expect(chronicOutpatient({ region: 'weihai', kind: 'ordinary', tier: 2, cost: '2000', deductible: '200', paidThisYear: '900' }).amount).toBe('100.00')
  })
  test('ordinary without a deductible: null (not published)', () => {
    const r = chronicOutpatient({ region: 'weihai', kind: 'ordinary', tier: 1, cost: '1000' })
    expect(r.amount).toBeNull()
    expect(r.note).toContain('起付标准')
  })
  test('fixed-rate diseases: 80%, at most (the quota is unpublished)', () => {
    const r = chronicOutpatient({ region: 'weihai', kind: 'fixedRate', tier: 1, cost: '1234.56' })
    expect(r.amount).toBe('987.65') // 987.648
    expect(r.bound).toBe('atMost')
    expect(r.boundReason).toContain('定额标准文件未公布')
  })
  test('ordinary chronic: exact (published cap)', () => {
    expect(chronicOutpatient({ region: 'weihai', kind: 'ordinary', tier: 1, cost: '1000', deductible: '100' }).bound).toBeUndefined()
  })
  test('Weifang: ratios not published', () => {
    expect(chronicOutpatient({ region: 'weifang', kind: 'ordinary', tier: 1, cost: '1000', deductible: '0' }).amount).toBeNull()
    expect(chronicOutpatient({ region: 'weifang', kind: 'fixedRate', tier: 1, cost: '1000' }).amount).toBeNull()
  })
})
