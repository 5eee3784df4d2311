import { splitPhones } from '../../src/components/linked-text/phones'

test('local hotlines become tappable with the 潍坊 area code', () => {
  expect(splitPhones('请拨打行风热线4397117咨询')).toEqual([
    { text: '请拨打行风热线' },
    { text: '4397117', phone: '0536-4397117' },
    { text: '咨询' }
  ])
})

test('amounts, years and rates are not phone numbers', () => {
  for (const text of ['年度最高支付限额为200000元', '2020年1月1日', '0.8', '12107人', '3669万元', '40,000', '1234567%']) {
    expect(splitPhones(text).some((p) => p.phone)).toBe(false)
  }
})

test('two numbers in one sentence are both found', () => {
  const phones = splitPhones('热线4397117，门诊管理科4253522。').filter((p) => p.phone).map((p) => p.phone)
  expect(phones).toEqual(['0536-4397117', '0536-4253522'])
})
