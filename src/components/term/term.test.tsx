import { render, screen, fireEvent } from '@testing-library/react'
import { TermHelp } from '.'
import { registerTermBook } from '../../policy/terms'
import { TERMS } from '../../policy/terms-2020'

const WEIHAI_2020 = { region: 'weihai', year: 2020 } as const
const WEIFANG_2020 = { region: 'weifang', year: 2020 } as const

test('tapping a term opens its one-line explanation for the city, and closes it again', () => {
  render(<TermHelp id='tiers' pack={WEIHAI_2020} />)
  expect(screen.queryByTestId('term-line')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '什么是一档、二档？' }))
  expect(screen.getByTestId('term-line').textContent).toContain('一档每人每年450元')
  fireEvent.click(screen.getByRole('button', { name: '收起：什么是一档、二档' }))
  expect(screen.queryByTestId('term-line')).toBeNull()
})

test('a city whose documents do not give the figures says so and borrows none', () => {
  render(<TermHelp id='tiers' pack={WEIFANG_2020} />)
  fireEvent.click(screen.getByRole('button', { name: '什么是一档、二档？' }))
  const line = screen.getByTestId('term-line').textContent ?? ''
  expect(line).toContain('资料没有公布')
  expect(line).not.toContain('450')
})

test('月缴费基数 gives no usual range', () => {
  render(<TermHelp id='monthlyBase' pack={WEIFANG_2020} />)
  fireEvent.click(screen.getByRole('button', { name: '什么是月缴费基数？' }))
  const line = screen.getByTestId('term-line').textContent ?? ''
  expect(line).toContain('上下限，资料没有公布')
  expect(line).not.toMatch(/\d/) // no range, no figure
})

describe('a year is explained only by its own book', () => {
  // A year no book explains (the pack's other fields play no part in what a term says).
  const fictional = { region: 'weihai', year: 2099 } as const

  test('a pack of a year without explanations of its own shows none, not the 2020 words and figures', () => {
    const { container } = render(<TermHelp id='tiers' pack={fictional} />)
    expect(container.textContent).toBe('')
    expect(screen.queryByRole('button', { name: '什么是一档、二档？' })).toBeNull()
  })

  test('a book registered for that year explains it', () => {
    const unregister = registerTermBook({
      year: fictional.year,
      terms: { ...TERMS, tiers: { word: '一档、二档', lines: [{ text: '虚构年度的说明（测试）' }] } }
    })
    try {
      render(<TermHelp id='tiers' pack={fictional} />)
      fireEvent.click(screen.getByRole('button', { name: '什么是一档、二档？' }))
      expect(screen.getByTestId('term-line').textContent).toBe('一档、二档：虚构年度的说明（测试）')
    } finally {
      unregister()
    }
  })
})
