import type Decimal from 'decimal.js'
import type { ChainEligibility, Reference } from '../policy/types'
import type { Alert } from './alerts'
import type { LayerId } from './layer-ids'
import type { Note } from './notes'
import type { Yuan } from './units'

export type { LayerId } from './layer-ids'
export { LAYER_LABELS, LAYER_ORDER } from './layer-ids'

/**
 * Why a layer has or lacks an amount: computed; a figure the documents do not publish (the user may
 * supply it, or it stays out of the sum); or not computable because it depends on something the user
 * has not entered (an earlier layer's figure, the deductible).
 */
export type LayerStatus = 'computed' | 'unpublished' | 'notComputable'

/**
 * What the sources allow for a figure: null on a side where they set no limit. Exact ⇔ low = high.
 * In yuan unless said otherwise (a maternity leave's days are a `Range<DayCount>`).
 */
export interface Range<T extends string = Yuan> {
  low: T | null
  high: T | null
}

export interface Layer {
  id: LayerId
  label: string
  /**
   * Yuan with two decimals, under the first option of every reading and with unpublished caps not
   * binding; null when a figure it needs is not published or not entered (left out of the sum).
   */
  amount: Yuan | null
  status: LayerStatus
  /** Everything the layer may pay under the readings and unknowns that matter for this input. */
  range: Range
  /** The notes in words (wordNotes): what the layer says about its figure. */
  note?: string
  /** The same notes as data, each an id and its parameters, for a page that words them itself; present with `note`. */
  notes?: Note[]
  sources: Reference[]
}

/**
 * A layer while the engine works on it: what it pays in this scenario, rounded to the fen. A layer
 * whose figures are not published pays what the scenario puts it at (nothing, usually) and says so.
 */
export interface LayerOutcome {
  id: LayerId
  amount: Decimal
  unpublished?: true
  /** What the layer says about its figure, in order; a later step adds its own. */
  notes: Note[]
  sources: Reference[]
  /** What the user should know about this layer's figure, as data (worded in alerts.ts). */
  warnings: Alert[]
}

export type AssistanceGroup = 'none' | 'key' | 'lowIncome'

/** Who the patient is for the layers that name a group: a poverty household's member, an assistance group. */
export interface PatientStatus {
  povertyHousehold: boolean
  assistanceGroup: AssistanceGroup
}

/**
 * The name it had; it meant a patient's status, not a household (contribution's households are families).
 * @deprecated Use `PatientStatus`.
 */
export type Household = PatientStatus

export function isEligible(eligibility: ChainEligibility, who: PatientStatus): boolean {
  switch (eligibility) {
    case 'povertyHousehold':
      return who.povertyHousehold
    case 'povertyNotKey':
      return who.povertyHousehold && who.assistanceGroup !== 'key'
    case 'keyGroup':
      return who.assistanceGroup === 'key'
    case 'lowIncomeGroup':
      return who.assistanceGroup === 'lowIncome'
  }
}

/** A layer the sources name without figures: it pays `amount` (what the scenario puts it at), and says why. */
export function unpublishedLayer(id: LayerId, reason: Note, amount: Decimal, sources: Reference[] = []): LayerOutcome {
  return { id, amount, unpublished: true, notes: [reason], sources, warnings: [] }
}
