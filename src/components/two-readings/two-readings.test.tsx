import { render, screen } from '@testing-library/react'
import { TwoReadingsView } from '.'

test('shows both readings and the reason', () => {
  render(
    <TwoReadingsView
      range={{ reason: '原文可读两种', readings: [{ label: '读法一', value: '300.00' }, { label: '读法二', value: '210.00' }] }}
      format={(v) => `¥${v}`}
    />
  )
  const rows = screen.getAllByTestId('two-readings-reading')
  expect(rows.map((r) => r.textContent)).toEqual(['读法一¥300.00', '读法二¥210.00'])
  expect(screen.getByTestId('two-readings')).toHaveTextContent('为什么：原文可读两种')
})
