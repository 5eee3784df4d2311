// The WeChat build's term help: the words a page can explain are in the main package, their
// explanations come from the 关于 subpackage with require.async when a word is tapped; here a
// stand-in that resolves or fails on demand.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { TermHelp } from './index'
import { listTermBooks } from '../../policy/terms'

jest.mock('./term-books', () => jest.requireActual('./term-books.weapp'))

type Pending = { path: string; resolve(v: unknown): void; reject(e: unknown): void }
const downloads: Pending[] = []
const stand = globalThis as { __non_webpack_require__?: { async?: unknown } }
const WEIHAI_2020 = { region: 'weihai', year: 2020 } as const
const tap = (name: string) => fireEvent.click(screen.getByRole('button', { name }))

// The module keeps what it loaded for the app's lifetime: the tests run in the order a phone would
// meet these cases, the successful load last.
beforeEach(() => {
  downloads.length = 0
  stand.__non_webpack_require__ = {
    async: (path: string) => new Promise((resolve, reject) => downloads.push({ path, resolve, reject }))
  }
})

test('before a tap nothing is downloaded; a year without a book of explanations shows no word to tap', async () => {
  render(<TermHelp id='tiers' pack={WEIHAI_2020} />)
  await act(async () => {})
  expect(screen.getByRole('button', { name: '什么是一档、二档？' })).toBeInTheDocument()
  expect(downloads).toHaveLength(0)
  const other = render(<TermHelp id='tiers' pack={{ region: 'weihai', year: 2099 }} />)
  expect(other.container.textContent).toBe('')
})

test('a WeChat without require.async is told to update', () => {
  stand.__non_webpack_require__ = {}
  render(<TermHelp id='tiers' pack={WEIHAI_2020} />)
  tap('什么是一档、二档？')
  expect(screen.getByTestId('term-line').textContent).toBe('这个微信版本载入不了说明，请把微信升级到最新版本。')
})

test('a file that is not the books is a failed load, not a crash', async () => {
  render(<TermHelp id='tiers' pack={WEIHAI_2020} />)
  tap('什么是一档、二档？')
  await act(async () => {})
  await act(async () => downloads[0]?.resolve({ books: 'none' }))
  expect(screen.getByTestId('term-line').textContent).toBe('说明没有载入成功，请检查网络后收起再打开。')
})

test('a tap loads the explanations; a failed download says so, and opening the word again asks again', async () => {
  render(<TermHelp id='tiers' pack={WEIHAI_2020} />)
  tap('什么是一档、二档？')
  expect(screen.getByTestId('term-line').textContent).toBe('说明正在载入…')
  await act(async () => {})
  expect(downloads.map((d) => d.path)).toEqual(['./pages/about/terms.js'])
  await act(async () => downloads[0]?.reject({ errMsg: 'loadSubpackage: fail network error' }))
  expect(screen.getByTestId('term-line').textContent).toBe('说明没有载入成功，请检查网络后收起再打开。')
  tap('收起：什么是一档、二档')
  tap('什么是一档、二档？')
  await act(async () => {})
  expect(downloads).toHaveLength(2)
  // What the build writes: the bundled books as data (config/print-term-books.ts).
  await act(async () => downloads[1]?.resolve({ books: JSON.parse(JSON.stringify(listTermBooks())) }))
  expect(screen.getByTestId('term-line').textContent).toContain('一档、二档：居民医保的两个缴费档次：2020年成年居民一档每人每年450元')
})

test('once loaded, a word shows its explanation at once, with no second download', () => {
  render(<TermHelp id='networkedSettlement' pack={{ region: 'weifang', year: 2020 }} />)
  tap('什么是联网结算？')
  expect(screen.getByTestId('term-line').textContent).toMatch(/^联网结算：出院时在医院直接结算/)
  expect(downloads).toHaveLength(0)
})
