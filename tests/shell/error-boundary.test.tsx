import { render, screen } from '@testing-library/react'
import { PageShell } from '../../src/components/page-shell'
import { seedRegion } from '../fixtures/stored'

function Broken(): never {
  throw new Error('boom')
}

test('a render error shows a friendly Chinese message with ways back, and the header stays', () => {
  seedRegion('weifang')
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  render(
    <PageShell title='报销测算' year={2020}>
      {() => <Broken />}
    </PageShell>
  )
  expect(screen.getByTestId('error-boundary')).toHaveTextContent('这个页面出了点问题')
  expect(screen.getByText('回到常见问题')).toBeInTheDocument()
  expect(screen.getByTestId('policy-year')).toHaveTextContent('2020年度政策')
  warn.mockRestore()
  error.mockRestore()
})
