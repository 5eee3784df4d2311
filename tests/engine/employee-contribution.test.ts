// 职工医保 (seed 004 §2, §9, §11; POLICY-READING §1).
import {
  employeeContribution,
  employeeYear,
  employeeYear2020,
  isUnpublishedResult,
  minimumYearsShortfall,
  retireeAccount
} from '../../src/engine'
import type { EmployeeContribution, EmployeeYear, MinimumYearsShortfall } from '../../src/engine'
import { at } from '../../src/test-support/present'

const month = (m: string, employerType: 'enterprise' | 'institution' = 'enterprise', age = 30, base = '5000') =>
  employeeContribution({ region: 'weifang', year: 2020, base, month: m, employerType, age }) as EmployeeContribution

describe('employer 8% less the 2020 relief; individual 2%', () => {
  test.each([
    ['2020-01', 'enterprise', '400.00', '0.08'],
    ['2020-02', 'enterprise', '400.00', '0.08'],
    ['2020-03', 'enterprise', '275.00', '0.055'], // −2.5 points
    ['2020-07', 'enterprise', '275.00', '0.055'],
    ['2020-08', 'enterprise', '350.00', '0.07'], // −1 point
    ['2020-12', 'enterprise', '350.00', '0.07'],
    ['2020-02', 'institution', '400.00', '0.08'],
    ['2020-03', 'institution', '350.00', '0.07'],
    ['2020-07', 'institution', '350.00', '0.07'],
    ['2020-12', 'institution', '350.00', '0.07']
  ] as const)('%s %s', (m, type, employer, rate) => {
    const r = month(m, type)
    expect(r.employer).toBe(employer)
    expect(r.employerRate).toBe(rate)
    expect(r.individual).toBe('100.00')
    expect(r.warnings).toEqual([])
  })

  test('relief cites its source', () => {
    expect(
      month('2020-05')
        .sources.map((s) => s.quote)
        .join()
    ).toContain('降低2.5个百分点')
  })

  test('outside 2020: standard rates, with a warning', () => {
    const r = month('2021-05')
    expect(r.employer).toBe('400.00')
    expect(r.warnings.join()).toContain('只收录了2020年政策')
    expect(month('2019-12').employer).toBe('400.00')
  })

  test('rounded per figure to the fen', () => {
    // 3,333.33 × 5.5% = 183.33315; × 2% = 66.6666; × 2.9% = 96.66657
    const r = month('2020-04', 'enterprise', 30, '3333.33')
    expect(r).toMatchObject({ employer: '183.33', individual: '66.67', total: '250.00', personalAccount: '96.67' })
  })
})

describe('personal account', () => {
  test('in service: 2.9% under 45, 3.9% over 45; at 45 the first option (2.9%) and a range up to 3.9%', () => {
    expect(month('2020-01', 'enterprise', 44).personalAccount).toBe('145.00')
    expect(month('2020-01', 'enterprise', 45).personalAccount).toBe('145.00')
    expect(month('2020-01', 'enterprise', 45).range).toEqual({ low: '145.00', high: '195.00' })
    expect(month('2020-01', 'enterprise', 46).personalAccount).toBe('195.00')
  })
  test('retirees: 4.9% under 70, 5.9% from 70', () => {
    expect(retireeAccount({ region: 'weifang', year: 2020, pension: '3000', age: 69 })).toMatchObject({
      personalAccount: '147.00',
      rate: '0.049'
    })
    expect(retireeAccount({ region: 'weifang', year: 2020, pension: '3000', age: 70 })).toMatchObject({
      personalAccount: '177.00',
      rate: '0.059'
    })
  })
})

describe('the year 2020 month by month', () => {
  test('enterprise: 2 × 400 + 5 × 275 + 5 × 350 = 3,925', () => {
    const y = employeeYear2020({ base: '5000', employerType: 'enterprise', age: 30 }) as EmployeeYear
    expect(y.rows.map((r) => r.employerRate)).toEqual([
      '0.08',
      '0.08',
      '0.055',
      '0.055',
      '0.055',
      '0.055',
      '0.055',
      '0.07',
      '0.07',
      '0.07',
      '0.07',
      '0.07'
    ])
    expect(y.totals).toEqual({ employer: '3925.00', individual: '1200.00', total: '5125.00', personalAccount: '1740.00' })
  })
  test('institution: 2 × 400 + 10 × 350 = 4,300', () => {
    const y = employeeYear2020({ base: '5000', employerType: 'institution', age: 50 }) as EmployeeYear
    expect(y.totals.employer).toBe('4300.00')
    expect(y.totals.personalAccount).toBe('2340.00')
  })
})

describe('Weihai: employee rules not published', () => {
  test('unpublished results', () => {
    expect(
      isUnpublishedResult(
        employeeContribution({ region: 'weihai', year: 2020, base: '5000', month: '2020-01', employerType: 'enterprise', age: 30 })
      )
    ).toBe(true)
    expect(isUnpublishedResult(retireeAccount({ region: 'weihai', year: 2020, pension: '1', age: 70 }))).toBe(true)
    expect(isUnpublishedResult(employeeYear2020({ region: 'weihai', base: '1', employerType: 'enterprise', age: 30 }))).toBe(true)
    expect(isUnpublishedResult(minimumYearsShortfall({ region: 'weihai', year: 2020, sex: 'male', yearsPaid: 1 }))).toBe(true)
  })
})

describe('minimum years at retirement: men 30, women 25; rate unpublished', () => {
  const short = (input: Partial<Parameters<typeof minimumYearsShortfall>[0]>) =>
    minimumYearsShortfall({ region: 'weifang', year: 2020, sex: 'male', yearsPaid: 0, ...input }) as MinimumYearsShortfall

  test('shortfall without a rate: amount null', () => {
    expect(short({ yearsPaid: 27 })).toMatchObject({ requiredYears: 30, shortfallYears: 3, amount: null })
    expect(short({ yearsPaid: 27 }).note).toContain('按规定比例')
  })
  test('no shortfall', () => {
    expect(short({ sex: 'female', yearsPaid: 25 })).toMatchObject({ requiredYears: 25, shortfallYears: 0, amount: '0.00' })
    expect(short({ yearsPaid: 31 })).toMatchObject({ shortfallYears: 0 })
  })
  test('with a rate and wage: wage × rate × years', () => {
    // 80,000 × 8% × 2.5 = 16,000; 30 − 27.3 = 2.7 exactly (no float drift)
    expect(short({ yearsPaid: 27.5, rate: '0.08', averageWage: '80000' }).amount).toBe('16000.00')
    expect(short({ yearsPaid: 27.3 }).shortfallYears).toBe(2.7)
  })
  test('bad input', () => {
    expect(() => short({ yearsPaid: -1 })).toThrow(expect.objectContaining({ field: 'yearsPaid' }))
    expect(() => short({ sex: 'x' as never })).toThrow(expect.objectContaining({ field: 'sex' }))
    expect(() => short({ rate: '2' })).toThrow(expect.objectContaining({ field: 'rate' }))
  })
})

describe('bad input', () => {
  test.each([
    [{ base: '-1' }, 'base'],
    [{ base: 'abc' }, 'base'],
    [{ month: '2020-13' }, 'month'],
    [{ month: '2020-1' }, 'month'],
    [{ employerType: 'farm' }, 'employerType'],
    [{ age: 44.5 }, 'age'],
    [{ age: -1 }, 'age']
  ])('%j', (override, field) => {
    expect(() =>
      employeeContribution({
        region: 'weifang',
        year: 2020,
        base: '5000',
        month: '2020-01',
        employerType: 'enterprise',
        age: 30,
        ...(override as object)
      })
    ).toThrow(expect.objectContaining({ field }))
  })
})

describe('personal account at exactly 45: both readings (POLICY-READING §10)', () => {
  const january = (age: number) =>
    employeeContribution({ region: 'weifang', year: 2020, base: '6000', month: '2020-01', employerType: 'enterprise', age })

  test('44: 2.9% only; 46: 3.9% only', () => {
    const r44 = january(44)
    const r46 = january(46)
    if (isUnpublishedResult(r44) || isUnpublishedResult(r46)) throw new Error('published')
    expect(r44.personalAccount).toBe('174.00') // 6,000 × 2.9%
    expect(r44).toMatchObject({ range: { low: '174.00', high: '174.00' }, readings: [] })
    expect(r46.personalAccount).toBe('234.00') // 6,000 × 3.9%
    expect(r46).toMatchObject({ range: { low: '234.00', high: '234.00' }, readings: [] })
  })

  test('45: 174.00 (2.9%, the first option) or 234.00 (3.9%): the reading weifang.age45', () => {
    const r = january(45)
    if (isUnpublishedResult(r)) throw new Error('published')
    expect(r.personalAccount).toBe('174.00')
    expect(r.personalAccountRate).toBe('0.029')
    expect(r.range).toEqual({ low: '174.00', high: '234.00' })
    expect(r.readings.map((x) => x.id)).toEqual(['weifang.age45'])
    expect(at(r.readings, 0).options.map((x) => x.figure)).toEqual(['174.00', '234.00'])
    expect(at(at(r.readings, 0).options, 1).label).toContain('3.9%')
    expect(at(r.readings, 0).question).toContain('正好45岁')
    expect(r.sources.map((x) => x.quote).join()).toContain('45岁以下的划入2.9%')
    expect(r.sources.map((x) => x.quote).join()).toContain('45岁以上的划入3.9%')
  })
})

describe('the year table follows the birth month', () => {
  test('born 1975-06: 44 until May, 45 from June, a range for the months at 45', () => {
    const y = employeeYear({ region: 'weifang', year: 2020, base: '6000', employerType: 'institution', birthMonth: '1975-06' })
    if (isUnpublishedResult(y)) throw new Error('published')
    expect(y.rows.map((r) => r.age)).toEqual([44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 45])
    expect(at(y.rows, 4).personalAccount).toBe('174.00')
    expect(at(at(y.rows, 5).readings, 0).options.map((x) => x.figure)).toEqual(['174.00', '234.00'])
    // first option 12 × 174 = 2,088; the other 5 × 174 + 7 × 234 = 870 + 1,638 = 2,508
    expect(y.totals.personalAccount).toBe('2088.00')
    expect(at(y.readings, 0).options.map((x) => x.figure)).toEqual(['2088.00', '2508.00'])
    expect(y.range).toEqual({ low: '2088.00', high: '2508.00' })
  })

  test('born 1974-03: 45 until February, 46 from March', () => {
    const y = employeeYear({ region: 'weifang', year: 2020, base: '6000', employerType: 'institution', birthMonth: '1974-03' })
    if (isUnpublishedResult(y)) throw new Error('published')
    expect(y.rows.map((r) => r.age).slice(0, 3)).toEqual([45, 45, 46])
    expect(at(y.rows, 2).readings).toEqual([])
    expect(at(y.rows, 1).readings.map((x) => x.id)).toEqual(['weifang.age45'])
    // 2 × 174 or 2 × 234, then 10 × 234: 2,688 or 2,808
    expect(y.range).toEqual({ low: '2688.00', high: '2808.00' })
  })

  test('without a range all year, no year range', () => {
    const y = employeeYear({ region: 'weifang', year: 2020, base: '6000', employerType: 'institution', age: 30 })
    if (isUnpublishedResult(y)) throw new Error('published')
    expect(y.readings).toEqual([])
    expect(y.range).toEqual({ low: '2088.00', high: '2088.00' })
    expect(employeeYear2020({ base: '6000', employerType: 'institution', age: 30 })).toEqual(y)
  })

  test('bad birth months are refused in Chinese', () => {
    for (const birthMonth of ['1975-13', '2021-01', 'abc']) {
      expect(() => employeeYear({ region: 'weifang', year: 2020, base: '6000', employerType: 'institution', birthMonth })).toThrow(
        expect.objectContaining({ field: 'birthMonth' })
      )
    }
  })
})
