import { render, screen, fireEvent, within } from '@testing-library/react'
import EstimatePage from '../../src/pages/estimate/index'
import { readPercent, rateToPercent } from '../../src/engine'
import { seedRegion } from '../fixtures/stored'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

function renderWeihai() {
  seedRegion('weihai')
  render(<EstimatePage year={POLICY_YEAR} />)
  fireEvent.click(within(screen.getByTestId('est-tier')).getByText('一档'))
  fireEvent.click(within(screen.getByTestId('est-level')).getByText('一级医院'))
  fireEvent.change(screen.getByLabelText('就诊医院的起付标准（不清楚可不填）'), { target: { value: '0' } })
}
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

test.each([
  ['30000', '= 30,000.00 元', '¥6,000.00'],
  ['3万', '= 30,000.00 元', '¥6,000.00'],
  ['3.5万元', '= 35,000.00 元', '¥7,000.00'],
  ['12,000', '= 12,000.00 元', '¥2,400.00'],
  ['¥12000', '= 12,000.00 元', '¥2,400.00'],
  ['１２０００', '= 12,000.00 元', '¥2,400.00']
])('the page reads %s, echoes it, and computes on it', (typed, echo, share) => {
  renderWeihai()
  type('住院总费用', typed)
  type('其中政策范围内费用（不清楚可不填）', typed)
  expect(screen.getByTestId('est-total-echo')).toHaveTextContent(echo)
  // Level 1, deductible 0: the fund pays 80%, the patient 20%.
  expect(screen.getByTestId('patient-share')).toHaveTextContent(share)
})

test.each([
  ['-5', '负数'],
  ['abc', '数字'],
  ['1e12', '科学计数法'],
  ['3万万', '金额'],
  ['2000000000', '10亿']
])('bad money %s gets a Chinese message beside the field and no figure', (typed, words) => {
  renderWeihai()
  type('其中政策范围内费用（不清楚可不填）', '1000')
  type('住院总费用', typed)
  expect(screen.getByTestId('est-total-error')).toHaveTextContent(words)
  expect(screen.queryByTestId('est-total-echo')).toBeNull()
  expect(screen.queryByTestId('patient-share')).toBeNull()
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/)
})

test('empty is neither a number nor an error: the result lists it as missing', () => {
  renderWeihai()
  type('住院总费用', '')
  expect(screen.queryByTestId('est-total-error')).toBeNull()
  expect(screen.getByTestId('sticky-missing')).toHaveTextContent('住院总费用')
})

test('compliant > total is refused with a clear message', () => {
  renderWeihai()
  type('住院总费用', '1万')
  type('其中政策范围内费用（不清楚可不填）', '10000.01')
  expect(screen.getByTestId('est-compliant-error')).toHaveTextContent('政策范围内费用不能大于住院总费用')
  expect(screen.queryByTestId('patient-share')).toBeNull()
})

test('a slip figure larger than the compliant cost is refused beside that field', () => {
  renderWeihai()
  type('住院总费用', '10000')
  type('其中政策范围内费用（不清楚可不填）', '8000')
  fireEvent.click(within(screen.getByTestId('est-basic-source')).getByText('填结算单上的统筹基金支付'))
  type('结算单上的统筹基金支付', '9000')
  expect(screen.getByTestId('est-basic-paid-error')).toHaveTextContent('统筹基金支付不能大于政策范围内费用')
})

describe('percentages as people type them', () => {
  test.each([
    ['70', '0.7', '70'],
    ['70%', '0.7', '70'],
    ['70％', '0.7', '70'],
    ['７０', '0.7', '70'],
    ['62.5', '0.625', '62.5'],
    ['100', '1', '100'],
    ['5', '0.05', '5'],
    ['0', '0', '0'],
    ['007', '0.07', '7'],
    ['0.5', '0.005', '0.5'],
    [' 85 % ', '0.85', '85']
  ])('%s → rate %s', (typed, rate, percent) => {
    expect(readPercent(typed)).toEqual({ state: 'ok', rate, percent })
  })

  test.each(['101', '100.5', '-70', 'abc', '7O', '1e2', '70.12345', '1,000'])('%s is refused in Chinese', (typed) => {
    const r = readPercent(typed)
    expect(r.state).toBe('error')
    if (r.state === 'error') expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  test('empty', () => expect(readPercent('  ')).toEqual({ state: 'empty' }))

  test.each([
    ['0.7', '70%'],
    ['0.098', '9.8%'],
    ['1', '100%'],
    ['0.65', '65%'],
    ['0.055', '5.5%']
  ])('rate %s shows as %s', (rate, text) => {
    expect(rateToPercent(rate)).toBe(text)
  })

  test('the Weifang ratio field flags a bad percentage and computes nothing', () => {
    seedRegion('weifang')
    render(<EstimatePage year={POLICY_YEAR} />)
    fireEvent.click(within(screen.getByTestId('est-tier')).getByText('一档'))
    type('住院总费用', '10000')
    type('其中政策范围内费用（不清楚可不填）', '10000')
    type('就诊医院的起付标准（不清楚可不填）', '500')
    type('基本医保支付比例', '120')
    expect(screen.getByTestId('est-ratio-error')).toHaveTextContent('不能超过100%')
    expect(screen.queryByTestId('patient-share')).toBeNull()
    type('基本医保支付比例', '70')
    // (10,000 − 500) × 70% = 6,650 paid by the fund; 大病 not reached (P1 = 3,350 < 12,000)
    expect(screen.getByTestId('patient-share')).toHaveTextContent('¥3,350.00')
  })
})

describe('typed choices', () => {
  test('tier and hospital level choices become the engine types, or nothing until chosen', () => {
    const { tierOf, levelOf } = jest.requireActual('../../src/components/estimate-form/choices')
    expect([tierOf(''), tierOf('1'), tierOf('2')]).toEqual([undefined, 1, 2])
    expect([levelOf(''), levelOf('1'), levelOf('2'), levelOf('3')]).toEqual([undefined, 1, 2, 3])
  })
})
