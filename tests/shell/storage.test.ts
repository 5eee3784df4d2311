import { createStore, clearAllAppData } from '../../src/services/storage'
import { memoryStorage } from '../mocks/taro'

const store = () =>
  createStore<string[]>('checklist', {
    version: 2,
    fallback: [],
    validate: (d) => (Array.isArray(d) && d.every((x) => typeof x === 'string') ? (d as string[]) : undefined),
    migrate: (d, from) => (from === 1 && typeof d === 'string' ? d.split(',') : undefined)
  })

test('round trip keeps the value under a versioned envelope', () => {
  const s = store()
  expect(s.save(['a', 'b'])).toBe(true)
  expect(JSON.parse(memoryStorage.get('ybt:checklist') as string)).toEqual({ v: 2, data: ['a', 'b'] })
  expect(s.load()).toEqual({ value: ['a', 'b'] })
})

test('nothing stored gives the fallback without a notice', () => {
  expect(store().load()).toEqual({ value: [] })
})

test.each([
  ['not JSON', '{oops'],
  ['no envelope', JSON.stringify(['a'])],
  ['wrong shape', JSON.stringify({ v: 2, data: [1, 2] })],
  ['newer version', JSON.stringify({ v: 9, data: ['a'] })],
  ['oversized', 'x'.repeat(600 * 1024)]
])('%s: dropped with a Chinese notice, never thrown', (_why, raw) => {
  memoryStorage.set('ybt:checklist', raw)
  const loaded = store().load()
  expect(loaded.value).toEqual([])
  expect(loaded.notice).toMatch(/本机保存的数据/)
  expect(memoryStorage.has('ybt:checklist')).toBe(false)
})

test('older data is migrated and written back under the new version', () => {
  memoryStorage.set('ybt:checklist', JSON.stringify({ v: 1, data: 'a,b' }))
  expect(store().load()).toEqual({ value: ['a', 'b'] })
  expect(JSON.parse(memoryStorage.get('ybt:checklist') as string).v).toBe(2)
})

test('clearAllAppData removes only this app’s keys', () => {
  store().save(['a'])
  memoryStorage.set('someone-else', 'keep')
  clearAllAppData()
  expect([...memoryStorage.keys()]).toEqual(['someone-else'])
})
