// For tests only (tests/ and the *.test.ts(x) beside the code; ESLint keeps shipped code from
// importing it, and nothing under src imports tests/, hence here). Values a test reads by index or
// from a search, which must be there: with noUncheckedIndexedAccess `list[1]` may be undefined, and
// these fail the test at once, saying what was missing and what there was, where a `!` would let the
// test go on and fail later with "cannot read properties of undefined".

/** Names a list's length for a failure message. */
function described(list: ArrayLike<unknown>, what: string): string {
  return `${what} has ${list.length} element${list.length === 1 ? '' : 's'}`
}

/** Element `i` of the list (a negative index counts from the end); fails the test when there is none. */
export function at<T>(list: ArrayLike<T>, i: number, what = 'the list'): T {
  if (!Number.isInteger(i)) throw new Error(`${what}: index ${i} is not a whole number`)
  const k = i < 0 ? list.length + i : i
  if (k < 0 || k >= list.length) throw new Error(`${what}: no element at index ${i} (${described(list, what)})`)
  return list[k] as T
}

/** The list's single element; fails the test when it has none or more than one. */
export function only<T>(list: ArrayLike<T>, what = 'the list'): T {
  if (list.length !== 1) throw new Error(`${what}: expected exactly one element (${described(list, what)})`)
  return list[0] as T
}

/** The value, which the test needs; fails the test, naming `what`, when it is undefined. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing (undefined)`)
  return value
}
