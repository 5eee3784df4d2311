import { PolicyInputError } from '../policy/errors'

// The error type belongs to the policy layer (the registry throws it too); engine code keeps
// importing it from here.
export { PolicyInputError }

export type Attempt<T> = { ok: true; value: T } | { ok: false; field: string; message: string }

/**
 * Runs an engine call for a page: bad input comes back as the engine's Chinese message for that
 * field; anything else (an engine bug) as the given message, so a page never shows a stack trace.
 */
export function attempt<T>(fn: () => T, fallback = { field: '', message: '无法计算，请检查填写的内容' }): Attempt<T> {
  try {
    return { ok: true, value: fn() }
  } catch (e) {
    if (e instanceof PolicyInputError) return { ok: false, field: e.field, message: e.message }
    return { ok: false, ...fallback }
  }
}

/**
 * list[i] where the engine computed i from the list itself (a permutation of its indexes, a position
 * found in it): out of range is an engine bug, thrown as one rather than read on as undefined.
 */
export function itemAt<T>(list: readonly T[], i: number): T {
  if (!Number.isInteger(i) || i < 0 || i >= list.length) throw new RangeError(`index ${i} outside 0..${list.length - 1}`)
  return list[i] as T
}
