// What the estimator shows of this stay within the year. The year ledger computes it (features/year
// withinYear); the estimator only shows it, so the stay does not depend on the year.
import type { InpatientEstimate, YearTotals } from '../../engine'

export interface WithinYear {
  /** This stay's share and layers within the year. */
  estimate: InpatientEstimate
  /** The whole year, this stay included. */
  year: YearTotals
  /** This stay's place in the order the year was computed (1 for the first). */
  place: number
  /** The number of entries of the year, this stay included. */
  count: number
  /** The ledger entry this stay is (index), or -1 when it is not in the ledger yet. */
  entry: number
  /** Whether slip totals so far ("本年度此前已报销") were counted. */
  prior: boolean
  /** This stay within the same year under the other tier (the tier comparison), when it computes. */
  other?: InpatientEstimate
}

export type WithinYearOutcome =
  /** `ledgerEntry`: answered "没有" while the ledger holds this stay after other entries (its index). */
  | { state: 'first'; ledgerEntry?: number }
  | { state: 'noEarlier' }
  | { state: 'ok'; value: WithinYear }
  | { state: 'error'; message: string }
