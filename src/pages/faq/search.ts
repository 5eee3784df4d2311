// Pure FAQ search: as-you-type, synonym-tolerant, AND over query terms, with highlight ranges.
// No Taro or React imports, and no RegExp built from user text.
import type { FaqEntry, FaqTopic } from '../../policy/faq-2020'
import type { RegionId } from '../../policy/types'
import { foldField, mergeHighlights, normalizeQuery } from './query-text'
import { buildClauses } from './query-parse'
import type { Clause, Term } from './query-parse'

export { MAX_QUERY_LENGTH, normalizeQuery, splitHighlighted } from './query-text'
export { parseQuery, segmentToken } from './query-parse'
export type { Segment } from './query-parse'

export interface FaqQuery {
  text: string
  region?: RegionId | 'all'
  topic?: FaqTopic | 'all'
}

/** Half-open range [start, end) in UTF-16 code units of the field. */
export interface Highlight {
  start: number
  end: number
}

export interface FaqHit {
  entry: FaqEntry
  score: number
  questionHighlights: Highlight[]
  answerHighlights: Highlight[]
}

interface Folded {
  question: string
  answer: string
  q: string
  a: string
}

const foldCache = new WeakMap<FaqEntry, Folded>()

function folded(entry: FaqEntry): Folded {
  const question = typeof entry.question === 'string' ? entry.question : ''
  const answer = typeof entry.answer === 'string' ? entry.answer : ''
  const cached = foldCache.get(entry)
  if (cached && cached.question === question && cached.answer === answer) return cached
  const value = { question, answer, q: foldField(question), a: foldField(answer) }
  foldCache.set(entry, value)
  return value
}

function findAll(haystack: string, needle: string, into: Highlight[]): number {
  if (!needle) return 0
  let found = 0
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at < 0) break
    into.push({ start: at, end: at + needle.length })
    found++
    from = at + 1
  }
  return found
}

interface TermResult {
  matched: boolean
  score: number
  q: Highlight[]
  a: Highlight[]
}

function scoreOccurrences(q: Highlight[], a: Highlight[]): number {
  const qn = mergeHighlights(q).length
  const an = mergeHighlights(a).length
  return (qn > 0 ? 10 + Math.min(qn, 3) : 0) + (an > 0 ? 2 + Math.min(an, 6) * 0.5 : 0)
}

function matchTerm(term: Term, text: Folded, regions: RegionId[]): TermResult {
  const q: Highlight[] = []
  const a: Highlight[] = []
  let typedBonus = 0
  for (const needle of term.needles) {
    const inQuestion = findAll(text.q, needle, q)
    const inAnswer = findAll(text.a, needle, a)
    // the word exactly as typed counts a little more than its synonyms
    if (needle === term.typed) typedBonus = inQuestion > 0 ? 3 : inAnswer > 0 ? 1 : 0
  }
  if (q.length > 0 || a.length > 0) {
    return { matched: true, score: scoreOccurrences(q, a) + typedBonus, q, a }
  }
  if (term.regions.some((r) => regions.indexOf(r) >= 0)) return { matched: true, score: 1, q, a }
  return { matched: false, score: 0, q, a }
}

const NO_MATCH: TermResult = { matched: false, score: 0, q: [], a: [] }

function matchClause(clause: Clause, text: Folded, regions: RegionId[]): TermResult {
  let parts: TermResult | undefined
  if (clause.parts.length > 0) {
    const acc: TermResult = { matched: true, score: 0, q: [], a: [] }
    for (const term of clause.parts) {
      const r = matchTerm(term, text, regions)
      if (!r.matched) {
        acc.matched = false
        break
      }
      acc.score += r.score
      acc.q.push(...r.q)
      acc.a.push(...r.a)
    }
    parts = acc
  }
  // a token that is a single known word: its own text is one of the needles already
  if (parts && clause.parts.length === 1 && clause.parts[0].typed === clause.literal) return parts.matched ? parts : NO_MATCH

  const literal = matchTerm({ typed: clause.literal, needles: [clause.literal], regions: [] }, text, regions)
  const partsMatched = parts !== undefined && parts.matched
  if (!literal.matched && !partsMatched) return NO_MATCH
  const result: TermResult = { matched: true, score: 0, q: [], a: [] }
  if (parts && partsMatched) {
    result.score += parts.score
    result.q.push(...parts.q)
    result.a.push(...parts.a)
  }
  if (literal.matched) {
    // the whole phrase as typed is the strongest signal
    result.score += (literal.q.length > 0 ? 8 : 3) + (partsMatched ? 0 : literal.score)
    result.q.push(...literal.q)
    result.a.push(...literal.a)
  }
  return result
}

function passesFilters(entry: FaqEntry, query: FaqQuery): boolean {
  const regions = Array.isArray(entry.regions) ? entry.regions : []
  const topics = Array.isArray(entry.topics) ? entry.topics : []
  if (query.region && query.region !== 'all' && regions.indexOf(query.region) < 0) return false
  if (query.topic && query.topic !== 'all' && topics.indexOf(query.topic) < 0) return false
  return true
}

/**
 * Searches question and answer. An empty query (or one that normalizes to nothing) returns every
 * entry that passes the filters, in order, without highlights. Otherwise every query word (or one
 * of its synonyms) must occur; hits are ranked by score (question hits count more than answer hits,
 * then the number of hits), ties keep the entries' order.
 */
export function searchFaq(entries: readonly FaqEntry[], query: FaqQuery): FaqHit[] {
  const list = Array.isArray(entries) ? entries.filter((e) => e && typeof e === 'object') : []
  const q: FaqQuery = query && typeof query === 'object' ? query : { text: '' }
  const filtered = list.filter((e) => passesFilters(e, q))
  const normalized = normalizeQuery(q.text)
  if (!normalized) {
    return filtered.map((entry) => ({ entry, score: 0, questionHighlights: [], answerHighlights: [] }))
  }
  const clauses = buildClauses(normalized)
  if (clauses.length === 0) return [] // only punctuation: nothing can match what was typed

  const hits: { hit: FaqHit; index: number }[] = []
  filtered.forEach((entry, index) => {
    const text = folded(entry)
    const regions = Array.isArray(entry.regions) ? entry.regions : []
    let score = 0
    const qh: Highlight[] = []
    const ah: Highlight[] = []
    for (const clause of clauses) {
      const r = matchClause(clause, text, regions)
      if (!r.matched) return
      score += r.score
      qh.push(...r.q)
      ah.push(...r.a)
    }
    hits.push({
      index,
      hit: { entry, score, questionHighlights: mergeHighlights(qh), answerHighlights: mergeHighlights(ah) }
    })
  })
  hits.sort((x, y) => y.hit.score - x.hit.score || x.index - y.index)
  return hits.map((h) => h.hit)
}

// ─────────────────────────────────────── rendering ───────────────────────────────────────
