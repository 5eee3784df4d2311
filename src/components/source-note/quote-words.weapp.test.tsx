// The WeChat build's source note: references carry keys (config/policy-quotes.js) and the words come
// from the 关于 subpackage with require.async; here a stand-in that resolves or fails on demand.
import { act, render, screen } from '@testing-library/react'
import type { Reference } from '../../policy/types'
import { SourceNote } from './index'

jest.mock('./quote-words', () => jest.requireActual('./quote-words.weapp'))

type Pending = { path: string; resolve(v: unknown): void; reject(e: unknown): void }
const downloads: Pending[] = []
const stand = globalThis as { __non_webpack_require__?: { async?: unknown } }

const keyed: Reference = { doc: 'wendeng-2019-12', section: '二、缴费标准', quote: 'q:abc123' }
const plain: Reference = { doc: 'wendeng-2019-12', section: '三、缴费渠道', quote: '通过微信缴费' }

// The module keeps what it loaded for the app's lifetime: the tests run in the order a phone would
// meet these cases, the successful load last.
beforeEach(() => {
  downloads.length = 0
  stand.__non_webpack_require__ = {
    async: (path: string) => new Promise((resolve, reject) => downloads.push({ path, resolve, reject }))
  }
})

test('a WeChat without require.async is told to update', () => {
  stand.__non_webpack_require__ = {}
  render(<SourceNote sources={[keyed]} />)
  expect(screen.getByText('这个微信版本载入不了原文，请把微信升级到最新版本。')).toBeInTheDocument()
})

test('a file that is not a table of quotes is a failed load, not a crash', async () => {
  render(<SourceNote sources={[keyed]} />)
  await act(async () => {})
  await act(async () => downloads[0]?.resolve(['not', 'a', 'table', 1]))
  expect(screen.getByText('原文没有载入成功，请检查网络后收起再打开来源。')).toBeInTheDocument()
})

test('a failed download says so, and a later opening asks again', async () => {
  const first = render(<SourceNote sources={[keyed]} />)
  expect(screen.getByText('原文正在载入…')).toBeInTheDocument()
  await act(async () => {})
  expect(downloads.map((d) => d.path)).toEqual(['./pages/about/quotes.js'])
  await act(async () => downloads[0]?.reject({ errMsg: 'loadSubpackage: fail network error' }))
  expect(screen.getByText('原文没有载入成功，请检查网络后收起再打开来源。')).toBeInTheDocument()
  first.unmount()
  render(<SourceNote sources={[keyed]} />)
  await act(async () => {})
  expect(downloads).toHaveLength(2)
  await act(async () => downloads[1]?.resolve({ 'q:abc123': '二档缴费标准为每人每年650元' }))
  expect(screen.getByText('原文：“二档缴费标准为每人每年650元”')).toBeInTheDocument()
})

test('once loaded, a keyed quote shows its words at once; words that are not a key show as they are', () => {
  render(<SourceNote sources={[keyed, plain]} />)
  expect(screen.getByText('原文：“二档缴费标准为每人每年650元”')).toBeInTheDocument()
  expect(screen.getByText('原文：“通过微信缴费”')).toBeInTheDocument()
  expect(screen.queryByText(/q:abc123/)).toBeNull()
  expect(downloads).toHaveLength(0)
})
