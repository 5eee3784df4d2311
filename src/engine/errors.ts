/**
 * The one error type the engine throws for bad input. `field` names the input (as in the public
 * API: 'totalCost', 'members[2].tier', 'admissionDate' …) so a page can put the message next to it.
 */
export class PolicyInputError extends Error {
  readonly field: string

  constructor(field: string, message: string) {
    super(message)
    this.name = 'PolicyInputError'
    this.field = field
    // Babel may compile classes to ES5 for the mini program, where extending Error loses the
    // prototype; restore it so `instanceof PolicyInputError` keeps working.
    Object.setPrototypeOf(this, PolicyInputError.prototype)
  }
}

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
