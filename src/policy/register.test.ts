import { registerIn } from './register'

test('adds an item, refuses a second of the same key, and takes the first away again', () => {
  const list = [{ year: 2020 }]
  const added = { year: 2099 }
  const remove = registerIn(list, added, (b) => b.year === added.year, 'book 2099')
  expect(list).toEqual([{ year: 2020 }, { year: 2099 }])
  expect(() => registerIn(list, { year: 2099 }, (b) => b.year === 2099, 'book 2099')).toThrow('book 2099 is already registered')
  remove()
  expect(list).toEqual([{ year: 2020 }])
  // Taken away twice: nothing else goes.
  remove()
  expect(list).toEqual([{ year: 2020 }])
})
