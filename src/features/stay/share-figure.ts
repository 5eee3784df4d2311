// The patient's share and what the insurances pay, as one line of text (the sticky bar, a table
// cell, a chart label), from the share's range: never a figure without its kind.
import type { Range } from '../../engine'
import { paidRange } from '../../engine'
import { figureKind, figureQualifier, figureText } from '../../components/range-figure'

/** The patient's share in one line (a table cell): the bound or figure, and what kind of figure it is. */
export function shareText(estimate: { outOfPocket: string | null; range: Range<string> }): string {
  return figureText(estimate.outOfPocket, estimate.range) + figureQualifier(estimate.outOfPocket, estimate.range)
}

export { paidRange }

export function paidText(estimate: { total: string; paid: string | null; range: Range<string>; outOfPocket: string | null }): string {
  const range = paidRange(estimate.total, estimate.range)
  return figureText(estimate.paid, range) + figureQualifier(estimate.paid, range)
}

/** A bar segment's label: "（最多）", "（至少）" or "（按已公布的数字）" when its figure is not the only one. */
export function segmentLabel(label: string, amount: string, range: Range<string>): string {
  const kind = figureKind(amount, range)
  if (kind === 'atMost' && range.high === amount) return `${label}（最多）`
  if (kind === 'atLeast' && range.low === amount) return `${label}（至少）`
  if (kind === 'exact') return label
  return kind === 'readings' ? `${label}（按第一种理解）` : `${label}（按已公布的数字）`
}

/**
 * The share is one figure but some layers are not: an input left blank moves money between the
 * layers only (a poverty household held at 9.8% by the commercial layer, whatever the deductible).
 */
export function splitOnly(estimate: { range: Range<string>; layers: { range: Range<string> }[] }): boolean {
  const exact = (r: Range<string>) => r.low !== null && r.low === r.high
  return exact(estimate.range) && estimate.layers.some((l) => !exact(l.range))
}

export const SPLIT_ONLY = '各项报销之间怎么分，取决于未填写或未公布的数字；这不影响您的个人负担。'
