// Calendar-day arithmetic and date validation without a date library (dayjs left the bundle).
import { addDays, lateFeeWaiver, lateFeeWaiver2020, monthSpan } from '../../src/engine'
import { parseDate } from '../../src/engine/inputs'
import { PolicyInputError } from '../../src/engine/errors'

describe('addDays', () => {
  test.each([
    ['2020-04-30', -3, '2020-04-27'],
    ['2020-03-01', -1, '2020-02-29'], // leap year
    ['2021-03-01', -1, '2021-02-28'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2021-01-01', -1, '2020-12-31'],
    ['2020-01-31', 30, '2020-03-01'],
    ['2020-06-15', 0, '2020-06-15']
  ])('%s %+d → %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected)
  })
})

describe('parseDate', () => {
  test('a real date comes back as written', () => {
    expect(parseDate('d', '2020-02-29')).toBe('2020-02-29')
  })
  test.each(['2021-02-29', '2020-02-30', '2020-04-31', '2020-00-10', '2020-13-01', '2020-01-00', '2020-01-32'])(
    '%s does not exist',
    (bad) => {
      expect(() => parseDate('d', bad)).toThrow(new PolicyInputError('d', '日期无效：没有这一天'))
    }
  )
  test.each(['2020/01/01', '2020-1-1', '', ' 2020-01-01', 20200101, null])('%p is not YYYY-MM-DD', (bad) => {
    expect(() => parseDate('d', bad)).toThrow('日期无效，请按“YYYY-MM-DD”填写')
  })
})

describe('a late-fee waiver names its months from the pack', () => {
  test('monthSpan says the months as a sentence does', () => {
    expect(monthSpan('2020-01', '2020-03')).toBe('2020年1–3月')
    expect(monthSpan('2020-11', '2021-02')).toBe('2020年11月–2021年2月')
    expect(monthSpan('2020-05', '2020-05')).toBe('2020年5月')
  })

  test('without a month, the waiver is asked about the first month it covers', () => {
    const given = lateFeeWaiver({ region: 'weifang', year: 2020, arrearsMonth: '2020-01', paymentDate: '2020-04-20' })
    expect(lateFeeWaiver({ region: 'weifang', year: 2020, paymentDate: '2020-04-20' })).toEqual(given)
    expect(given).toMatchObject({ waived: true, safePayBy: '2020-04-30' })
    expect(lateFeeWaiver2020).toBe(lateFeeWaiver)
  })
})
