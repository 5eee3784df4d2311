// The layers of the inpatient chain by id, in order, with their names: what the layer results and
// the alerts about them (alerts.ts) both name, kept apart so neither imports the other.
export type LayerId = 'basic' | 'critical' | 'specialDrug' | 'hospitalWaiver' | 'assistance' | 'commercial' | 'reassistance'

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
