// Starting a new year's pack from the previous one. Every cited node of the old pack (a figure, a
// scale, a text, a cap) and every unpublished figure must be decided again: carried by a sentence
// of the new notice ("其余按2020年度执行") still citing the earlier document, cited anew, given a new
// value with its citation, or marked unpublished. Nothing carries over silently — a 2020 figure in
// a 2021 pack without a 2021 source would be a guess (DEVELOPERS: no borrowed figures).
import type { DocumentId, Period, PolicyPack, Reference, Unpublished } from './types'
import { calendarYear, isUnpublished } from './types'

/** What to do with one cited node (or unpublished figure) of the previous pack. */
export type CarryDecision =
  /**
   * Unchanged, by a sentence of the new documents that keeps the earlier rules in force: the node
   * keeps its own citation (the earlier document) and its period, and `carriedBy` cites that sentence.
   */
  | { carry: Reference }
  /** The same value (or text), found again in the new year's documents. */
  | { cite: Reference; period?: Period }
  /** A new value of any shape (a figure, a period, a list), with its citation. */
  | { value: unknown; cite: Reference; period?: Period }
  /** The new year's documents do not publish it (a fresh reason: the old one speaks of the old year). */
  | Unpublished

/** A node of the pack that carries a citation: a parameter, scale, text, hotline, channel, cap. */
export interface CitedNode {
  reference: Reference
  value?: unknown
  text?: string
  period?: Period
  [key: string]: unknown
}

export interface CarryOptions {
  year: number
  /** The documents the new pack rests on, newest first; a carried node may cite any of them. */
  documents: DocumentId[]
  /** Decisions by path ("inpatient.tiers.1.annualCap"); a path the previous pack lacks is an error. */
  decisions?: Record<string, CarryDecision>
  /** The decision for every path `decisions` does not name; undefined leaves it undecided. */
  otherwise?: (path: string, node: CitedNode | Unpublished) => CarryDecision | undefined
  /**
   * The app's own words re-worded for the new year, by path ("residentContribution.povertySubsidy.note"):
   * every description or note that names the previous pack's year must be given here.
   */
  words?: Record<string, string>
}

/** Every step forgotten, each in one line, so one run of the tests lists them all. */
export class CarryForwardError extends Error {
  constructor(
    readonly problems: string[],
    readonly paths: string[] = []
  ) {
    super(`沿用上一年度的政策包时有未完成的步骤：\n${problems.map((p) => `- ${p}`).join('\n')}`)
    this.name = 'CarryForwardError'
  }
}

function isCited(node: unknown): node is CitedNode {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && typeof (node as CitedNode).reference === 'object'
}

/** The paths carryForward asks about: every cited node and every unpublished figure. */
export function carriedPaths(pack: PolicyPack): string[] {
  const paths: string[] = []
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, join(path, String(i))))
    if (typeof node !== 'object' || node === null) return
    if (isUnpublished(node) || isCited(node)) paths.push(path)
    if (isUnpublished(node)) return
    for (const [key, value] of Object.entries(node)) if (key !== 'reference' && key !== 'period') walk(value, join(path, key))
  }
  walk(strip(pack), '')
  return paths
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key)

/** The parts of a pack that are not its figures: they are set by the options, not decided node by node. */
function strip(pack: PolicyPack): Omit<PolicyPack, 'year' | 'documents'> {
  const { year: _year, documents: _documents, ...rest } = pack
  return rest
}

/**
 * The previous pack, re-decided for the new year. Every cited node and every unpublished figure
 * gets a decision; a figure keeps the period its source gives unless it was the previous pack's
 * year (then it is the new year's) or the decision sets one. Problems — undecided paths, decisions
 * for paths the pack does not have, citations of documents the new pack does not list — are
 * collected and thrown together as a CarryForwardError.
 */
export function carryForward(previous: PolicyPack, options: CarryOptions): PolicyPack {
  const { year, documents, decisions = {}, otherwise, words = {} } = options
  const problems: string[] = []
  const undecided: string[] = []
  if (!Array.isArray(documents) || documents.length === 0) {
    problems.push(`未设置 documents：请列出${year}年度政策包依据的文件（DocumentId），新文件在前`)
  }
  if (year <= previous.year) problems.push(`新年度 ${year} 应晚于上一年度 ${previous.year}`)
  const known = new Set(carriedPaths(previous))
  for (const path of Object.keys(decisions)) {
    if (!known.has(path)) problems.push(`decisions 中的“${path}”不是${previous.year}年度政策包里的数字或文字（拼写错误？）`)
  }
  const worded = new Set<string>()
  const yearWords: string[] = []
  const oldYear = calendarYear(previous.year)
  const newYear = calendarYear(year)
  const listed = (ref: Reference, path: string) => {
    if (documents?.length && !documents.includes(ref.doc)) problems.push(`${path}：引用的文件“${ref.doc}”不在 documents 里`)
  }
  const periodOf = (node: CitedNode, decided?: Period): Period | undefined => {
    if (decided) return decided
    if (!node.period) return undefined
    return node.period.start === oldYear.start && node.period.end === oldYear.end ? newYear : node.period
  }

  function walk(node: unknown, path: string): unknown {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, join(path, String(i))))
    if (typeof node === 'string') {
      if (path in words) {
        worded.add(path)
        return words[path]
      }
      if (node.includes(String(previous.year))) yearWords.push(`${path}（“${node}”）`)
      return node
    }
    if (typeof node !== 'object' || node === null) return node
    if (!isUnpublished(node) && !isCited(node)) return walkChildren(node as Record<string, unknown>, path)
    const decision = path in decisions ? decisions[path] : otherwise?.(path, node as CitedNode | Unpublished)
    if (decision === undefined) {
      undecided.push(path)
      return node
    }
    if (isUnpublished(decision)) return decision
    if (isUnpublished(node)) {
      // A figure the old documents did not give stays unpublished by the new notice, or is given
      // now: its value is then the whole new node (a parameter, a scale), cited.
      if ('carry' in decision) {
        listed(decision.carry, path)
        return walkChildren(node as unknown as Record<string, unknown>, path)
      }
      if ('value' in decision && typeof decision.value === 'object' && decision.value !== null) {
        listed(decision.cite, path)
        return { ...(decision.value as object), reference: decision.cite }
      }
      problems.push(
        `${path}：上一年度未公布，不能重新引用；请标为未公布（unpublished）、由新文件沿用（carry），或给出新的完整数值（value + cite）`
      )
      return node
    }
    const cited = node as CitedNode
    if ('carry' in decision) {
      listed(decision.carry, path)
      listed(cited.reference, path)
      return {
        ...walkChildren(cited, path),
        reference: cited.reference,
        carriedBy: decision.carry,
        ...(cited.period ? { period: cited.period } : {})
      }
    }
    listed(decision.cite, path)
    const own: Record<string, unknown> = { ...walkChildren(cited, path, 'value' in decision), reference: decision.cite }
    if ('value' in decision) own.value = decision.value
    const period = periodOf(cited, decision.period)
    if (period) own.period = period
    return own
  }

  // Cited nodes may hold cited nodes of their own (a channel's steps): those are decided too.
  // A figure's value is decided with its node (a date in it is a figure, not words); a new value
  // replaces the old one unread.
  function walkChildren(node: Record<string, unknown>, path: string, valueReplaced = false): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === 'reference' || key === 'period' || key === 'carriedBy' || (key === 'value' && (valueReplaced || isCited(node))))
        out[key] = value
      else out[key] = walk(value, join(path, key))
    }
    return out
  }

  const body = walk(strip(previous), '') as Omit<PolicyPack, 'year' | 'documents'>
  for (const path of Object.keys(words))
    if (!worded.has(path)) problems.push(`words 中的“${path}”不是${previous.year}年度政策包里的文字（拼写错误？）`)
  if (yearWords.length > 0) problems.push(`这些文字写着${previous.year}年，请在 words 中为${year}年度重写：${yearWords.join('，')}`)
  if (undecided.length > 0)
    problems.unshift(`尚未决定（每个沿用的数字和文字都要重新引用、由新文件沿用或标为未公布）：${undecided.join('，')}`)
  if (problems.length > 0) throw new CarryForwardError(problems, undecided)
  return { ...body, year, documents } as PolicyPack
}
