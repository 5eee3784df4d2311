import Decimal from 'decimal.js'
import { isWorkday } from 'chinese-days'
import { DOCUMENTS } from '../src/policy/documents'

test('toolchain: decimal and chinese-days load under jest', () => {
  expect(new Decimal('0.1').plus('0.2').toFixed(2)).toBe('0.30')
  expect(isWorkday('2020-10-10')).toBe(true)
  expect(DOCUMENTS['anqiu-2020-06'].region).toBe('weifang')
})
