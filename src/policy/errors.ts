/**
 * The one error type for bad input, thrown by the engine and by the pack registry. It lives with the
 * policy data so that `src/policy` needs nothing from `src/engine`; the engine re-exports it.
 * `field` names the input (as in the public API: 'totalCost', 'members[2].tier', 'admissionDate' …)
 * so a page can put the message next to it.
 */
export class PolicyInputError extends Error {
  readonly field: string
  /**
   * What is wrong, as the check that found it said it, without where it was found: an error of a
   * year's entry is worded "第2条（住院）：<reason>", and a caller that names the entry its own way
   * (the slip check) takes the reason instead of cutting the message apart. The message when none is given.
   */
  readonly reason: string
  /** The year's entry the error belongs to (its index as given), when the year named it so. */
  readonly entry?: number

  constructor(field: string, message: string, parts?: { reason: string; entry?: number }) {
    super(message)
    this.name = 'PolicyInputError'
    this.field = field
    this.reason = parts?.reason ?? message
    if (parts?.entry !== undefined) this.entry = parts.entry
    // Babel may compile classes to ES5 for the mini program, where extending Error loses the
    // prototype; restore it so `instanceof PolicyInputError` keeps working.
    Object.setPrototypeOf(this, PolicyInputError.prototype)
  }
}
