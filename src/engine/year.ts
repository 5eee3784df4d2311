// The medical year (POLICY-READING §9) as the public API returns it: the chain (chain.ts) evaluated
// under every reading and unknown that matter for this input (evaluate.ts), each figure with its
// range. A single stay is the year's special case (inpatient.ts).
import type Decimal from 'decimal.js'
import type { CountyId, HospitalLevel, InpatientSetting, PolicyPack, Reference, RegionId, Tier } from '../policy/types'
import { isRegionId, yearsOf } from '../policy/registry'
import type { Alert } from './alerts'
import { CORE_ALERTS, warning } from './alerts'
import type { ChainEntry, ChainPatient, ChainPrior, ChainStay, YearEntryInfo, YearEntryKind } from './chain'
import { entryMemo, entryName, runChain } from './chain'
import { itemAt, PolicyInputError } from './errors'
import type { Evaluation, Figures } from './evaluate'
import {
  approximateAt,
  entryOfKey,
  evaluate,
  rangeOf,
  readingMatters,
  runsWithOnly,
  runsWithOption,
  unknownsThatMatter,
  usualOf
} from './evaluate'
import { oneOf, packOf, parseDate, parseTier } from './inputs'
import type { AssistanceGroup, Layer, LayerId, LayerOutcome, Range } from './layer'
import { LAYER_LABELS, LAYER_ORDER } from './layer'
import { compare, fmt, fmtOrNull, parseOptionalAmount, plus, ZERO } from './money'
import type { Yuan } from './units'
import type { Note } from './notes'
import { CORE_NOTES, note } from './notes'
import { positive } from './scale'
import type { Scenario, UnknownId } from './scenario'
import { scenario, UNKNOWN_KINDS } from './scenario'
import { parseHousehold, parseStayBill } from './stay-input'

export type { YearEntryInfo, YearEntryKind }

export interface StayInput {
  /** Absent means a hospital stay. */
  kind?: YearEntryKind
  /** 住院总费用 T (for an outpatient entry: the outpatient bill), yuan. */
  totalCost: string
  /** 其中政策范围内（合规）费用 C ≤ T; absent or '' when only the total is known (an unknown). */
  compliantCost?: string
  hospitalLevel?: HospitalLevel
  setting?: InpatientSetting
  /** 起付标准 of this stay (each stay has its own); absent when not known (an unknown). */
  deductible?: string
  basicRatio?: string
  /** 统筹基金支付 from this stay's settlement slip. */
  basicPaid?: string
  specialDrugCost?: string
  /** Settled by a claim at home, not networked at discharge. */
  manualClaim?: boolean
  /** Admission (or visit) date, YYYY-MM-DD: orders the year, and all in one calendar year. */
  date?: string
  /** Hospital or any name the user gives the entry; shown, never computed on. */
  label?: string
}

/**
 * "本年度此前已报销": the year's totals before the first entry, as the slips show them, for someone
 * who has only the totals. Every field is optional and counts as 0 when absent.
 */
export interface PriorThisYear {
  /** 政策范围内费用 so far this year (also the base of the commercial 9.8%). */
  compliantCost?: string
  /** 统筹基金支付 so far (counts against the annual cap). */
  basicPaid?: string
  criticalPaid?: string
  assistancePaid?: string
  commercialPaid?: string
  reassistancePaid?: string
  specialDrugCost?: string
  specialDrugPaid?: string
  hospitalWaiverPaid?: string
}

export interface YearInput {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  tier: Tier
  povertyHousehold?: boolean
  assistanceGroup?: AssistanceGroup
  county?: CountyId
  /**
   * The year's entries, stays and 特殊门诊慢性病 bills alike; computed in the order of their dates
   * (undated: in the order given). One of `entries` and `stays` is required.
   */
  entries?: StayInput[]
  /**
   * @deprecated The old name of `entries` (it holds outpatient bills too), still read when `entries`
   * is absent. Giving both is an input error. The result keeps its own `stays` (YearEstimate).
   */
  stays?: StayInput[]
  prior?: PriorThisYear
}

/**
 * The entries of a year's input: `entries`, or `stays` from a caller of the old name. Both at once is
 * refused rather than one chosen, as which list was meant cannot be told. Errors name the field given.
 */
export function entriesOf(input: YearInput): StayInput[] {
  const { entries, stays } = input
  if (entries !== undefined && stays !== undefined) {
    throw new PolicyInputError('entries', '测算数据同时有 entries 和 stays（stays 是 entries 的旧名）：请只用 entries 给出各条记录')
  }
  const field = entries === undefined && stays !== undefined ? 'stays' : 'entries'
  const list = entries ?? stays
  if (!Array.isArray(list)) throw new PolicyInputError(field, '住院记录无效')
  if (list.length > MAX_YEAR_ENTRIES) throw new PolicyInputError(field, `一个年度最多记录${MAX_YEAR_ENTRIES}条`)
  return list
}

/**
 * A reading that changes this answer: its question, and the answer under each option (`figure`: the
 * result's main figure — for a stay or a year the patient's share, also named `outOfPocket`).
 */
export interface ReadingShown {
  id: string
  question: string
  /** Each option's figures in yuan: the result's figure under it (null when not a point) and its range. */
  options: { label: string; figure: Yuan | null; outOfPocket?: Yuan | null; range: Range; reference: Reference }[]
}

/** An unknown that changes this answer; for the deductible, what 100 yuan more of it changes. */
export interface UnknownShown {
  id: UnknownId
  label: string
  /** Its open limit makes the share higher (a deductible, a cap) rather than lower (a layer without figures). */
  raisesShare: boolean
  /** The patient's share grows by this much for each 100 yuan of deductible (from 0). */
  perHundred?: Yuan
}

/** What every result says about its own spread: in yuan unless said otherwise (a leave's days). */
export interface Spread<T extends string = Yuan> {
  /** The patient's share as the sources allow it. */
  range: Range<T>
  readings: ReadingShown[]
  unknowns: UnknownShown[]
  /**
   * The readings this figure depends on were too many to evaluate in every combination (evaluate.ts):
   * its open sides mean "not worked out", and readings taken together may move it past every
   * option listed. Absent when every combination was run.
   */
  readingsNotAllCombined?: true
}

export interface InpatientEstimate extends Spread {
  layers: Layer[]
  /** Null when it moves with an input the user has not entered (see `range`). */
  outOfPocket: Yuan | null
  /** T + special-drug cost. */
  total: Yuan
  /** What the user should know about this stay's figures, in words (one per alert). */
  warnings: string[]
  /** The same warnings as data, one for one (`warnings[i]` is `wordAlert(alerts[i])`), for a page that words them itself. */
  alerts?: Alert[]
  /** Sum of the computed layers; null with outOfPocket. */
  paid: Yuan | null
  /** What is left of each part of the bill: compliant (null when not a point), non-compliant, special drugs. */
  burden: { compliant: Yuan | null; nonCompliant: Yuan; specialDrug: Yuan }
}

export interface YearTotals extends Spread {
  /** Each layer summed over the year's entries, in chain order. */
  layers: Layer[]
  outOfPocket: Yuan | null
  total: Yuan
  paid: Yuan | null
  burden: { compliant: Yuan | null; nonCompliant: Yuan; specialDrug: Yuan }
  /** Warnings about the year as a whole (each entry carries its own). */
  warnings: string[]
  /** The same warnings as data, one for one (`warnings[i]` is `wordAlert(alerts[i])`). */
  alerts?: Alert[]
  /** What the app assumes where the sources are silent about the year itself. */
  notes: string[]
  entries: YearEntryInfo[]
  /** The order the entries were computed in (indexes into `stays`). */
  order: number[]
  /** The prior totals the year started from, as read (two decimals); absent when none were given. */
  prior?: Required<PriorThisYear>
}

/** Results computed in date order, put back in the order the entries were given. */
export function inOriginalOrder<T>(order: number[], sorted: T[]): T[] {
  const out: T[] = new Array(sorted.length)
  order.forEach((original, k) => {
    out[original] = itemAt(sorted, k)
  })
  return out
}

export interface YearEstimate {
  stays: InpatientEstimate[]
  year: YearTotals
}

/** Enough for any real year; keeps one call bounded. */
export const MAX_YEAR_ENTRIES = 60

export const MEDICAL_YEAR_NOTE = '医疗年度按自然年（1月1日至12月31日）计：两份文件都未定义医疗年度'

const PRIOR_FIELDS: (keyof PriorThisYear)[] = [
  'compliantCost',
  'basicPaid',
  'criticalPaid',
  'assistancePaid',
  'commercialPaid',
  'reassistancePaid',
  'specialDrugCost',
  'specialDrugPaid',
  'hospitalWaiverPaid'
]

export function parsePrior(input: PriorThisYear | undefined): ChainPrior | undefined {
  if (input === undefined || input === null) return undefined
  if (typeof input !== 'object') throw new PolicyInputError('prior', '本年度此前已报销的数据无效')
  const p = {} as ChainPrior
  for (const f of PRIOR_FIELDS) p[f] = parseOptionalAmount(`prior.${f}`, input[f]) ?? ZERO
  const insurance = p.basicPaid.plus(p.criticalPaid).plus(p.assistancePaid).plus(p.commercialPaid).plus(p.reassistancePaid)
  if (insurance.gt(p.compliantCost)) {
    throw new PolicyInputError('prior.compliantCost', '此前已报销的统筹、大病、救助、商业补充保险合计不能大于此前的政策范围内费用')
  }
  if (p.specialDrugPaid.gt(p.specialDrugCost)) {
    throw new PolicyInputError('prior.specialDrugCost', '此前特药报销不能大于此前的特药费用')
  }
  return p
}

export function parseEntry(s: StayInput): ChainEntry {
  if (typeof s !== 'object' || s === null) throw new PolicyInputError('', '住院记录无效')
  const kind = oneOf('kind', s.kind ?? 'inpatient', ['inpatient', 'specialChronicOutpatient'] as const, '记录类别无效')
  const bill = parseStayBill(s)
  if (kind === 'specialChronicOutpatient') {
    if (bill.setting !== 'local') throw new PolicyInputError('setting', '特殊门诊慢性病费用按本地门诊计入，不选择异地就医类型')
    if (bill.specialDrugCost.gt(0)) throw new PolicyInputError('specialDrugCost', '特药费用请记在住院记录中')
  }
  if (s.manualClaim !== undefined && typeof s.manualClaim !== 'boolean') throw new PolicyInputError('manualClaim', '请选择结算方式')
  const entry: ChainEntry = { kind, ...bill, manualClaim: s.manualClaim === true }
  if (s.date !== undefined && s.date !== '') entry.date = parseDate('date', s.date)
  if (s.label !== undefined) {
    if (typeof s.label !== 'string') throw new PolicyInputError('label', '医院名称无效')
    const label = s.label.trim()
    if (label !== '') entry.label = label
  }
  return entry
}

/** An input error of entry i, named so a page can point at it. */
function entryError(i: number, kind: YearEntryKind | undefined, e: unknown): unknown {
  if (!(e instanceof PolicyInputError)) return e
  const field = e.field === '' ? `stays[${i}]` : `stays[${i}].${e.field}`
  const what = (kind ?? 'inpatient') === 'inpatient' ? '（住院）' : '（特殊门诊慢性病）'
  return new PolicyInputError(field, `${entryName(i)}${what}：${e.message}`, { reason: e.reason, entry: i })
}

function forEntry<T>(i: number, kind: YearEntryKind | undefined, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    throw entryError(i, kind, e)
  }
}

/** The order the year is computed in: by date where every entry has one, else as entered (and said so). */
function yearOrder(entries: ChainEntry[], warnings: Alert[]): number[] {
  const dated = entries.filter((e) => e.date !== undefined)
  const [firstDated] = dated
  if (firstDated !== undefined) {
    const firstYear = (firstDated.date as string).slice(0, 4)
    const other = entries.findIndex((e) => e.date !== undefined && e.date.slice(0, 4) !== firstYear)
    if (other >= 0) {
      throw new PolicyInputError(
        `stays[${other}].date`,
        `${entryName(other)}：各条记录应在同一医疗年度（同一自然年）内，年度限额和大病保险按年度累计`
      )
    }
  }
  let order = entries.map((_, i) => i)
  if (entries.length > 1 && dated.length === entries.length) {
    const byDate = entries.map((e, i) => ({ i, date: e.date as string }))
    byDate.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i))
    order = byDate.map(({ i }) => i)
    if (order.some((v, k) => v !== k)) warnings.push(warning('yearInDateOrder'))
  } else if (entries.length > 1) {
    warnings.push(warning('yearUndated'))
  }
  return order
}

/** The keys of entry i's figures ("3.share", "3.basic.sofar"). */
interface EntryKeys {
  share: string
  compliantLeft: string
  shareSoFar: string
  layer: Record<LayerId, string>
  layerSoFar: Record<LayerId, string>
}

// Made once per entry index: every run of every evaluation sets and reads the same keys, and a key
// string made once keeps its hash.
const entryKeys: EntryKeys[] = []
const yearKeys = Object.fromEntries(LAYER_ORDER.map((id) => [id, `y.${id}`])) as Record<LayerId, string>

function keysOf(i: number): EntryKeys {
  let keys = entryKeys[i]
  if (keys === undefined) {
    const layer = {} as Record<LayerId, string>
    const layerSoFar = {} as Record<LayerId, string>
    for (const id of LAYER_ORDER) {
      layer[id] = `${i}.${id}`
      layerSoFar[id] = `${i}.${id}.sofar`
    }
    keys = { share: `${i}.share`, compliantLeft: `${i}.compliantLeft`, shareSoFar: `${i}.share.sofar`, layer, layerSoFar }
    entryKeys[i] = keys
  }
  return keys
}

/** The figures of one run: each stay's share and layers, and the year's. */
function figuresOf(stays: ChainStay[]): Figures {
  const f: Figures = new Map()
  let share = ZERO
  const year = new Map<LayerId, Decimal>()
  stays.forEach((st, i) => {
    const keys = keysOf(i)
    f.set(keys.share, st.share)
    f.set(keys.compliantLeft, st.compliantLeft)
    share = plus(share, st.share)
    // The year so far, through this entry: monotone in every unknown, as the whole year is.
    f.set(keys.shareSoFar, share)
    for (const o of st.outcomes) {
      f.set(keys.layer[o.id], o.amount)
      const sofar = plus(year.get(o.id) ?? ZERO, o.amount)
      year.set(o.id, sofar)
      f.set(keys.layerSoFar[o.id], sofar)
    }
  })
  f.set('y.share', share)
  for (const [id, v] of year) f.set(yearKeys[id], v)
  return f
}

export interface Parsed {
  pack: PolicyPack
  who: ChainPatient
  entries: ChainEntry[]
  prior: ChainPrior | undefined
}

/** Who, where and what came before: the parts of a year's input that are not its entries. */
export function parseHouseholdYear(input: Omit<YearInput, 'stays'>): Omit<Parsed, 'entries'> {
  if (typeof input !== 'object' || input === null) throw new PolicyInputError('', '测算数据无效')
  const pack = packOf(input)
  const tier = parseTier('tier', input.tier)
  const household = parseHousehold(input)
  const who: ChainPatient = { tier, ...household.who }
  if (household.county !== undefined) who.county = household.county
  return { pack, who, prior: parsePrior(input.prior) }
}

function parseYear(input: YearInput): Parsed {
  if (typeof input !== 'object' || input === null) throw new PolicyInputError('', '测算数据无效')
  const entries = entriesOf(input).map((s, i) => forEntry(i, s?.kind, () => parseEntry(s)))
  const head = parseHouseholdYear({ ...input, year: yearOfEntries(input, entries) })
  return { ...head, entries }
}

/** The policy year of an ISO date where a pack of that year is bundled for the region, else undefined. */
export function bundledYearOf(region: RegionId, isoDate: string): number | undefined {
  if (!isRegionId(region) || !/^\d{4}-/.test(isoDate)) return undefined
  const year = Number(isoDate.slice(0, 4))
  return yearsOf(region).includes(year) ? year : undefined
}

/**
 * The policy year a year's entries are computed under: the year asked for, or else the year of
 * their dates where a pack of that year is bundled, or else the newest. Dates of a year that has its
 * own pack, other than the one asked for, are an input error: a 2020 stay is not computed under 2021.
 */
function yearOfEntries(input: YearInput, entries: ChainEntry[]): number | undefined {
  const dated = entries.findIndex((e) => e.date !== undefined)
  const date = entries[dated]?.date
  if (date === undefined || input.pack !== undefined) return input.year
  const year = bundledYearOf(input.region, date)
  if (year === undefined) return input.year
  if (input.year !== undefined && input.year !== year) {
    throw new PolicyInputError(
      `stays[${dated}].date`,
      `${entryName(dated)}的日期在${year}年，应按${year}年度政策测算（现在选的是${input.year}年度）`
    )
  }
  return year
}

/**
 * The medical year (POLICY-READING §9): each entry's layers with the annual caps and cumulative bases
 * of the whole year, plus the year's totals, every figure with its range. Each entry balances to the
 * fen, and so does the year.
 */
export function estimateYear(input: YearInput): YearEstimate {
  return explainYear(input).estimate
}

/** Why one figure of an entry is a range: the readings and unknowns that move it. */
export interface FigureSpread {
  readings: ReadingShown[]
  unknowns: UnknownShown[]
}

/**
 * The year, and for any figure of an entry (a layer, or 'share') the readings and unknowns that move
 * that figure itself (the stay's `readings`/`unknowns` are those of its share), and the pack it was
 * computed on (the given pack, or the region's of the year asked or of the entries' dates). For the
 * slip check.
 */
export function explainYear(input: YearInput): {
  estimate: YearEstimate
  spread: (stayIndex: number, figure: LayerId | 'share') => FigureSpread
  pack: PolicyPack
} {
  const parsed = parseYear(input)
  const evaluated = evaluateEntries(parsed, (i, e) => entryError(i, parsed.entries[i]?.kind, e))
  const { e, probe, chainStays, staysSorted, warnings, order, stays } = evaluated
  const spread = (stayIndex: number, figure: LayerId | 'share'): FigureSpread => {
    const k = order.indexOf(stayIndex)
    if (k < 0) return { readings: [], unknowns: [] }
    const afterUnknown = e.asked.firstEntry !== undefined && k > e.asked.firstEntry
    const { readings, unknowns } = spreadOf(parsed.pack, e, `${k}.${figure}`, k, afterUnknown)
    return { readings, unknowns }
  }
  return { estimate: estimateOf(parsed, e, probe, chainStays, staysSorted, warnings, order, stays), spread, pack: parsed.pack }
}

function estimateOf(
  parsed: Parsed,
  e: Evaluation,
  probe: Figures | undefined,
  chainStays: ChainStay[],
  staysSorted: InpatientEstimate[],
  warnings: Alert[],
  order: number[],
  stays: InpatientEstimate[]
): YearEstimate {
  const yearWarnings = parsed.prior ? [...warnings, warning('priorCounted')] : warnings
  const year = yearTotals(parsed.pack, e, probe, chainStays, staysSorted, yearWarnings, order)
  if (parsed.prior) {
    const echo = {} as Required<PriorThisYear>
    for (const f of PRIOR_FIELDS) echo[f] = fmt(parsed.prior[f])
    year.prior = echo
  }
  return { stays, year }
}

/**
 * The entries of a year evaluated under every reading and unknown that matter, each with its result
 * (in the order given); `named` words an input error of the entry at index i as given.
 */
export function evaluateEntries(parsed: Parsed, named: (i: number, e: unknown) => unknown) {
  const { pack, who, entries, prior } = parsed
  const warnings: Alert[] = []
  const order = yearOrder(entries, warnings)
  const sorted = order.map((i) => itemAt(entries, i))
  let usualRun: ChainStay[] | undefined
  const memo = entryMemo(prior)
  const run = (s: Scenario) => {
    const stays = runChain(pack, who, sorted, prior, s, (k, e) => named(itemAt(order, k), e), usualRun === undefined, memo)
    // The first run is the usual one: its words are the ones shown.
    usualRun ??= stays
    return figuresOf(stays)
  }
  const e = evaluate(pack, run, ['y.share', ...sorted.map((_, k) => `${k}.share`), ...sorted.map((_, k) => `${k}.share.sofar`)])
  const probe = e.asked.unknowns.has('deductible') ? run(scenario({}, {}, '100')) : undefined
  const chainStays = usualRun as ChainStay[]

  const first = e.asked.firstEntry
  const firstBasic = first === undefined ? undefined : chainStays[first]?.outcomes.find((o) => o.id === 'basic')
  // Basic insurance by a published rule (only a blank input makes it a range) is not "未能测算".
  const earlier =
    first === undefined ? undefined : { entry: itemAt(order, first), basicKnown: firstBasic !== undefined && !firstBasic.unpublished }
  const staysSorted = chainStays.map((cs, k) => stayResult(pack, e, probe, cs, String(k), k === 0 && prior === undefined, earlier))
  return { e, probe, chainStays, staysSorted, warnings, order, stays: inOriginalOrder(order, staysSorted) }
}

/** A layer as shown: its usual amount (null when unpublished or not a point), status, range. */
/**
 * An entry's figure after an earlier entry met an unknown: it takes the year's cumulative layers from
 * that entry in no one direction, so under each combination of readings its range is what the year
 * through it allows less what the year before it allowed (both monotone in every unknown), and the
 * whole range is the union over the combinations. Otherwise, its own range.
 */
function entryRange(runs: Evaluation['runs'], key: string, k: number, afterUnknown: boolean, approximate: boolean): Range {
  // Not every combination was run: no side has a limit the runs vouch for (rangeOf says the same).
  if (approximate) return { low: null, high: null }
  const figure = key.slice(key.indexOf('.') + 1)
  const upToKey = `${k}.${figure}.sofar`
  const beforeKey = `${k - 1}.${figure}.sofar`
  if (!afterUnknown || k === 0 || !runs.some((r) => r.figures.has(beforeKey))) return rangeOf(runs, key)
  let low: Decimal | null | undefined
  let high: Decimal | null | undefined
  for (const r of runs) {
    const part = entryPart(r, key, upToKey, beforeKey)
    if (!part) continue
    const { lo, hi } = part
    low = low === null || lo === null ? null : low === undefined || compare(lo, low) < 0 ? lo : low
    high = high === null || hi === null ? null : high === undefined || compare(hi, high) > 0 ? hi : high
  }
  if (low === undefined || high === undefined) return rangeOf(runs, key)
  return { low: low === null ? null : fmt(low), high: high === null ? null : fmt(high) }
}

type EntryPart = { lo: Decimal | null; hi: Decimal | null } | null

// Each run's part of an entry's range, per figure: the share's range and every option of every
// reading read the same runs again.
const entryParts = new WeakMap<Evaluation['runs'][number], Map<string, EntryPart>>()

/** What one run allows for the entry's figure: the year through it less the year before it (null: no such figure). */
function entryPart(r: Evaluation['runs'][number], key: string, upToKey: string, beforeKey: string): EntryPart {
  let parts = entryParts.get(r)
  if (!parts) {
    parts = new Map()
    entryParts.set(r, parts)
  }
  let part = parts.get(upToKey)
  if (part === undefined) {
    const upTo = soFar(r, upToKey)
    const before = soFar(r, beforeKey)
    if (!upTo || !before) part = null
    else if (upTo.low === upTo.high && before.low === before.high && upTo.low !== null && before.low !== null) {
      // No open limit moves this run's year: one difference is both sides, and it is the entry's own
      // figure (the year through an entry is the year before it plus the entry, exactly).
      const own = r.figures.get(key) ?? upTo.low.minus(before.low)
      part = { lo: positive(own), hi: own }
    } else {
      part = {
        lo: upTo.low === null || before.high === null ? null : positive(upTo.low.minus(before.high)),
        hi: upTo.high === null || before.low === null ? null : upTo.high.minus(before.low)
      }
    }
    parts.set(upToKey, part)
  }
  return part
}

/** The year so far in one combination of readings: its published-side figure, open where an unknown's limit goes past it. */
function soFar(r: Evaluation['runs'][number], key: string): { low: Decimal | null; high: Decimal | null } | undefined {
  const v = r.figures.get(key)
  if (v === undefined) return undefined
  let low: Decimal | null = v
  let high: Decimal | null = v
  for (const f of r.limits) {
    const x = f?.get(key)
    if (x === undefined) continue
    if (compare(x, v) < 0) low = null
    if (compare(x, v) > 0) high = null
  }
  return { low, high }
}

function layerOf(e: Evaluation, o: LayerOutcome, key: string, k: number, afterUnknown: boolean): Layer {
  const usual = usualOf(e, key)
  // A layer named without figures may pay anything the bill leaves: no upper limit from the sources.
  const own = entryRange(e.runs, key, k, afterUnknown, approximateAt(e, k))
  const range = o.unpublished ? { ...own, high: null } : own
  const status = o.unpublished ? 'unpublished' : usual === null ? 'notComputable' : 'computed'
  const layer: Layer = {
    id: o.id,
    label: LAYER_LABELS[o.id],
    amount: status === 'computed' ? fmtOrNull(usual) : null,
    status,
    range,
    sources: o.sources
  }
  setNotes(layer, status === 'notComputable' ? [...o.notes, note('dependsOnUnentered')] : o.notes)
  return layer
}

/** A layer's notes, as data and in words (both absent when it says nothing). */
function setNotes(layer: Layer, notes: Note[]): void {
  const words = CORE_NOTES.wordNotes(notes)
  if (words === undefined) return
  layer.note = words
  layer.notes = [...notes]
}

/** The share's range, and the readings and unknowns that change the share (not only a layer of it). */
function spreadOf(pack: PolicyPack, e: Evaluation, shareKey: string, entry = 0, afterUnknown = false): Spread {
  const keys = [shareKey]
  const approximate = approximateAt(e, entryOfKey(shareKey))
  const readings: ReadingShown[] = []
  // In the pack's order, so a result does not depend on which run asked a reading first.
  for (const id of (Object.keys(pack.readings) as (keyof PolicyPack['readings'])[]).filter((r) => e.readings.includes(r))) {
    const reading = pack.readings[id]
    if (!reading || !readingMatters(e, id, keys)) continue
    readings.push({
      id,
      question: reading.question,
      options: reading.options.map((option, k) => {
        const runs = runsWithOption(e, id, k)
        const only = runsWithOnly(e, id, k)[0]
        const v = only?.figures.get(shareKey)
        const moved = e.inputs !== undefined && k === 0 ? e.inputs.get(shareKey) : undefined
        const outOfPocket = v === undefined || (moved !== undefined && compare(moved, v) !== 0) ? null : fmt(v)
        return {
          label: option.label,
          figure: outOfPocket,
          outOfPocket,
          range: entryRange(runs, shareKey, entry, afterUnknown, approximate),
          reference: option.reference
        }
      })
    })
  }
  // A stay after an entry that met an unknown moves with the year so far: its unknowns are those.
  const figure = shareKey.slice(shareKey.indexOf('.') + 1)
  const moved = afterUnknown ? [`${entry}.${figure}.sofar`, `${entry - 1}.${figure}.sofar`] : keys
  const unknowns: UnknownShown[] = unknownsThatMatter(e, moved, shareKey === 'y.share' ? Infinity : entry).map((id) => ({
    id,
    label: UNKNOWN_KINDS[id].label,
    raisesShare: UNKNOWN_KINDS[id].raisesShare
  }))
  const spread: Spread = { range: entryRange(e.runs, shareKey, entry, afterUnknown, approximate), readings, unknowns }
  if (approximate) spread.readingsNotAllCombined = true
  return spread
}

function stayResult(
  pack: PolicyPack,
  e: Evaluation,
  probe: Figures | undefined,
  cs: ChainStay,
  k: string,
  fresh: boolean,
  earlier: { entry: number; basicKnown: boolean } | undefined
): InpatientEstimate {
  const warnings = [...cs.warnings]
  // A stay after an entry that met an unknown takes the year's cumulative layers from it.
  const index = Number(k)
  const afterUnknown = e.asked.firstEntry !== undefined && index > e.asked.firstEntry
  const layers = cs.outcomes.map((o) => layerOf(e, o, `${k}.${o.id}`, index, afterUnknown))
  for (const l of layers) {
    if (l.status === 'unpublished' && !cs.notCollected.includes(l.id))
      warnings.push(warning('layerLeftOut', { layer: l.id, reason: [...(l.notes ?? [])] }))
  }
  // A layer without figures pays nothing in the usual figure: say so where later layers build on it.
  const gap = layers.findIndex(
    (l) => l.status === 'unpublished' && l.id !== 'basic' && l.id !== 'hospitalWaiver' && !cs.notCollected.includes(l.id)
  )
  const next =
    gap < 0 ? undefined : layers.slice(gap + 1).find((l) => l.status === 'computed' && l.id !== 'hospitalWaiver' && l.id !== 'specialDrug')
  const gapLayer = layers[gap]
  if (next && gapLayer) warnings.push(warning('layerGap', { gap: gapLayer.id, next: next.id }))
  const scope = pack.chain.countyScope
  if (scope && cs.notCollected.length > 0) {
    warnings.push(warning('countyLayersNotCollected', { layers: [...cs.notCollected], county: scope.name }))
  }
  if (afterUnknown && earlier && layers.some((l) => l.status === 'notComputable' && l.id !== 'basic')) {
    warnings.push(warning(earlier.basicKnown ? 'earlierEntryUnentered' : 'earlierEntryBasicUnknown', { entry: earlier.entry }))
  }
  const critical = layers.find((l) => l.id === 'critical')
  if (critical && critical.status === 'computed') {
    setNotes(critical, [...(critical.notes ?? []), note(fresh ? 'criticalFirstStay' : 'criticalCumulative')])
  }
  const shareKey = `${k}.share`
  const share = usualOf(e, shareKey)
  const spread = spreadOf(pack, e, shareKey, index, afterUnknown)
  // Nothing to pay is nothing to pay, whatever came before.
  if (cs.total.isZero()) {
    spread.range = { low: fmt(cs.total), high: fmt(cs.total) }
    delete spread.readingsNotAllCombined
  }
  addPerHundred(e, probe, spread, shareKey)
  const compliantLeft = usualOf(e, `${k}.compliantLeft`)
  return {
    layers,
    outOfPocket: fmtOrNull(share),
    total: fmt(cs.total),
    ...CORE_ALERTS.alertFields(warnings),
    paid: share === null ? null : fmt(cs.total.minus(share)),
    burden: { compliant: fmtOrNull(compliantLeft), nonCompliant: fmt(cs.nonCompliantLeft), specialDrug: fmt(cs.specialDrugLeft) },
    ...spread
  }
}

/** What 100 yuan more of deductible changes: the probe run sets every unknown deductible to 100. */
function addPerHundred(e: Evaluation, probe: Figures | undefined, spread: Spread, shareKey: string): void {
  const u = spread.unknowns.find((x) => x.id === 'deductible')
  const at0 = e.usual.get(shareKey)
  const at100 = probe?.get(shareKey)
  if (u && at0 && at100) u.perHundred = fmt(at100.minus(at0))
}

function yearTotals(
  pack: PolicyPack,
  e: Evaluation,
  probe: Figures | undefined,
  chainStays: ChainStay[],
  stays: InpatientEstimate[],
  warnings: Alert[],
  order: number[]
): YearTotals {
  const layers: Layer[] = []
  for (const id of LAYER_ORDER) {
    const present = chainStays.map((cs) => cs.outcomes.find((o) => o.id === id))
    const first = present.find((o) => o !== undefined)
    if (!first) continue
    const stayLayers = stays.map((s) => s.layers.find((l) => l.id === id))
    const sources = new Set<Reference>()
    for (const l of stayLayers) for (const r of l?.sources ?? []) sources.add(r)
    const computed = stayLayers.filter((l) => l?.status === 'computed')
    const usual = usualOf(e, `y.${id}`)
    const anyUnpublished = present.some((o) => o?.unpublished)
    const status =
      computed.length > 0 && usual !== null
        ? 'computed'
        : anyUnpublished && computed.length === 0
          ? 'unpublished'
          : usual === null
            ? 'notComputable'
            : 'computed'
    const layer: Layer = {
      id,
      label: LAYER_LABELS[id],
      amount: status === 'computed' ? fmtOrNull(usual) : null,
      status,
      range: rangeOf(e.runs, `y.${id}`, approximateAt(e, Infinity)),
      sources: [...sources]
    }
    const missing = stayLayers.map((l, k) => (l && l.status !== 'computed' ? k : -1)).filter((k) => k >= 0)
    if (status !== 'computed') setNotes(layer, first.notes)
    else if (missing.length > 0) setNotes(layer, [note('entriesLeftOut', { entries: missing.map((k) => itemAt(order, k)) })])
    layers.push(layer)
  }
  const share = usualOf(e, 'y.share')
  let total = ZERO
  let nonCompliant = ZERO
  let specialDrug = ZERO
  let compliant: Decimal | null = ZERO
  chainStays.forEach((cs, k) => {
    total = total.plus(cs.total)
    nonCompliant = nonCompliant.plus(cs.nonCompliantLeft)
    specialDrug = specialDrug.plus(cs.specialDrugLeft)
    const left = usualOf(e, `${k}.compliantLeft`)
    compliant = compliant === null || left === null ? null : compliant.plus(left)
  })
  const spread = spreadOf(pack, e, 'y.share')
  addPerHundred(e, probe, spread, 'y.share')
  return {
    layers,
    outOfPocket: fmtOrNull(share),
    total: fmt(total),
    paid: share === null ? null : fmt(total.minus(share)),
    burden: { compliant: fmtOrNull(compliant), nonCompliant: fmt(nonCompliant), specialDrug: fmt(specialDrug) },
    ...CORE_ALERTS.alertFields([...warnings]),
    notes: [MEDICAL_YEAR_NOTE],
    entries: inOriginalOrder(
      order,
      chainStays.map((cs) => cs.info)
    ),
    order,
    ...spread
  }
}
