import { useState } from 'react'
import { render, screen, fireEvent } from '@testing-library/react'
import { MoneyInput, readMoney } from '.'
import { keypadProps } from '../field/field-input'

test.each([
  ['30000', '30000.00'],
  ['3万', '30000.00'],
  ['3.5万元', '35000.00'],
  ['12,000', '12000.00'],
  ['¥12000', '12000.00'],
  ['１２０００', '12000.00']
])('%s is read as %s yuan', (typed, amount) => {
  expect(readMoney(typed)).toMatchObject({ state: 'ok', amount })
})

test.each(['-5', 'abc', '1e12', '3万万', '2000000000'])('%s gets a Chinese message, not a number', (typed) => {
  const r = readMoney(typed)
  expect(r.state).toBe('error')
  if (r.state === 'error') expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
})

test('empty is neither an amount nor an error', () => {
  expect(readMoney('  ')).toEqual({ state: 'empty' })
})

function Harness() {
  const [v, setV] = useState('')
  return <MoneyInput id='total' label='住院总费用' value={v} onChange={setV} />
}

test('the field is labelled, echoes what it understood, and flags bad input beside it', () => {
  render(<Harness />)
  const input = screen.getByLabelText('住院总费用')
  fireEvent.change(input, { target: { value: '3万' } })
  expect(screen.getByTestId('total-echo')).toHaveTextContent('= 30,000.00 元')
  fireEvent.change(input, { target: { value: 'abc' } })
  expect(screen.queryByTestId('total-echo')).toBeNull()
  expect(screen.getByTestId('total-error')).toHaveTextContent(/金额/)
  expect(document.body.textContent).not.toMatch(/NaN/)
})

test('amounts ask for the number pad with a decimal point: type digit on WeChat, inputmode decimal on H5', () => {
  const env = process.env.TARO_ENV
  try {
    process.env.TARO_ENV = 'weapp'
    expect(keypadProps('decimal', 'text')).toEqual({ type: 'digit' })
    process.env.TARO_ENV = 'h5'
    // a text box, so that "3万" typed or pasted still reads (Taro's H5 type digit is type number)
    expect(keypadProps('decimal', 'text')).toEqual({ type: 'text', nativeProps: { inputMode: 'decimal' } })
    expect(keypadProps(undefined, 'text')).toEqual({ type: 'text' })
  } finally {
    process.env.TARO_ENV = env
  }
})
