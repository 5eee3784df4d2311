// Starting a new year's pack from the previous one. Every cited node of the old pack (a figure, a
// scale, a text, a cap) must be decided again: cited anew from the new year's document, given a
// new value with its citation, or marked unpublished. Nothing carries over silently — a 2020
// figure in a 2021 pack without a 2021 source would be a guess (DEVELOPERS: no borrowed figures).
import type { Period, PolicyPack, Reference, Unpublished } from './types'
import { calendarYear, isUnpublished } from './types'

/** What to do with one cited node of the previous pack. */
export type CarryDecision =
  /** The same value (or text), cited again from the new year's document. */
  | { cite: Reference; period?: Period }
  /** A new value for a figure, with its citation. */
  | { value: string | number; cite: Reference; period?: Period }
  /** The new year's documents do not publish it. */
  | Unpublished

/** A node of the pack that carries a citation: a parameter, scale, text, hotline, channel, cap. */
export interface CitedNode {
  reference: Reference
  value?: unknown
  text?: string
  period?: Period
  [key: string]: unknown
}

export class UndecidedFiguresError extends Error {
  constructor(readonly paths: string[]) {
    super(`每个沿用的数字都要重新引用或标为未公布；尚未决定：${paths.join('，')}`)
    this.name = 'UndecidedFiguresError'
  }
}

function isCited(node: unknown): node is CitedNode {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && typeof (node as CitedNode).reference === 'object'
}

/**
 * The previous pack, re-decided for `year`. `decide(path, node)` is called for every cited node
 * (paths like "inpatient.tiers.1.annualCap"); returning undefined leaves it undecided, and any
 * undecided node makes the whole call throw UndecidedFiguresError listing them all.
 */
export function carryForward(
  previous: PolicyPack,
  year: number,
  decide: (path: string, node: CitedNode) => CarryDecision | undefined
): PolicyPack {
  const undecided: string[] = []
  const period = calendarYear(year)

  function walk(node: unknown, path: string): unknown {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, path ? `${path}.${i}` : String(i)))
    if (typeof node !== 'object' || node === null) return node
    if (isUnpublished(node)) return node
    let own: CitedNode | undefined
    if (isCited(node)) {
      const decision = decide(path, node)
      if (decision === undefined) undecided.push(path)
      else if (isUnpublished(decision)) return decision
      else {
        own = { ...node, reference: decision.cite }
        if ('value' in decision) own.value = decision.value
        if ('period' in node || decision.period) own.period = decision.period ?? period
      }
    }
    // Cited nodes may hold cited nodes of their own (a channel's steps): those are decided too.
    const source = (own ?? node) as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(source)) {
      out[key] = key === 'reference' || key === 'period' ? value : walk(value, path ? `${path}.${key}` : key)
    }
    return out
  }

  const body = walk({ ...previous, year }, '') as PolicyPack
  if (undecided.length > 0) throw new UndecidedFiguresError(undecided)
  return { ...body, year }
}
