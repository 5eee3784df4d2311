// Pure FAQ search: as-you-type, synonym-tolerant, AND over query terms, with highlight ranges.
// No Taro or React imports, and no RegExp built from user text.
import type { FaqEntry, FaqTopic } from '../../policy/faq-types'
import type { RegionId } from '../../policy/types'
import { foldField, mergeHighlights, normalizeQuery, type Highlight } from './query-text'
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

export type { Highlight } from './query-text'

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
  term: Term
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
    return { term, matched: true, score: scoreOccurrences(q, a) + typedBonus, q, a }
  }
  if (term.regions.some((r) => regions.indexOf(r) >= 0)) return { term, matched: true, score: 1, q, a }
  return { term, matched: false, score: 0, q, a }
}

/** One clause against one entry: whether its literal text occurs, and each part's result. */
interface ClauseResult {
  clause: Clause
  literal: TermResult | undefined
  parts: TermResult[]
}

function matchClause(clause: Clause, text: Folded, regions: RegionId[]): ClauseResult {
  const parts = clause.parts.map((term) => matchTerm(term, text, regions))
  // a token that is a single known word: its own text is one of the needles already
  const [only] = clause.parts
  if (clause.parts.length === 1 && only?.typed === clause.literal) return { clause, literal: undefined, parts }
  const literal = matchTerm({ typed: clause.literal, needles: [clause.literal], regions: [] }, text, regions)
  return { clause, literal: literal.matched ? literal : undefined, parts }
}

/**
 * How many required words a query of `required` words may miss and still list an entry (after the
 * entries that have them all): none for one or two words, one for three to five ("外地生孩子能报销吗"
 * also lists the employees' childbirth answers, which never say 外地).
 */
function allowedMissing(required: number): number {
  return Math.floor(required / 3)
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

  // first pass: every clause and word against every entry
  const results: { entry: FaqEntry; clauses: ClauseResult[] }[] = filtered.map((entry) => {
    const text = folded(entry)
    const regions = Array.isArray(entry.regions) ? entry.regions : []
    return { entry, clauses: clauses.map((clause) => matchClause(clause, text, regions)) }
  })
  // how common each word is among the entries: missing a rare (specific) word costs more
  const n = Math.max(1, filtered.length)
  const matchedBy = new Map<Term, number>()
  for (const r of results) {
    for (const c of r.clauses) {
      for (const p of c.parts) if (p.matched) matchedBy.set(p.term, (matchedBy.get(p.term) ?? 0) + 1)
    }
  }
  const df = (term: Term): number => matchedBy.get(term) ?? 0
  let required = 0
  let employee = false
  let resident = false
  for (const c of clauses) {
    required += c.parts.length === 0 ? 1 : c.parts.filter((p) => !p.soft).length
    for (const p of c.parts) {
      if (p.scheme === 'employee') employee = true
      if (p.scheme === 'resident') resident = true
    }
  }
  const mayMiss = allowedMissing(required)
  // the most specific word (the fewest entries have it): an entry that lacks a word must have this one
  let key: Term | undefined
  let keyDf = Infinity
  for (const c of clauses) {
    for (const p of c.parts) {
      if (!p.soft && df(p) < keyDf) {
        keyDf = df(p)
        key = p
      }
    }
  }

  const hits: { hit: FaqHit; index: number }[] = []
  results.forEach(({ entry, clauses: matched }, index) => {
    let score = 0
    let missing = 0
    let penalty = 0
    const qh: Highlight[] = []
    const ah: Highlight[] = []
    matched.forEach((r) => {
      const { clause } = r
      let partsMatched = clause.parts.length > 0
      r.parts.forEach((p) => {
        if (p.matched) {
          score += p.score
          qh.push(...p.q)
          ah.push(...p.a)
        } else if (!p.term.soft) {
          partsMatched = false
        }
      })
      if (r.literal) {
        // the whole phrase as typed is the strongest signal
        score += (r.literal.q.length > 0 ? 8 : 3) + (partsMatched ? 0 : r.literal.score)
        qh.push(...r.literal.q)
        ah.push(...r.literal.a)
        return
      }
      if (clause.parts.length === 0) {
        missing++
        penalty += 24
        return
      }
      r.parts.forEach((p) => {
        if (p.matched || p.term.soft) return
        missing++
        penalty += 12 + 12 * (1 - df(p.term) / n)
      })
    })
    if (missing > mayMiss || missing >= required) return
    const keyTerm = key
    if (missing > 0 && keyTerm && !matched.some((r) => r.parts.some((p) => p.term === keyTerm && p.matched))) return
    const topics = Array.isArray(entry.topics) ? entry.topics : []
    const isEmployee = topics.indexOf('职工医保') >= 0
    const namesResident = folded(entry).q.indexOf('居民') >= 0
    // prefer the scheme the words name
    if (employee && !resident) score += isEmployee ? 6 : 0
    if (resident && !employee) score += namesResident ? 6 : isEmployee ? -6 : 0
    hits.push({
      index,
      hit: { entry, score: score - penalty, questionHighlights: mergeHighlights(qh), answerHighlights: mergeHighlights(ah) }
    })
  })
  hits.sort((x, y) => y.hit.score - x.hit.score || x.index - y.index)
  return hits.map((h) => h.hit)
}

// ─────────────────────────────────────── rendering ───────────────────────────────────────
