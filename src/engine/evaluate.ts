// Every answer is a range (POLICY-READING §1): a computation is run under every combination of the
// readings it asks about, and at the open limits of the unknowns it meets, and each figure's range
// is read off the runs. The chain is monotone in each unknown, and every unknown of one direction
// moves the patient's share the same way, so two extreme runs per combination find where a side is
// open. Figures are flat: a key per figure ("0.share", "0.basic", "y.share"), a Decimal per key.
import type Decimal from 'decimal.js'
import type { PolicyPack, ReadingId } from '../policy/types'
import type { Range } from './layer'
import { compare, fmt } from './money'
import type { Scenario, UnknownId } from './scenario'
import { scenario, UNKNOWN_KINDS } from './scenario'

export type Figures = Map<string, Decimal>

interface Run {
  options: Partial<Record<ReadingId, number>>
  figures: Figures
  /** The run with every share-raising unknown at its open limit, and the one with every share-lowering one. */
  raised?: Figures
  lowered?: Figures
  /**
   * An unknown compliant part raises its own stay's share when small but leaves a later stay less of
   * the year's thresholds when large: these runs move it against the others, for the later stays.
   */
  mixed?: Figures[]
  /** Those of `raised`, `lowered` and `mixed` that are not this run's own figures: the ones a range reads. */
  limits: Figures[]
}

export interface Evaluation {
  /** The usual run: first option of every reading, every unknown on its published side. */
  usual: Figures
  /** Its scenario, as asked: what this input depends on. */
  asked: Scenario['asked']
  runs: Run[]
  /** The usual run with the user's unknown inputs at their open limits: a figure that moves is not a point. */
  inputs?: Figures
  readings: ReadingId[]
  /**
   * More readings meet here than can all be combined: their combinations were not all run, so a
   * figure of entry `approximateFrom` or later, or of the whole year, has no limit the evaluation can
   * vouch for (rangeOf: null). Readings can interact without either moving a figure alone, so a figure
   * that does not move between the runs is no exception. The entries before it are exact.
   */
  approximate: boolean
  approximateFrom?: number
}

const MAX_ROUNDS = 4
/** Up to this many combinations of the readings that interact are all run; beyond, see `evaluate`. */
const EXHAUSTIVE = 32

/**
 * Readings that touch one part of the bill alone (the non-compliant part, the special drugs): what
 * they change adds to what the others change, so each is run on its own, never in combination.
 */
const SEPARABLE: ReadingId[] = ['weihai.waiverPeriod', 'weihai.drugItem', 'weifang.drugCapPeriod']

function combinations(pack: PolicyPack, ids: ReadingId[]): Partial<Record<ReadingId, number>>[] {
  let out: Partial<Record<ReadingId, number>>[] = [{}]
  for (const id of ids) {
    const n = pack.readings[id]?.options.length ?? 1
    const next: Partial<Record<ReadingId, number>>[] = []
    for (const c of out) for (let k = 0; k < n; k++) next.push(k === 0 ? c : { ...c, [id]: k })
    out = next
  }
  return out
}

function openAt(ids: Iterable<UnknownId>, pick: (id: UnknownId) => boolean): Partial<Record<UnknownId, number>> {
  const u: Partial<Record<UnknownId, number>> = {}
  for (const id of ids) if (pick(id)) u[id] = 1
  return u
}

/** Each reading's other options alone, the rest at their first option. */
function singles(pack: PolicyPack, ids: ReadingId[]): Partial<Record<ReadingId, number>>[] {
  const out: Partial<Record<ReadingId, number>>[] = [{}]
  for (const id of ids) for (let k = 1; k < (pack.readings[id]?.options.length ?? 1); k++) out.push({ [id]: k })
  return out
}

/**
 * The readings of the entries up to the last whose readings, with every earlier entry's, can all be
 * combined within the limit (a later entry cannot move an earlier one), and the first entry beyond.
 */
function combinablePrefix(pack: PolicyPack, ids: ReadingId[], entryOf: Map<ReadingId, number>): { ids: ReadingId[]; from: number } {
  const at = (id: ReadingId) => entryOf.get(id) ?? -1
  const sorted = [...ids].sort((a, b) => at(a) - at(b))
  // Sorted by entry, so the Map (in insertion order) holds each entry's readings in entry order.
  const byEntry = new Map<number, ReadingId[]>()
  for (const id of sorted) {
    const known = byEntry.get(at(id))
    if (known) known.push(id)
    else byEntry.set(at(id), [id])
  }
  const prefix: ReadingId[] = []
  let count = 1
  for (const [entry, entryIds] of byEntry) {
    let group = 1
    for (const id of entryIds) group *= pack.readings[id]?.options.length ?? 1
    if (count * group > EXHAUSTIVE) return { ids: prefix, from: Math.max(entry, 0) }
    count *= group
    prefix.push(...entryIds)
  }
  return { ids: prefix, from: Infinity }
}

/** Whether a figure of this entry (Infinity: the year's) has limits the runs vouch for. */
export function approximateAt(e: Evaluation, entry: number): boolean {
  return e.approximateFrom !== undefined && entry >= e.approximateFrom
}

/** The entry a figure key belongs to ("3.share" → 3; "y.share" → Infinity). */
export function entryOfKey(key: string): number {
  const head = key.slice(0, key.indexOf('.'))
  return head === 'y' ? Infinity : Number(head)
}

function singleOption(options: Partial<Record<ReadingId, number>>): boolean {
  return Object.values(options).filter((v) => v !== 0).length === 1
}

function comboKey(options: Partial<Record<ReadingId, number>>): string {
  return Object.entries(options)
    .filter(([, v]) => v !== 0)
    .sort()
    .map(([id, v]) => `${id}=${v}`)
    .join(',')
}

/**
 * Runs `run` under every reading it asks about and at the open limits of its unknowns. Readings that
 * interact are run in every combination, up to 32; a separable reading is run alone, and for each
 * target figure the combination of the joint runs' extreme with each separable reading's own best
 * option is run too. Beyond 32 combinations (a long year that meets many period readings) each
 * reading is run alone, for the usual figures and the per-option figures, and the evaluation is
 * `approximate`: no figure that moves between its runs gets a limit.
 */
export function evaluate(pack: PolicyPack, run: (s: Scenario) => Figures, targets: string[] = []): Evaluation {
  const first = scenario()
  const usual = run(first)
  const asked = first.asked
  // The runs that met an unknown. A run that met none took no path an unknown's limit could change
  // (the scenario's unknowns are read only where they are asked), so at every limit it is itself.
  const metUnknown = new Set<Run>()
  const note = (s: Scenario) => {
    for (const id of s.asked.unknowns) asked.unknowns.add(id)
    for (const [id, k] of s.asked.entryOf) {
      const known = asked.entryOf.get(id)
      if (known === undefined || k < known) asked.entryOf.set(id, k)
    }
    for (const [id, k] of s.asked.readingEntryOf) {
      const known = asked.readingEntryOf.get(id)
      if (known === undefined || k < known) asked.readingEntryOf.set(id, k)
    }
    const k = s.asked.firstEntry
    if (k !== undefined && (asked.firstEntry === undefined || k < asked.firstEntry)) asked.firstEntry = k
  }
  const usualRun: Run = { options: {}, figures: usual, limits: [] }
  let runs: Run[] = [usualRun]
  if (asked.unknowns.size > 0) metUnknown.add(usualRun)
  const byCombo = new Map<string, Run>([['', usualRun]])
  const runCombo = (options: Partial<Record<ReadingId, number>>): Run => {
    const key = comboKey(options)
    const known = byCombo.get(key)
    if (known) return known
    const s = scenario(options)
    const r: Run = { options, figures: run(s), limits: [] }
    if (s.asked.unknowns.size > 0) metUnknown.add(r)
    for (const id of s.asked.readings) asked.readings.add(id)
    note(s)
    byCombo.set(key, r)
    return r
  }
  let approximateFrom: number | undefined
  // Every combination of the readings that interact, or beyond the limit those of the readings of
  // the entries that can all be combined (`combined`), with the others each alone.
  let combined: Run[] = runs
  let joint: Run[] = runs
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const ids = [...asked.readings]
    const together = ids.filter((id) => !SEPARABLE.includes(id))
    const apart = ids.filter((id) => SEPARABLE.includes(id))
    const all = combinations(pack, together)
    if (all.length <= EXHAUSTIVE) {
      approximateFrom = undefined
      combined = joint = all.map(runCombo)
    } else {
      const prefix = combinablePrefix(pack, together, asked.readingEntryOf)
      approximateFrom = prefix.from
      combined = combinations(pack, prefix.ids).map(runCombo)
      const rest = together.filter((id) => !prefix.ids.includes(id))
      joint = [...combined, ...singles(pack, rest).slice(1).map(runCombo)]
    }
    runs = [...joint, ...singles(pack, apart).slice(1).map(runCombo)]
    if (asked.readings.size === ids.length) break
  }
  const exact = (key: string) => approximateFrom === undefined || entryOfKey(key) < approximateFrom
  // For each target, the combination that gives its lowest figure and the one that gives its
  // highest: among the joint runs, plus each separable reading's own best option.
  const ids = [...asked.readings]
  const bounds = new Set<Run>()
  // A figure beyond the limit is not vouched for (`approximate`): no bounding combination to look for.
  for (const target of targets.filter(exact)) {
    const base = usual.get(target)
    if (base === undefined) continue
    // `combined` always starts with the run of no options (`combinations` starts with {}).
    const [start = usualRun] = combined
    const extremes: [Run, Run] = [start, start]
    for (const r of combined) {
      const v = r.figures.get(target)
      if (v === undefined) continue
      if (compare(v, extremes[0].figures.get(target) ?? v) < 0) extremes[0] = r
      if (compare(v, extremes[1].figures.get(target) ?? v) > 0) extremes[1] = r
    }
    const low: Partial<Record<ReadingId, number>> = { ...extremes[0].options }
    const high: Partial<Record<ReadingId, number>> = { ...extremes[1].options }
    for (const id of ids) {
      if (!SEPARABLE.includes(id)) continue
      let lowK = 0
      let highK = 0
      let lowV = base
      let highV = base
      for (const r of runs) {
        const k = r.options[id]
        const v = r.figures.get(target)
        if (!k || v === undefined || !singleOption(r.options)) continue
        if (compare(v, lowV) < 0) [lowK, lowV] = [k, v]
        if (compare(v, highV) > 0) [highK, highV] = [k, v]
      }
      low[id] = lowK
      high[id] = highK
    }
    for (const options of [low, high]) {
      if (!byCombo.has(comboKey(options))) runs.push(runCombo(options))
      bounds.add(byCombo.get(comboKey(options)) as Run)
    }
  }
  const unknowns = [...asked.unknowns]
  const raising = openAt(unknowns, (id) => UNKNOWN_KINDS[id].raisesShare)
  const lowering = openAt(unknowns, (id) => !UNKNOWN_KINDS[id].raisesShare)
  const mixed = asked.unknowns.has('compliantCost')
  const noted = (options: Run['options'], u: Partial<Record<UnknownId, number>>) => {
    const s = scenario(options, u)
    const figures = run(s)
    note(s)
    return figures
  }
  // The open limits of the unknowns under every combination run together, and the combinations that
  // bound the targets. A later entry's range is read run by run once an earlier one met an unknown:
  // then under every run.
  const bounding = asked.firstEntry !== undefined ? runs : runs.filter((r, k) => k === 0 || bounds.has(r) || combined.includes(r))
  for (const r of bounding) {
    const met = metUnknown.has(r)
    if (Object.keys(raising).length > 0) r.raised = met ? noted(r.options, raising) : r.figures
    if (Object.keys(lowering).length > 0) r.lowered = met ? run(scenario(r.options, lowering)) : r.figures
    if (mixed)
      r.mixed = met
        ? [run(scenario(r.options, { ...raising, compliantCost: 0 })), run(scenario(r.options, { ...lowering, compliantCost: 1 }))]
        : [r.figures, r.figures]
    if (met) r.limits = [r.raised, r.lowered, ...(r.mixed ?? [])].filter((f): f is Figures => f !== undefined)
  }
  const evaluation: Evaluation = { usual, asked, runs, readings: [...asked.readings], approximate: approximateFrom !== undefined }
  if (approximateFrom !== undefined) evaluation.approximateFrom = approximateFrom
  const inputs = openAt(unknowns, (id) => UNKNOWN_KINDS[id].input)
  const inputIds = Object.keys(inputs)
  if (inputIds.length > 0) {
    // Often the inputs are all the unknowns of one direction: that run is already there.
    const same = (u: Partial<Record<UnknownId, number>>) => Object.keys(u).length === inputIds.length && inputIds.every((id) => id in u)
    // `runs` always starts with the run of no options.
    const [head = usualRun] = runs
    evaluation.inputs = same(raising)
      ? head.raised
      : same(lowering)
        ? head.lowered
        : metUnknown.has(head)
          ? run(scenario({}, inputs))
          : usual
  }
  return evaluation
}

/**
 * A figure's range over some runs: each side from the published-side runs, null where an open limit
 * goes past it, or where the runs are not every combination its entries ask for (`approximate`).
 */
export function rangeOf(runs: Run[], key: string, approximate = false): Range {
  let low: Decimal | undefined
  let high: Decimal | undefined
  for (const r of runs) {
    const v = r.figures.get(key)
    if (v === undefined) continue
    if (low === undefined || compare(v, low) < 0) low = v
    if (high === undefined || compare(v, high) > 0) high = v
  }
  if (low === undefined || high === undefined) return { low: null, high: null }
  let lowOpen = false
  let highOpen = false
  for (const r of runs) {
    for (const f of r.limits) {
      const v = f?.get(key)
      if (v === undefined) continue
      if (compare(v, low) < 0) lowOpen = true
      if (compare(v, high) > 0) highOpen = true
    }
  }
  if (approximate) lowOpen = highOpen = true
  return { low: lowOpen ? null : fmt(low), high: highOpen ? null : fmt(high) }
}

/** The usual figure, or null when it moves with an input the user has not entered. */
export function usualOf(e: Evaluation, key: string): Decimal | null {
  const v = e.usual.get(key)
  if (v === undefined) return null
  const moved = e.inputs?.get(key)
  return moved !== undefined && compare(moved, v) !== 0 ? null : v
}

// Runs by the option they take of one reading, alone or with any options of the others: read for
// every figure shown, so found once per evaluation, reading and option.
const subsetsOf = new WeakMap<Evaluation, Map<string, Run[]>>()

function subset(e: Evaluation, key: string, find: () => Run[]): Run[] {
  let subsets = subsetsOf.get(e)
  if (!subsets) {
    subsets = new Map()
    subsetsOf.set(e, subsets)
  }
  let found = subsets.get(key)
  if (!found) {
    found = find()
    subsets.set(key, found)
  }
  return found
}

/** Runs that take option k of a reading and the first option of every other. */
export function runsWithOnly(e: Evaluation, id: ReadingId, k: number): Run[] {
  return subset(e, `only ${id}=${k}`, () =>
    e.runs.filter((r) => (r.options[id] ?? 0) === k && Object.entries(r.options).every(([other, v]) => other === id || v === 0))
  )
}

/** Runs that take option k of a reading, whatever the others take. */
export function runsWithOption(e: Evaluation, id: ReadingId, k: number): Run[] {
  return subset(e, `${id}=${k}`, () => e.runs.filter((r) => (r.options[id] ?? 0) === k))
}

// Runs grouped by the options of every reading but one: computed once per evaluation and reading.
const groupsOf = new WeakMap<Evaluation, Map<ReadingId, Run[][]>>()

function groups(e: Evaluation, id: ReadingId): Run[][] {
  let byReading = groupsOf.get(e)
  if (!byReading) {
    byReading = new Map()
    groupsOf.set(e, byReading)
  }
  let found = byReading.get(id)
  if (!found) {
    const byOthers = new Map<string, Run[]>()
    // Every option a run takes is of a reading the evaluation asked: the options of the others, in
    // one order, name the group.
    const othersOf = e.readings.filter((other) => other !== id)
    for (const r of e.runs) {
      let others = ''
      for (const other of othersOf) others += `${r.options[other] ?? 0},`
      const group = byOthers.get(others)
      if (group) group.push(r)
      else byOthers.set(others, [r])
    }
    found = [...byOthers.values()].filter((g) => g.length > 1)
    byReading.set(id, found)
  }
  return found
}

/** Whether any key moves between two runs that differ only in this reading's option. */
export function readingMatters(e: Evaluation, id: ReadingId, keys: string[]): boolean {
  for (const group of groups(e, id)) {
    const [first] = group
    if (first === undefined) continue
    if (group.some((r) => keys.some((key) => !sameFigure(first.figures.get(key), r.figures.get(key))))) return true
  }
  return false
}

/**
 * Unknowns asked whose open limit moves any of the keys (the direction's group as a whole), met no
 * later than entry `upTo` (a later entry's unknown cannot move an earlier one).
 */
export function unknownsThatMatter(e: Evaluation, keys: string[], upTo = Infinity): UnknownId[] {
  // The mixed runs move both kinds at once: a figure they move depends on the unknowns of either kind.
  const mixedMoves = e.runs.some((r) => (r.mixed ?? []).some((m) => keys.some((k) => !sameFigure(r.figures.get(k), m.get(k)))))
  const raisedMoves = mixedMoves || e.runs.some((r) => r.raised && keys.some((k) => !sameFigure(r.figures.get(k), r.raised?.get(k))))
  const loweredMoves = mixedMoves || e.runs.some((r) => r.lowered && keys.some((k) => !sameFigure(r.figures.get(k), r.lowered?.get(k))))
  // In the catalogue's order, so a result does not depend on which run met an unknown first.
  return (Object.keys(UNKNOWN_KINDS) as UnknownId[])
    .filter((id) => e.asked.unknowns.has(id))
    .filter((id) => (e.asked.entryOf.get(id) ?? 0) <= upTo && (UNKNOWN_KINDS[id].raisesShare ? raisedMoves : loweredMoves))
}

function sameFigure(a: Decimal | undefined, b: Decimal | undefined): boolean {
  return a === undefined || b === undefined ? a === b : compare(a, b) === 0
}
