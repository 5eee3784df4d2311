// Calendar-day arithmetic and date validation without a date library (dayjs left the bundle).
import { addDays } from '../../src/engine'
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
