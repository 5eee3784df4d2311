import type Decimal from 'decimal.js'
import type { Bracket, Cap, Parameter, Reference } from '../policy/types'
import { isPublished, isUncapped } from '../policy/types'
import { compare, Dec, plus, toFen, ZERO } from './money'
import type { Note } from './notes'
import { note } from './notes'
import type { Scenario, UnknownId } from './scenario'
import { unknownAt } from './scenario'

interface CompiledBracket {
  from: Decimal
  to: Decimal | null
  rate: Decimal
}

// Packs are immutable module constants, so a bracket list is parsed once and reused.
const compiled = new WeakMap<Bracket[], CompiledBracket[]>()

function compile(brackets: Bracket[]): CompiledBracket[] {
  let c = compiled.get(brackets)
  if (!c) {
    c = brackets.map((b) => ({ from: new Dec(b.from), to: b.to === undefined ? null : new Dec(b.to), rate: new Dec(b.rate) }))
    compiled.set(brackets, c)
  }
  return c
}

/**
 * Marginal-rate payout on `amount`: each bracket pays its rate on the part of [from, to) that lies
 * above `floor` (the deductible) and below `amount`. Unrounded; the caller rounds once per layer.
 */
export function marginalPayout(brackets: Bracket[], amount: Decimal, floor: Decimal): Decimal {
  let sum = ZERO
  for (const b of compile(brackets)) {
    // Brackets are ascending: once one starts at or above the amount, none after it pays.
    if (compare(b.from, amount) >= 0) break
    const lo = compare(b.from, floor) > 0 ? b.from : floor
    const hi = b.to !== null && compare(b.to, amount) < 0 ? b.to : amount
    if (compare(hi, lo) > 0) sum = plus(sum, hi.minus(lo).times(b.rate))
  }
  return sum
}

const parsed = new WeakMap<Parameter, Decimal>()

/** A parameter's value as a Decimal, parsed once per parameter (packs are immutable constants). */
export function num(p: Parameter): Decimal {
  let d = parsed.get(p)
  if (d === undefined) {
    d = new Dec(p.value)
    parsed.set(p, d)
  }
  return d
}

/** A cap as a number, or null when there is none (abolished, or not published: the caller says which). */
export function capValue(cap: Cap): Decimal | null {
  return isUncapped(cap) || !isPublished(cap) ? null : num(cap)
}

/**
 * A layer's cap with what the layer should say about it: abolished caps and published caps are
 * cited; an unpublished cap is an unknown (`unpublished`), not applied in the usual figure.
 */
export function layerCap(cap: Cap): { value: Decimal | null; sources: Reference[]; note?: Note; unpublished?: true } {
  if (isUncapped(cap)) return { value: null, sources: [cap.reference], note: note('noCap') }
  if (isPublished(cap)) return { value: num(cap), sources: [cap.reference] }
  return { value: null, sources: [], note: note('capUnpublished', { reason: cap.reason }), unpublished: true }
}

/**
 * A layer's payout held at its annual cap, rounded to the fen: a published cap holds it; an
 * unpublished one is the unknown `capUnknown` (at its open limit the cap leaves nothing).
 */
export function cappedPayout(
  raw: Decimal,
  cap: Cap,
  s: Scenario,
  capUnknown: UnknownId
): { amount: Decimal; sources: Reference[]; note?: Note } {
  const c = layerCap(cap)
  let amount = toFen(minCap(raw, c.value))
  if (c.unpublished) amount = toFen(amount.times(new Dec(1).minus(unknownAt(s, capUnknown))))
  return c.note === undefined ? { amount, sources: c.sources } : { amount, sources: c.sources, note: c.note }
}

export function minCap(value: Decimal, cap: Decimal | null): Decimal {
  return cap !== null && compare(value, cap) > 0 ? cap : value
}

export function positive(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value
}
