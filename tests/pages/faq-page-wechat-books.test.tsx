// The FAQ tab as the WeChat build runs it: the books come from a subpackage through require.async
// (pages/faq/shelf.weapp.ts), here a stand-in that resolves or fails on demand.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { listFaqBooks } from '../../src/policy/faq'
import { searchFaq, splitHighlighted } from '../../src/pages/faq/search'
import { seedRegion } from '../fixtures/stored'
import { at } from '../../src/test-support/present'

jest.mock('../../src/pages/faq/shelf', () => jest.requireActual('../../src/pages/faq/shelf.weapp'))

type Pending = { path: string; resolve(v: unknown): void; reject(e: unknown): void }
const downloads: Pending[] = []
;(globalThis as { __non_webpack_require__?: unknown }).__non_webpack_require__ = {
  async: (path: string) => new Promise((resolve, reject) => downloads.push({ path, resolve, reject }))
}

// Loaded after the stand-in exists: the page's module keeps its loaded books for later opens.
const { default: FaqPage } = jest.requireActual<typeof import('../../src/pages/faq/index')>('../../src/pages/faq/index')

const POLICY_YEAR = 2020

function open() {
  seedRegion('weihai')
  return render(<FaqPage year={POLICY_YEAR} />)
}

test('while the books download it says so; a failed download offers 重试, which loads them; a later open shows them at once', async () => {
  const first = open()
  expect(screen.getByTestId('faq-loading').textContent).toBe('正在载入常见问题…')
  expect(screen.queryByTestId('faq-count')).toBeNull()
  await act(async () => {}) // the download starts a turn later
  expect(downloads.map((d) => d.path)).toEqual(['../about/faq-books.js'])

  await act(async () => at(downloads, 0).reject({ mod: '../about/faq-books.js', errMsg: 'loadSubpackage: fail network error' }))
  expect(screen.getByTestId('faq-load-failed').textContent).toContain('常见问题没有载入成功，请检查网络后重试。')

  fireEvent.click(screen.getByText('重试'))
  expect(screen.getByTestId('faq-loading')).not.toBeNull()
  await act(async () => {})
  expect(downloads).toHaveLength(2)
  // What the build writes (config/faq-book-plugin.ts): the books as data, with the search beside them.
  await act(async () => at(downloads, 1).resolve({ books: JSON.parse(JSON.stringify(listFaqBooks())), searchFaq, splitHighlighted }))
  const weihai = listFaqBooks().find((b) => b.region === 'weihai' && b.year === POLICY_YEAR)?.entries.length
  expect(screen.getByTestId('faq-count').textContent).toBe(`共 ${weihai} 条`)
  first.unmount()

  open()
  expect(screen.queryByTestId('faq-loading')).toBeNull()
  expect(screen.getByTestId('faq-count').textContent).toBe(`共 ${weihai} 条`)
  expect(downloads).toHaveLength(2)
})

test.each([
  ['something else', { not: 'books' }],
  ['the books alone, as an older build wrote them', JSON.parse(JSON.stringify(listFaqBooks()))],
  ['books whose search is missing', { books: JSON.parse(JSON.stringify(listFaqBooks())), searchFaq }]
])('a file holding %s is a failed load, not a crash', async (_what, file) => {
  let loading: Promise<unknown> = Promise.resolve()
  jest.isolateModules(() => {
    const { loadFaqShelf } = jest.requireActual<typeof import('../../src/pages/faq/shelf.weapp')>('../../src/pages/faq/shelf.weapp')
    loading = loadFaqShelf()
  })
  const before = downloads.length
  await Promise.resolve() // the download starts a turn later
  expect(downloads).toHaveLength(before + 1)
  at(downloads, -1).resolve(file)
  await expect(loading).rejects.toThrow('not the FAQ books with their search')
})
