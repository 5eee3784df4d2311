// Policy data is modelled after OpenFisca parameters: every figure is a value with a unit, the
// period it applies to, and a reference that names the document, the section and a short verbatim
// quote (checked by ../shared/tools/check-quotes.mjs). A figure the documents do not give is an
// `Unpublished` with its reason, never a guessed number.

export type RegionId = 'weihai' | 'weifang'

/** The two source documents in ../shared/seeds. */
export type DocumentId = 'wendeng-2019-12' | 'anqiu-2020-06'

export interface SourceDocument {
  id: DocumentId
  /** Short title shown to users. */
  title: string
  publisher: string
  /** ISO date of publication. */
  date: string
  /** File name in shared/seeds, for maintainers. */
  seedFile: string
  region: RegionId
}

export interface Reference {
  doc: DocumentId
  /** The section heading or question in the document, as a reader finds it. */
  section: string
  /** A short excerpt that appears verbatim in the document ("…" may skip text). */
  quote: string
}

export interface Period {
  /** Inclusive ISO date. */
  start: string
  /** Inclusive ISO date; absent when open-ended. */
  end?: string
}

export type Unit = 'yuan' | 'rate' | 'days' | 'years' | 'months' | 'count' | 'age'

export interface Parameter<T = string> {
  /** Decimal values are strings so that money never passes through a float. */
  value: T
  unit: Unit
  period: Period
  reference: Reference
  description?: string
}

export interface Unpublished {
  unpublished: true
  /** One line: why the app cannot give this figure. */
  reason: string
  description?: string
}

export type MaybeParameter<T = string> = Parameter<T> | Unpublished

export function isPublished<T>(p: MaybeParameter<T>): p is Parameter<T> {
  return !(p as Unpublished).unpublished
}

/** A marginal-rate bracket; `to` absent means no upper bound. Amounts in yuan. */
export interface Bracket {
  from: string
  to?: string
  rate: string
}

export interface Scale {
  brackets: Bracket[]
  unit: 'yuan'
  period: Period
  reference: Reference
}

/** A text the app shows rather than computes (steps, materials, conditions), with its source. */
export interface PolicyText {
  text: string
  reference: Reference
}
