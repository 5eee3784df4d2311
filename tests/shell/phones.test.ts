import { readdirSync, readFileSync, statSync } from 'fs'
import { join } from 'path'
import { dialNumber, splitPhones } from '../../src/components/linked-text/phones'

test('local hotlines become tappable with the 潍坊 area code', () => {
  expect(splitPhones('请致电门诊管理科4253522咨询')).toEqual([
    { text: '请致电门诊管理科' },
    { text: '4253522', phone: '0536-4253522' },
    { text: '咨询' }
  ])
})

test('4397117, the call-in line of one live programme on 2020-06-09, is no consultation number: it appears nowhere in the app', () => {
  expect(dialNumber('4397117')).toBe('4397117')
  const files: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e)
      if (statSync(p).isDirectory()) walk(p)
      else files.push(p)
    }
  }
  walk(join(__dirname, '..', '..', 'src'))
  expect(files.length).toBeGreaterThan(50)
  expect(files.filter((f) => readFileSync(f, 'utf8').includes('4397117'))).toEqual([])
})

test('amounts, years and rates are not phone numbers', () => {
  for (const text of ['年度最高支付限额为200000元', '2020年1月1日', '0.8', '12107人', '3669万元', '40,000', '1234567%']) {
    expect(splitPhones(text).some((p) => p.phone)).toBe(false)
  }
})

test('two numbers in one sentence are both found', () => {
  const phones = splitPhones('门诊管理科4253522，另一号码1234567。')
    .filter((p) => p.phone)
    .map((p) => p.phone)
  expect(phones).toEqual(['0536-4253522', '1234567'])
})
