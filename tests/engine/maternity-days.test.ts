// 产假/生育津贴 days and amounts (POLICY-READING §7). The two cities differ at exactly 4 months.
import { maternityAllowance } from '../../src/engine/maternity'
import type { MaternityEvent } from '../../src/engine'

const days = (region: 'weihai' | 'weifang', event: MaternityEvent) =>
  maternityAllowance({ year: 2020, region, averageMonthlyWage: '3000', event })

describe('Weifang (seed 004 §12)', () => {
  test.each([
    [{ kind: 'birth', babies: 1 }, 98],
    [{ kind: 'birth', babies: 1, caesarean: true }, 113],
    [{ kind: 'birth', babies: 2 }, 113],
    [{ kind: 'birth', babies: 3 }, 128],
    [{ kind: 'birth', babies: 2, caesarean: true }, 128],
    [{ kind: 'birth', babies: 1, infantDiedWithin72h: true }, 42],
    [{ kind: 'birth', babies: 2, caesarean: true, infantDiedWithin72h: true }, 42],
    [{ kind: 'miscarriage', monthsPregnant: 2 }, 15],
    [{ kind: 'miscarriage', monthsPregnant: 4 }, 15], // "4个月以内（含4个月）"
    [{ kind: 'miscarriage', monthsPregnant: 4.1 }, 42],
    [{ kind: 'miscarriage', monthsPregnant: 6 }, 42]
  ] as [MaternityEvent, number][])('%j → %i days', (event, expected) => {
    const r = days('weifang', event)
    expect(r.days).toBe(expected)
    expect(r.warnings).toEqual([])
  })

  test('难产 is not in the Weifang text: no days added, warning', () => {
    const r = days('weifang', { kind: 'birth', babies: 1, difficult: true })
    expect(r.days).toBe(98)
    expect(r.warnings.join()).toContain('难产')
  })
})

describe('Weihai (seed 000 Q&A)', () => {
  test.each([
    [{ kind: 'birth', babies: 1 }, 98],
    [{ kind: 'birth', babies: 1, difficult: true }, 113],
    [{ kind: 'birth', babies: 2 }, 113],
    [{ kind: 'birth', babies: 3, difficult: true }, 143],
    [{ kind: 'miscarriage', monthsPregnant: 3.9 }, 15], // "未满4个月"
    [{ kind: 'miscarriage', monthsPregnant: 4 }, 42], // "满4个月"
    [{ kind: 'miscarriage', monthsPregnant: 7 }, 42]
  ] as [MaternityEvent, number][])('%j → %i days', (event, expected) => {
    expect(days('weihai', event).days).toBe(expected)
  })

  test('剖宫产 is not in the Weihai text: no days added, warning', () => {
    const r = days('weihai', { kind: 'birth', babies: 1, caesarean: true })
    expect(r.days).toBe(98)
    expect(r.warnings.join()).toContain('剖宫产')
  })

  test('72-hour rule not published for Weihai: normal days, warning', () => {
    const r = days('weihai', { kind: 'birth', babies: 1, infantDiedWithin72h: true })
    expect(r.days).toBe(98)
    expect(r.warnings.join()).toContain('72小时')
  })
})

describe('exactly 4 months: the cities differ', () => {
  test('Weihai 42, Weifang 15', () => {
    expect(days('weihai', { kind: 'miscarriage', monthsPregnant: 4 }).days).toBe(42)
    expect(days('weifang', { kind: 'miscarriage', monthsPregnant: 4 }).days).toBe(15)
  })
})

describe('allowance = wage ÷ 30 × days, rounded at the end', () => {
  test.each([
    ['weifang', '6000', { kind: 'birth', babies: 1 }, '19600.00'], // 6,000 × 98 / 30
    ['weifang', '5000', { kind: 'birth', babies: 1, caesarean: true }, '18833.33'], // 5,000 × 113 / 30 = 18,833.333…
    ['weifang', '4500.50', { kind: 'miscarriage', monthsPregnant: 3 }, '2250.25'] // 4,500.5 × 15 / 30
  ] as ['weihai' | 'weifang', string, MaternityEvent, string][])('%s, wage %s, %j → %s', (region, wage, event, amount) => {
    expect(maternityAllowance({ year: 2020, region, averageMonthlyWage: wage, event }).amount).toBe(amount)
  })

  test('Weifang ignores a user day basis: its ÷30 is published', () => {
    const r = maternityAllowance({
      region: 'weifang',
      year: 2020,
      averageMonthlyWage: '6000',
      event: { kind: 'birth', babies: 1 },
      monthDays: 31
    })
    expect(r.amount).toBe('19600.00')
    expect(r.dayBasis).toBe('published')
    expect(r.warnings.join()).toContain('30天')
  })
})

describe('Weihai allowance: no ÷30 borrowed from 潍坊 (POLICY-READING §7)', () => {
  test('without a day basis: the days and the wage basis, amount null', () => {
    const r = maternityAllowance({ region: 'weihai', year: 2020, averageMonthlyWage: '3000', event: { kind: 'birth', babies: 1 } })
    expect(r.amount).toBeNull()
    expect(r.days).toBe(98)
    expect(r.dayBasis).toBeNull()
    expect(r.basis).toContain('用人单位上年度职工月平均工资')
    expect(r.basis).not.toContain('潍坊')
    expect(r.sources.every((s) => s.doc === 'wendeng-2019-12')).toBe(true)
  })

  test('no wage needed to see the days', () => {
    expect(
      maternityAllowance({ region: 'weihai', year: 2020, averageMonthlyWage: '', event: { kind: 'miscarriage', monthsPregnant: 4 } }).days
    ).toBe(42)
  })

  test.each([
    ['1000.01', { kind: 'birth', babies: 1 }, 30, '3266.70'], // 1,000.01 × 98 / 30 = 3,266.699…
    ['3000', { kind: 'miscarriage', monthsPregnant: 4 }, 30, '4200.00'], // 3,000 × 42 / 30
    ['3100', { kind: 'birth', babies: 1 }, 31, '9800.00'] // 3,100 × 98 / 31
  ] as [string, MaternityEvent, number, string][])("with the user's own basis: wage %s, %j, ÷%d → %s", (wage, event, monthDays, amount) => {
    const r = maternityAllowance({ region: 'weihai', year: 2020, averageMonthlyWage: wage, event, monthDays })
    expect(r.amount).toBe(amount)
    expect(r.dayBasis).toBe('user')
    expect(r.basis).toContain('不是文件规定')
  })

  test('a bad day basis is refused in Chinese', () => {
    for (const monthDays of [0, 32, 30.5, NaN]) {
      expect(() =>
        maternityAllowance({ region: 'weihai', year: 2020, averageMonthlyWage: '3000', event: { kind: 'birth', babies: 1 }, monthDays })
      ).toThrow(expect.objectContaining({ field: 'monthDays' }))
    }
  })
})

describe('allowance input errors', () => {
  test('bad events', () => {
    expect(() => days('weifang', { kind: 'birth', babies: 0 })).toThrow(expect.objectContaining({ field: 'event.babies' }))
    expect(() => days('weifang', { kind: 'birth', babies: 1.5 })).toThrow(expect.objectContaining({ field: 'event.babies' }))
    expect(() => days('weifang', { kind: 'miscarriage', monthsPregnant: 0 })).toThrow(
      expect.objectContaining({ field: 'event.monthsPregnant' })
    )
    expect(() => days('weifang', { kind: 'miscarriage', monthsPregnant: NaN })).toThrow(
      expect.objectContaining({ field: 'event.monthsPregnant' })
    )
    expect(() => days('weifang', { kind: 'other' } as never)).toThrow(expect.objectContaining({ field: 'event' }))
    expect(() =>
      maternityAllowance({ region: 'weifang', year: 2020, averageMonthlyWage: '-1', event: { kind: 'birth', babies: 1 } })
    ).toThrow(expect.objectContaining({ field: 'averageMonthlyWage', message: '金额不能为负数' }))
  })
})
