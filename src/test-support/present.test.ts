import { at, defined, only } from './present'

describe('test helpers for values that must be present', () => {
  it('at: the element at an index, counting from the end when negative', () => {
    expect(at(['a', 'b', 'c'], 0)).toBe('a')
    expect(at(['a', 'b', 'c'], 2)).toBe('c')
    expect(at(['a', 'b', 'c'], -1)).toBe('c')
    expect(at(['a', 'b', 'c'], -3)).toBe('a')
    expect(at('xyz', 1)).toBe('y')
    // An element that is there but falsy is still returned.
    expect(at([0, null, ''], 0)).toBe(0)
    expect(at([0, null, ''], 1)).toBeNull()
    expect(at([0, null, ''], 2)).toBe('')
  })

  it('at: fails, naming the list and its length, when there is no such element', () => {
    expect(() => at(['a', 'b'], 2, 'stays')).toThrow('stays: no element at index 2 (stays has 2 elements)')
    expect(() => at(['a'], -2, 'rows')).toThrow('rows: no element at index -2 (rows has 1 element)')
    expect(() => at([], 0)).toThrow('the list: no element at index 0 (the list has 0 elements)')
    expect(() => at(['a', 'b'], 0.5)).toThrow('index 0.5 is not a whole number')
    expect(() => at(['a', 'b'], Number.NaN)).toThrow('is not a whole number')
  })

  it('only: the single element of a list of one', () => {
    expect(only(['a'])).toBe('a')
    expect(only([undefined])).toBeUndefined()
  })

  it('only: fails when the list has none or several', () => {
    expect(() => only([], 'hits')).toThrow('hits: expected exactly one element (hits has 0 elements)')
    expect(() => only([1, 2], 'hits')).toThrow('hits: expected exactly one element (hits has 2 elements)')
  })

  it('defined: the value, falsy ones and null included', () => {
    expect(defined(0, 'n')).toBe(0)
    expect(defined('', 's')).toBe('')
    expect(defined(null, 'v')).toBeNull()
    const o = { a: 1 }
    expect(defined(o, 'o')).toBe(o)
  })

  it('defined: fails, naming what is missing, on undefined', () => {
    expect(() => defined(undefined, 'the basic layer')).toThrow('the basic layer is missing (undefined)')
  })
})
