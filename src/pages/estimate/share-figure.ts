// The patient's share and what the insurances pay, as one line of text (the sticky bar, a table
// cell, a chart label), from the share's range: never a figure without its kind.
import Decimal from 'decimal.js'
import type { Range } from '../../engine'
import { figureKind, figureQualifier, figureText } from '../../components/range-figure'

/** The patient's share in one line (a table cell): the bound or figure, and what kind of figure it is. */
export function shareText(estimate: { outOfPocket: string | null; range: Range }): string {
  return figureText(estimate.outOfPocket, estimate.range) + figureQualifier(estimate.outOfPocket, estimate.range)
}

/** What the insurances pay is the total less the share: its range is the share's, mirrored. */
export function paidRange(total: string, share: Range): Range {
  const less = (v: string | null) => (v === null ? null : new Decimal(total).minus(v).toFixed(2))
  return { low: less(share.high), high: less(share.low) }
}

export function paidText(estimate: { total: string; paid: string | null; range: Range; outOfPocket: string | null }): string {
  const range = paidRange(estimate.total, estimate.range)
  return figureText(estimate.paid, range) + figureQualifier(estimate.paid, range)
}

/** A bar segment's label: "（最多）", "（至少）" or "（按已公布的数字）" when its figure is not the only one. */
export function segmentLabel(label: string, amount: string, range: Range): string {
  const kind = figureKind(amount, range)
  if (kind === 'atMost' && range.high === amount) return `${label}（最多）`
  if (kind === 'atLeast' && range.low === amount) return `${label}（至少）`
  if (kind === 'exact') return label
  return kind === 'readings' ? `${label}（按第一种理解）` : `${label}（按已公布的数字）`
}
