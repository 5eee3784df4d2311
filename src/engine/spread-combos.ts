// The spread of a small result that meets more than one reading of the pack (the spouse 生育补助金
// meets two): every combination of their options is evaluated, so the range is the true span and
// each option shows its own figure (the other readings at their first option), as POLICY-READING §1
// asks. A combination may give only an upper limit (a figure that needs an input the user left
// blank): its low side is then open.
import type { PolicyPack, ReadingId } from '../policy/types'
import type { Range } from './layer'
import { Dec, fmt } from './money'
import type { ReadingShown, Spread } from './year'
import type { Yuan } from './units'

/** One combination's answer: a figure (low = high), or an upper limit only (low null). */
export type ComboFigure = Range

function span(figures: ComboFigure[]): Range {
  let low: InstanceType<typeof Dec> | null = null
  let high: InstanceType<typeof Dec> | null = null
  let lowOpen = false
  let highOpen = false
  for (const f of figures) {
    if (f.low === null) lowOpen = true
    else if (low === null || new Dec(f.low).lt(low)) low = new Dec(f.low)
    if (f.high === null) highOpen = true
    else if (high === null || new Dec(f.high).gt(high)) high = new Dec(f.high)
  }
  return { low: lowOpen || low === null ? null : fmt(low), high: highOpen || high === null ? null : fmt(high) }
}

const key = (r: Range): string => `${r.low}|${r.high}`

/**
 * `figureOf(options)` is the result under one option per reading (options[i] for ids[i]). Returns the
 * spread and the usual figure (every reading at its first option; null when that is not a point).
 * A reading whose options never change the answer is not listed.
 */
export function combosSpread(
  pack: PolicyPack,
  ids: ReadingId[],
  figureOf: (options: number[]) => ComboFigure
): Spread & { usual: Yuan | null } {
  const sizes = ids.map((id) => pack.readings[id]?.options.length ?? 1)
  const combos: { options: number[]; figure: ComboFigure }[] = []
  const walk = (prefix: number[]): void => {
    if (prefix.length === ids.length) {
      combos.push({ options: prefix, figure: figureOf(prefix) })
      return
    }
    for (let k = 0; k < (sizes[prefix.length] ?? 1); k++) walk([...prefix, k])
  }
  walk([])
  const first = combos[0]?.figure
  const usual = first !== undefined && first.low !== null && first.low === first.high ? first.low : null
  const readings: ReadingShown[] = []
  ids.forEach((id, i) => {
    const reading = pack.readings[id]
    if (!reading) return
    const options = reading.options.map((option, k) => {
      const own = combos.find((c) => c.options[i] === k && c.options.every((o, j) => j === i || o === 0))
      const figure = own && own.figure.low !== null && own.figure.low === own.figure.high ? own.figure.low : null
      return {
        label: option.label,
        figure,
        range: span(combos.filter((c) => c.options[i] === k).map((c) => c.figure)),
        reference: option.reference
      }
    })
    // Listed only when its options read differently: a question whose answers all show the same
    // figure and range would tell the resident nothing.
    const seen = new Set(options.map((o) => `${o.figure}|${key(o.range)}`))
    if (seen.size > 1) readings.push({ id, question: reading.question, options })
  })
  return { usual, range: span(combos.map((c) => c.figure)), readings, unknowns: [] }
}
