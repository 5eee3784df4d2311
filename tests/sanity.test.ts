import Decimal from 'decimal.js'
import { isWorkday } from 'chinese-days'
import dayjs from 'dayjs'
import { DOCUMENTS } from '../src/policy/documents'

test('toolchain: decimal, chinese-days and dayjs load under jest', () => {
  expect(new Decimal('0.1').plus('0.2').toFixed(2)).toBe('0.30')
  expect(isWorkday('2020-10-10')).toBe(true)
  expect(dayjs('2020-01-01').add(1, 'day').format('YYYY-MM-DD')).toBe('2020-01-02')
  expect(DOCUMENTS['anqiu-2020-06'].region).toBe('weifang')
})
