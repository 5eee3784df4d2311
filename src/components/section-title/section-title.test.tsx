import { render, screen } from '@testing-library/react'
import { SectionTitle } from '.'

test('a heading with its level', () => {
  render(<SectionTitle level={3}>逐层报销</SectionTitle>)
  const h = screen.getByRole('heading', { level: 3 })
  expect(h).toHaveTextContent('逐层报销')
  expect(h.className).toContain('section-title--3')
})

test('level 2 by default', () => {
  render(<SectionTitle>缴费标准</SectionTitle>)
  expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument()
})
