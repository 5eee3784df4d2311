import { PolicyInputError } from '../../engine'

export type Attempt<T> = { ok: true; value: T } | { ok: false; field: string; message: string }

/** Runs an engine call; bad input comes back as the engine's Chinese message for that field. */
export function attempt<T>(fn: () => T): Attempt<T> {
  try {
    return { ok: true, value: fn() }
  } catch (e) {
    if (e instanceof PolicyInputError) return { ok: false, field: e.field, message: e.message }
    return { ok: false, field: '', message: '无法计算，请检查填写的内容' }
  }
}
