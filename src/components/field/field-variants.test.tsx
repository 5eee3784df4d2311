import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { DateField, NumberField, PercentInput, readDate, TextField } from '.'
import { normalizeDate } from './reading'

function Controlled({ render: draw }: { render(value: string, set: (v: string) => void): JSX.Element }) {
  const [value, setValue] = useState('')
  return draw(value, setValue)
}

test('PercentInput reads what people type and says it back; a bad value is a Chinese message', () => {
  render(<Controlled render={(v, set) => <PercentInput id='p' label='支付比例' value={v} onChange={set} />} />)
  fireEvent.change(screen.getByLabelText('支付比例'), { target: { value: '７０％' } })
  expect(screen.getByTestId('p-echo')).toHaveTextContent('= 报销70%')
  fireEvent.change(screen.getByLabelText('支付比例'), { target: { value: '150' } })
  expect(screen.getByTestId('p-error').textContent).toMatch(/100/)
  expect((screen.getByLabelText('支付比例') as HTMLInputElement).getAttribute('placeholder')).not.toMatch(/\d/)
})

test('NumberField shows its unit and the error it is given', () => {
  render(
    <NumberField
      id='n'
      label='年龄（周岁）'
      value='4.5'
      onChange={() => undefined}
      error='年龄请填整数（周岁）'
      unit='岁'
      placeholder='填周岁'
    />
  )
  expect(screen.getByText('岁')).toBeInTheDocument()
  expect(screen.getByTestId('n-error')).toHaveTextContent('年龄请填整数')
})

test('TextField ties its label to the input', () => {
  render(<TextField id='t' label='名字' value='住院一' onChange={() => undefined} />)
  expect((screen.getByLabelText('名字') as HTMLInputElement).value).toBe('住院一')
})

test('DateField accepts everyday forms, echoes the date and refuses a day that does not exist', () => {
  render(<Controlled render={(v, set) => <DateField id='d' label='入院日期' text={v} onText={set} clearable />} />)
  fireEvent.change(screen.getByLabelText('入院日期'), { target: { value: '2020年9月30日' } })
  expect(screen.getByTestId('d-echo')).toHaveTextContent('2020年9月30日')
  fireEvent.change(screen.getByLabelText('入院日期'), { target: { value: '2021-02-29' } })
  expect(screen.getByTestId('d-error')).toHaveTextContent('2021年2月没有29日')
  expect(readDate('20200930')).toEqual({ state: 'ok', iso: '2020-09-30' })
  expect(readDate('')).toEqual({ state: 'empty' })
})

test('a date tool reads dates as the date field does, leaving the day for the engine to judge', () => {
  expect(normalizeDate('２０２０年３月２日')).toBe('2020-03-02')
  expect(normalizeDate('20200302')).toBe('2020-03-02')
  expect(normalizeDate('2020.2.30')).toBe('2020-02-30')
  expect(readDate('2020.2.30')).toEqual({ state: 'error', message: '2020年2月没有30日' })
  expect(normalizeDate(' 下个月 ')).toBe('下个月')
})
