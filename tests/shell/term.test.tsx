import { render, screen, fireEvent } from '@testing-library/react'
import { TermHelp } from '../../src/components/term'

test('tapping a term opens its one-line explanation for the city, and closes it again', () => {
  render(<TermHelp id='tiers' region='weihai' />)
  expect(screen.queryByTestId('term-line')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '什么是一档、二档？' }))
  expect(screen.getByTestId('term-line').textContent).toContain('一档每人每年450元')
  fireEvent.click(screen.getByRole('button', { name: '收起：什么是一档、二档' }))
  expect(screen.queryByTestId('term-line')).toBeNull()
})

test('a city whose documents do not give the figures says so and borrows none', () => {
  render(<TermHelp id='tiers' region='weifang' />)
  fireEvent.click(screen.getByRole('button', { name: '什么是一档、二档？' }))
  const line = screen.getByTestId('term-line').textContent ?? ''
  expect(line).toContain('资料没有公布')
  expect(line).not.toContain('450')
})

test('月缴费基数 gives no usual range', () => {
  render(<TermHelp id='monthlyBase' region='weifang' />)
  fireEvent.click(screen.getByRole('button', { name: '什么是月缴费基数？' }))
  const line = screen.getByTestId('term-line').textContent ?? ''
  expect(line).toContain('上下限，资料没有公布')
  expect(line).not.toMatch(/\d/) // no range, no figure
})
