import type Decimal from 'decimal.js'
import type { ChainEligibility, Reference } from '../policy/types'

export type LayerId =
  | 'basic'
  | 'critical'
  | 'specialDrug'
  | 'hospitalWaiver'
  | 'assistance'
  | 'commercial'
  | 'reassistance'

/** Chain order: a page lists layers in this order and so does the engine. */
export const LAYER_ORDER: readonly LayerId[] = [
  'basic',
  'critical',
  'specialDrug',
  'hospitalWaiver',
  'assistance',
  'commercial',
  'reassistance'
]

export const LAYER_LABELS: Record<LayerId, string> = {
  basic: '基本医保统筹基金',
  critical: '大病保险',
  specialDrug: '大病保险特药',
  hospitalWaiver: '医疗机构减免',
  assistance: '医疗救助',
  commercial: '医疗商业补充保险',
  reassistance: '再救助'
}

/** A layer as the public API returns it. */
/**
 * Why a layer has or lacks an amount: computed; a figure the documents do not publish (the user may
 * supply it, or it stays out of the sum); or not computable because an earlier layer has no amount.
 */
export type LayerStatus = 'computed' | 'unpublished' | 'notComputable'

export interface Layer {
  id: LayerId
  label: string
  /** Yuan with two decimals; null when a figure it needs is not published (left out of the sum). */
  amount: string | null
  status: LayerStatus
  note?: string
  /**
   * 'atMost': a published rule whose cap or quota is unpublished, so the real payout may be lower
   * (POLICY-READING: bounded answers). Absent for an exact figure.
   */
  bound?: 'atMost'
  /** Why the figure is only an upper bound; present with `bound`. */
  boundReason?: string
  sources: Reference[]
}

/** A layer while the engine works on it: the amount is already rounded to the fen. */
export interface LayerOutcome {
  id: LayerId
  amount: Decimal | null
  /** Only for a null amount; absent means 'unpublished'. */
  status?: Exclude<LayerStatus, 'computed'>
  note?: string
  bound?: 'atMost'
  boundReason?: string
  sources: Reference[]
  warnings: string[]
}

export type AssistanceGroup = 'none' | 'key' | 'lowIncome'

export interface Household {
  povertyHousehold: boolean
  assistanceGroup: AssistanceGroup
}

export function isEligible(eligibility: ChainEligibility, who: Household): boolean {
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

export function unpublishedLayer(id: LayerId, reason: string, sources: Reference[] = []): LayerOutcome {
  return {
    id,
    amount: null,
    note: reason,
    sources,
    warnings: [`${LAYER_LABELS[id]}：${reason}，未计入报销合计（这部分暂按个人负担显示）`]
  }
}

export function notComputableLayer(id: LayerId, because: string): LayerOutcome {
  return {
    id,
    amount: null,
    status: 'notComputable',
    note: `${because}，此项无法测算`,
    sources: [],
    warnings: [`${LAYER_LABELS[id]}：${because}，此项无法测算`]
  }
}
