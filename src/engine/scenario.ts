// What one evaluation of a chain assumes about what the sources leave open (POLICY-READING §1, §10):
// which option of each open reading, and where each unknown sits between its limits. The chain asks
// the scenario as it goes, and the scenario remembers what was asked, so the evaluator knows which
// readings and unknowns this input can depend on and tries only those.
import type { PolicyPack, ReadingId } from '../policy/types'

/**
 * Unknowns by kind. Each lies between two limits: fraction 0 is the side the published figures give
 * (no deductible entered counts as 0, an unpublished cap does not bind, a layer without figures pays
 * nothing), fraction 1 the open limit (deductible = the whole compliant cost, cap 0, the layer pays all
 * that is left).
 */
export type UnknownId =
  | 'deductible'
  | 'compliantCost'
  | 'basicRule'
  | 'basicCap'
  | 'criticalRule'
  | 'criticalCap'
  | 'assistanceRule'
  | 'assistanceCap'
  | 'waiverRule'
  | 'commercialRule'
  | 'outpatientAssistanceAbove'
  | 'fixedRateQuota'
  | 'countyRule'
  | 'contributionRate'

/** Which way the open limit moves the patient's share; an input the user left out makes the usual figure null. */
export const UNKNOWN_KINDS: Record<UnknownId, { raisesShare: boolean; input: boolean; label: string }> = {
  deductible: { raisesShare: true, input: true, label: '起付标准（未填写）' },
  compliantCost: { raisesShare: true, input: true, label: '政策范围内费用（未填写，按总费用估算）' },
  basicRule: { raisesShare: false, input: true, label: '基本医保统筹支付（文件未公布这种情况的标准）' },
  basicCap: { raisesShare: true, input: false, label: '基本医保年度最高支付限额（文件未公布）' },
  criticalRule: { raisesShare: false, input: false, label: '大病保险的标准（文件未公布）' },
  criticalCap: { raisesShare: true, input: false, label: '大病保险年度限额（文件未公布）' },
  assistanceRule: { raisesShare: false, input: false, label: '医疗救助的标准（文件未公布）' },
  assistanceCap: { raisesShare: true, input: false, label: '医疗救助年度限额（文件未公布）' },
  waiverRule: { raisesShare: false, input: false, label: '医疗机构减免的标准（文件未公布）' },
  commercialRule: { raisesShare: false, input: false, label: '医疗商业保险补偿的标准（文件未公布）' },
  outpatientAssistanceAbove: { raisesShare: false, input: false, label: '门诊个人自付超过2万元部分的救助（文件未说明）' },
  fixedRateQuota: { raisesShare: true, input: false, label: '定额结算的定额标准（文件未公布）' },
  countyRule: { raisesShare: false, input: false, label: '您所在县市区的救助规定（未收录）' },
  contributionRate: { raisesShare: true, input: false, label: '居民医保缴费标准（文件未公布）' }
}

export interface Scenario {
  /** Option index per reading; absent is the first option. */
  readonly options: Partial<Record<ReadingId, number>>
  /** Fraction between the limits per unknown kind; absent is 0. */
  readonly unknowns: Partial<Record<UnknownId, number>>
  /** A deductible in yuan for every stay that has none entered (to say what 100 yuan more changes). */
  readonly deductible?: string
  /** Filled in as the chain asks; `firstEntry` is the first entry of the year that met an unknown. */
  readonly asked: Asked
}

/** One question a run asked of its scenario, and the answer it got. */
export type Ask = { reading: ReadingId; option: number } | { unknown: UnknownId; at: number }

export interface Asked {
  readings: Set<ReadingId>
  unknowns: Set<UnknownId>
  /** The first entry of the year that met each unknown, and the entry being run. */
  entryOf: Map<UnknownId, number>
  /** The first entry of the year that asked each reading (absent: asked outside an entry). */
  readingEntryOf: Map<ReadingId, number>
  entry?: number
  firstEntry?: number
  /** While set, every question asked and its answer, in order: what the part being run depends on. */
  trail?: Ask[]
}

export function scenario(options: Scenario['options'] = {}, unknowns: Scenario['unknowns'] = {}, deductible?: string): Scenario {
  const s: Scenario = {
    options,
    unknowns,
    asked: { readings: new Set(), unknowns: new Set(), entryOf: new Map(), readingEntryOf: new Map() }
  }
  return deductible === undefined ? s : { ...s, deductible }
}

/** The option this scenario takes for a reading of the pack; a pack without the reading has one answer. */
export function optionOf(s: Scenario, pack: PolicyPack, id: ReadingId): number {
  if (!pack.readings[id]) return 0
  s.asked.readings.add(id)
  const k = s.asked.entry
  if (k !== undefined) {
    const known = s.asked.readingEntryOf.get(id)
    if (known === undefined || k < known) s.asked.readingEntryOf.set(id, k)
  }
  const option = s.options[id] ?? 0
  s.asked.trail?.push({ reading: id, option })
  return option
}

export function unknownAt(s: Scenario, id: UnknownId): number {
  s.asked.unknowns.add(id)
  const k = s.asked.entry
  const known = s.asked.entryOf.get(id)
  if (k !== undefined && (known === undefined || k < known)) s.asked.entryOf.set(id, k)
  const at = s.unknowns[id] ?? 0
  s.asked.trail?.push({ unknown: id, at })
  return at
}

/** Whether this scenario gives the same answer to an asked question. */
export function answersAlike(s: Scenario, a: Ask): boolean {
  return 'reading' in a ? (s.options[a.reading] ?? 0) === a.option : (s.unknowns[a.unknown] ?? 0) === a.at
}
