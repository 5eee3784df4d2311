/**
 * The one error type for bad input, thrown by the engine and by the pack registry. It lives with the
 * policy data so that `src/policy` needs nothing from `src/engine`; the engine re-exports it.
 * `field` names the input (as in the public API: 'totalCost', 'members[2].tier', 'admissionDate' …)
 * so a page can put the message next to it.
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
