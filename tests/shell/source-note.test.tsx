import { render, screen } from '@testing-library/react'
import { SourceNote } from '../../src/components/source-note'
import type { Reference } from '../../src/policy/types'

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
