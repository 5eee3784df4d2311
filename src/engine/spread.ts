// The spread of a result that is not a chain (outpatient, maternity, contributions): the same shapes
// as the inpatient results (POLICY-READING §1), built from the few readings and unknowns it meets.
import type { PolicyPack, ReadingId } from '../policy/types'
import type { Range } from './layer'
import { Dec } from './money'
import type { Yuan } from './units'
import { yuan } from './units'
import type { UnknownId } from './scenario'
import { UNKNOWN_KINDS } from './scenario'
import type { ReadingShown, Spread, UnknownShown } from './year'

/** One figure: low = high (yuan, or another unit: a leave's days). */
export function exactSpread<T extends string = Yuan>(figure: T): Spread<T> {
  return { range: { low: figure, high: figure }, readings: [], unknowns: [] }
}

/** An unknown of the catalogue as a result lists it. */
export function unknownShown(id: UnknownId): UnknownShown {
  return { id, label: UNKNOWN_KINDS[id].label, raisesShare: UNKNOWN_KINDS[id].raisesShare }
}

/**
 * A result that depends on one reading of the pack: its figure under each option (in the pack's
 * order), the range spanning them, null on a side an unknown leaves open.
 */
export function readingSpread(
  pack: PolicyPack,
  id: ReadingId,
  figures: (Yuan | null)[],
  unknowns: UnknownShown[] = [],
  open: Partial<Range> = {}
): Spread {
  const reading = pack.readings[id]
  const known = figures.filter((f): f is Yuan => f !== null)
  const sorted = [...known].sort((a, b) => Number(a) - Number(b))
  const range: Range = {
    low: open.low === null || known.length < figures.length ? null : (sorted[0] ?? null),
    high: open.high === null || known.length < figures.length ? null : (sorted[sorted.length - 1] ?? null)
  }
  if (!reading || new Set(figures).size <= 1) return { range, readings: [], unknowns }
  const shown: ReadingShown = {
    id,
    question: reading.question,
    options: reading.options.map((o, k) => {
      const figure = figures[k] ?? null
      return { label: o.label, figure, range: { low: figure, high: figure }, reference: o.reference }
    })
  }
  return { range, readings: [shown], unknowns }
}

/** What the insurances pay is the total less the share: its range is the share's, mirrored. */
export function paidRange(total: string, share: Range<string>): Range {
  const less = (v: string | null) => (v === null ? null : yuan(new Dec(total).minus(v).toFixed(2)))
  return { low: less(share.high), high: less(share.low) }
}
