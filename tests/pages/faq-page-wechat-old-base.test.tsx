// The FAQ tab on a WeChat whose base library has no require.async (before 2.11.2): it says what
// would help rather than loading for ever. A file of its own: the shelf module starts fresh.
import { render, screen } from '@testing-library/react'
import { seedRegion } from '../fixtures/stored'

jest.mock('../../src/pages/faq/shelf', () => jest.requireActual('../../src/pages/faq/shelf.weapp'))
;(globalThis as { __non_webpack_require__?: unknown }).__non_webpack_require__ = {}

const { default: FaqPage } = jest.requireActual<typeof import('../../src/pages/faq/index')>('../../src/pages/faq/index')

test('a WeChat without require.async is told to update, not left loading', () => {
  seedRegion('weihai')
  render(<FaqPage year={2020} />)
  expect(screen.getByTestId('faq-load-failed').textContent).toBe('这个微信版本载入不了常见问题，请把微信升级到最新版本后再打开。')
  expect(screen.queryByTestId('faq-loading')).toBeNull()
})
