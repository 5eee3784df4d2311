// parseMoney: money as people type it on a phone.
import { difference, formatYuan, paidRange, parseMoney, percentOf, PolicyInputError } from '../../src/engine'

describe('accepted forms', () => {
  test.each([
    ['3万', '30000.00'],
    ['3万元', '30000.00'],
    ['1.5万', '15000.00'],
    ['3w', '30000.00'],
    ['2千', '2000.00'],
    ['12,000', '12000.00'],
    ['1,234,567.89', '1234567.89'],
    ['¥12000', '12000.00'],
    ['￥ 12,000.50 元', '12000.50'],
    ['１２０００', '12000.00'],
    ['１２，０００．５', '12000.50'],
    ['  800  ', '800.00'],
    ['0', '0.00'],
    ['0.01', '0.01'],
    ['007', '7.00'],
    ['1.23456万', '12345.60'],
    ['1.234567万', '12345.67'],
    ['10万', '100000.00'],
    ['100000万', '1000000000.00'], // exactly the limit
    ['1000000000', '1000000000.00']
  ])('%s → %s', (text, expected) => {
    expect(parseMoney(text)).toBe(expected)
  })
})

describe('refused forms', () => {
  test.each([
    ['-5', '负数'],
    ['－5', '负数'],
    ['¥-5', '负数'],
    ['abc', '无法识别'],
    ['', '请输入金额'],
    ['   ', '请输入金额'],
    ['1e12', '科学计数法'],
    ['1E3', '科学计数法'],
    ['3万万', '无法识别'],
    ['12.345', '精确到分'],
    ['1.2345678万', '精确到分'],
    ['1000000000.01', '超出可测算范围'],
    ['100001万', '超出可测算范围'],
    ['1,2', '千位分隔符'],
    ['12,0000', '千位分隔符'],
    ['12.', '无法识别'],
    ['.5', '无法识别'],
    ['1 2', '无法识别'],
    ['三万', '无法识别']
  ])('%s (%s)', (text, message) => {
    expect(() => parseMoney(text)).toThrow(PolicyInputError)
    expect(() => parseMoney(text)).toThrow(expect.objectContaining({ field: 'amount', message: expect.stringContaining(message) }))
  })

  test('not a string', () => {
    expect(() => parseMoney(12 as never)).toThrow(PolicyInputError)
  })
})

describe('formatYuan', () => {
  test.each([
    ['0', '¥0.00'],
    ['1234567.8', '¥1,234,567.80'],
    ['999.995', '¥1,000.00']
  ])('%s → %s', (amount, expected) => {
    expect(formatYuan(amount)).toBe(expected)
  })
})

describe('the figures pages ask the engine for instead of doing arithmetic', () => {
  test('difference is exact and plain', () => {
    expect(difference('650', '450')).toBe('200')
    expect(difference('0.3', '0.1')).toBe('0.2')
  })
  test('percentOf draws a share of a bar, 0 of nothing', () => {
    expect(percentOf('1', '3')).toBe('33.333')
    expect(percentOf('5', '0')).toBe('0')
  })
  test('paidRange mirrors the share’s range in the total, open sides included', () => {
    expect(paidRange('100000', { low: '8828.75', high: '11144.00' })).toEqual({ low: '88856.00', high: '91171.25' })
    expect(paidRange('100', { low: null, high: '40.00' })).toEqual({ low: '60.00', high: null })
  })
})
