// A settlement slip's fields and the names slips print for them: what the year ledger stores with an
// entry. Apart from checkSlip (slip.ts), which only the 核对结算单 subpackage page needs, so the main
// package does not carry the check for the ledger's sake.
/**
 * The figures a slip may show, in yuan; any subset. Input as typed (checkSlip parses it), so plain
 * strings: the check's lines carry its figures back as `Yuan`.
 */
export interface Slip {
  totalCost?: string
  compliantCost?: string
  basicPaid?: string
  critical?: string
  specialDrug?: string
  hospitalWaiver?: string
  assistance?: string
  commercial?: string
  reassistance?: string
  outOfPocket?: string
}

export type SlipField = keyof Slip

/** The slip's fields in the order a slip prints them. */
export const SLIP_FIELDS: readonly SlipField[] = [
  'totalCost',
  'compliantCost',
  'basicPaid',
  'critical',
  'specialDrug',
  'hospitalWaiver',
  'assistance',
  'commercial',
  'reassistance',
  'outOfPocket'
]

/** The names slips print for each field: the first is the usual one, the others its alternatives. */
export const SLIP_FIELD_NAMES: Record<SlipField, readonly string[]> = {
  totalCost: ['总费用', '医疗费总额', '住院总费用'],
  compliantCost: ['政策范围内费用', '合规费用', '符合政策范围内费用'],
  basicPaid: ['统筹基金支付', '基本医保支付', '基本医疗保险统筹支付'],
  critical: ['大病保险', '大病保险支付', '居民大病保险'],
  specialDrug: ['大病保险特药', '特药支付'],
  hospitalWaiver: ['医疗机构减免', '医院减免'],
  assistance: ['医疗救助', '民政救助', '医疗救助支付'],
  commercial: ['医疗商业补充保险', '商业补充保险'],
  reassistance: ['再救助', '重大疾病再救助'],
  outOfPocket: ['个人负担', '个人自付', '个人支付']
}
