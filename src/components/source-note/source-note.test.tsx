import { render, screen } from '@testing-library/react'
import { SourceNote } from '.'
import type { Reference } from '../../policy/types'

const a: Reference = { doc: 'anqiu-2020-06', section: '7.大病保险', quote: '2020年大病保险起付标准为1.2万元' }
const b: Reference = { doc: 'wendeng-2019-12', section: '二、缴费标准', quote: '二档缴费标准为每人每年650元' }

test('each distinct quotation is shown once, in the order first cited', () => {
  render(<SourceNote sources={[a, b, { ...a }, b]} />)
  const quotes = screen.getAllByText(/^原文：/).map((el) => el.textContent)
  expect(quotes).toEqual([`原文：“${a.quote}”`, `原文：“${b.quote}”`])
})

test('no sources, no note', () => {
  const { container } = render(<SourceNote sources={[]} />)
  expect(container).toBeEmptyDOMElement()
})

test('grouped by document: each document and each section named once, however many quotes', () => {
  const c: Reference = { doc: 'wendeng-2019-12', section: '二、缴费标准', quote: '一档缴费标准为每人每年450元' }
  const d: Reference = { doc: 'wendeng-2019-12', section: '医保问答', quote: '按照用人单位上年度职工月平均工资的标准' }
  const { container } = render(<SourceNote sources={[b, a, c, d]} />)
  const text = container.textContent ?? ''
  expect(text.split('齐鲁晚报').length - 1).toBe(1)
  expect(text.split('安丘市医疗保障局').length - 1).toBe(1)
  expect(text.split('二、缴费标准').length - 1).toBe(1)
  // documents in the order first cited, the Wendeng quotes together under their document
  expect(text.indexOf(b.quote)).toBeLessThan(text.indexOf(c.quote))
  expect(text.indexOf(c.quote)).toBeLessThan(text.indexOf(a.quote))
})
