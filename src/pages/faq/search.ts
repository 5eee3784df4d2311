// Pure FAQ search: as-you-type, synonym-tolerant, AND over query terms, with highlight ranges.
// No Taro or React imports, and no RegExp built from user text.
import type { FaqEntry, FaqTopic } from '../../policy/faq-2020'
import type { RegionId } from '../../policy/types'
import { STOP_WORDS, SYNONYM_GROUPS } from './synonyms'

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

/** Longest query kept, in code points, after normalization. */
export const MAX_QUERY_LENGTH = 50
/** At most this many code units of raw input are looked at (the rest could never survive the cap). */
const MAX_RAW_SCAN = 1000

// ─────────────────────────────────────── normalization ───────────────────────────────────────

function isSpaceCodePoint(cp: number): boolean {
  return (
    cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f ||
    cp === 0x205f || cp === 0x3000
  )
}

/** Emoji and pictographs: dropped, and they separate words ("住院😀报销" → "住院 报销"). */
function isEmojiCodePoint(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1fbff) || // mahjong … symbols and pictographs extended-A, flags, skin tones
    (cp >= 0x2600 && cp <= 0x27bf) || // misc symbols, dingbats
    (cp >= 0x2300 && cp <= 0x23ff) || // ⌚ ⏰ …
    (cp >= 0x2b00 && cp <= 0x2bff) || // ⭐ ⬆ …
    (cp >= 0xe0000 && cp <= 0xe007f) || // tag characters (flag sequences)
    cp === 0x3030 || cp === 0x303d || cp === 0x3297 || cp === 0x3299
  )
}

/** Invisible and control characters: dropped without separating words. */
function isInvisibleCodePoint(cp: number): boolean {
  return (
    cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x20e3 || (cp >= 0xfff0 && cp <= 0xffff) ||
    (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xf0000) || (cp >= 0xe0100 && cp <= 0xe01ef)
  )
}

/**
 * Trims, collapses spaces, folds full-width ASCII to half-width, lower-cases, drops emoji, control
 * and invisible characters and lone surrogates, and keeps at most MAX_QUERY_LENGTH code points.
 */
export function normalizeQuery(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return ''
  const raw = text.length > MAX_RAW_SCAN ? text.slice(0, MAX_RAW_SCAN) : text
  let out = ''
  let kept = 0
  let pendingSpace = false
  for (let i = 0; i < raw.length && kept < MAX_QUERY_LENGTH; i++) {
    let cp = raw.charCodeAt(i)
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < raw.length ? raw.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000
        i++
      } else {
        continue // lone high surrogate
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      continue // lone low surrogate
    }
    if (isSpaceCodePoint(cp) || isEmojiCodePoint(cp)) {
      pendingSpace = true
      continue
    }
    if (isInvisibleCodePoint(cp)) continue
    if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0
    let ch = String.fromCodePoint(cp)
    if (cp >= 0x41 && cp <= 0x5a) ch = String.fromCharCode(cp + 0x20)
    else if (cp > 0x7f) ch = ch.toLowerCase()
    if (pendingSpace && out.length > 0) {
      out += ' '
      kept++
      if (kept >= MAX_QUERY_LENGTH) break
    }
    pendingSpace = false
    out += ch
    kept++
  }
  return out.replace(/ +$/, '')
}

/** Same folding as the query, one code unit at a time, so offsets in the result are the field's. */
function foldField(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0)
    else if (c === 0x3000) out += ' '
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 0x20)
    else out += text.charAt(i)
  }
  return out
}

// ─────────────────────────────────────── dictionary ───────────────────────────────────────

interface Dictionary {
  /** word → indices of the groups that contain it */
  groupsOf: Map<string, number[]>
  stop: Set<string>
  maxWordLength: number
}

let dictionary: Dictionary | undefined

function getDictionary(): Dictionary {
  if (dictionary) return dictionary
  const groupsOf = new Map<string, number[]>()
  let maxWordLength = 1
  SYNONYM_GROUPS.forEach((group, index) => {
    for (const raw of group.words) {
      const word = normalizeQuery(raw)
      if (!word) continue
      const list = groupsOf.get(word)
      if (list) {
        if (list.indexOf(index) < 0) list.push(index)
      } else {
        groupsOf.set(word, [index])
      }
      maxWordLength = Math.max(maxWordLength, word.length)
    }
  })
  const stop = new Set<string>()
  for (const raw of STOP_WORDS) {
    const word = normalizeQuery(raw)
    if (word && !groupsOf.has(word)) stop.add(word)
    if (word) maxWordLength = Math.max(maxWordLength, word.length)
  }
  dictionary = { groupsOf, stop, maxWordLength }
  return dictionary
}

// ─────────────────────────────────────── query parsing ───────────────────────────────────────

/** One thing the entry must contain: the typed word or any of its synonyms. */
interface Term {
  typed: string
  needles: string[]
  regions: RegionId[]
}

/** One space-separated token: matches when its literal text occurs, or when all its parts match. */
interface Clause {
  literal: string
  parts: Term[]
  /** Only stop words: ignored unless the whole query is made of such tokens. */
  weak: boolean
}

/** Characters that separate query words (besides spaces). Kept: letters, digits, '.', '%', '-'. */
const SEPARATORS = new Set(
  Array.from('!"#$&\'()*+,/:;<=>?@[\\]^_`{|}~、。，；：？！“”‘’《》〈〉【】「」『』〔〕…—～·￥')
)

function hasContent(token: string): boolean {
  for (const ch of token) {
    if (ch !== '.' && ch !== '%' && ch !== '-') return true
  }
  return false
}

function splitTokens(normalized: string): string[] {
  const tokens: string[] = []
  let current = ''
  for (const ch of normalized) {
    if (ch === ' ' || SEPARATORS.has(ch)) {
      if (current) tokens.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  if (current) tokens.push(current)
  return tokens.filter(hasContent)
}

export type Segment = { kind: 'word' | 'stop' | 'unknown'; text: string }

/**
 * Splits a token without spaces into known words ("外地生孩子报账" → 外地 + 生孩子 + 报账): the
 * segmentation with the fewest unknown characters, then the fewest pieces (so longer words win,
 * like greedy longest match, but "交多少钱" is 交 + 多少钱 rather than 交多少 + 钱).
 */
export function segmentToken(token: string): Segment[] {
  const dict = getDictionary()
  const chars = Array.from(token)
  const n = chars.length
  const unknown: number[] = new Array(n + 1).fill(Infinity)
  const pieces: number[] = new Array(n + 1).fill(Infinity)
  const back: { from: number; kind: Segment['kind'] }[] = new Array(n + 1)
  unknown[0] = 0
  pieces[0] = 0
  const better = (i: number, u: number, p: number) => u < unknown[i] || (u === unknown[i] && p < pieces[i])
  for (let i = 0; i < n; i++) {
    if (unknown[i] === Infinity) continue
    let word = ''
    for (let len = 1; len <= dict.maxWordLength && i + len <= n; len++) {
      word += chars[i + len - 1]
      const kind: Segment['kind'] | undefined = dict.groupsOf.has(word) ? 'word' : dict.stop.has(word) ? 'stop' : undefined
      if (kind && better(i + len, unknown[i], pieces[i] + 1)) {
        unknown[i + len] = unknown[i]
        pieces[i + len] = pieces[i] + 1
        back[i + len] = { from: i, kind }
      }
    }
    if (better(i + 1, unknown[i] + 1, pieces[i] + 1)) {
      unknown[i + 1] = unknown[i] + 1
      pieces[i + 1] = pieces[i] + 1
      back[i + 1] = { from: i, kind: 'unknown' }
    }
  }
  const reversed: Segment[] = []
  for (let end = n; end > 0; ) {
    const step = back[end]
    reversed.push({ kind: step.kind, text: chars.slice(step.from, end).join('') })
    end = step.from
  }
  const segments: Segment[] = []
  for (let k = reversed.length - 1; k >= 0; k--) {
    const seg = reversed[k]
    const last = segments[segments.length - 1]
    if (seg.kind === 'unknown' && last && last.kind === 'unknown') last.text += seg.text
    else segments.push({ ...seg })
  }
  return segments
}

function termFor(word: string): Term {
  const dict = getDictionary()
  const groups = dict.groupsOf.get(word)
  const needles = [word]
  const regions: RegionId[] = []
  if (groups) {
    for (const g of groups) {
      const group = SYNONYM_GROUPS[g]
      if (group.region && regions.indexOf(group.region) < 0) regions.push(group.region)
      for (const raw of group.words) {
        const w = normalizeQuery(raw)
        // single characters are searched only when typed themselves
        if ((group.searchSingle || Array.from(w).length >= 2) && w && needles.indexOf(w) < 0) needles.push(w)
      }
    }
  }
  return { typed: word, needles, regions }
}

function clauseFor(token: string): Clause {
  const segments = segmentToken(token)
  const meaningful = segments.filter((s) => s.kind === 'word' || (s.kind === 'unknown' && Array.from(s.text).length >= 2))
  const hasWordOrStop = segments.some((s) => s.kind !== 'unknown')
  if (meaningful.length === 0) {
    // only stop words (and stray characters): weak; a lone unknown character is searched as typed
    return { literal: token, parts: [], weak: hasWordOrStop }
  }
  const parts: Term[] = []
  const seen = new Set<string>()
  for (const s of meaningful) {
    if (seen.has(s.text)) continue
    seen.add(s.text)
    parts.push(s.kind === 'word' ? termFor(s.text) : { typed: s.text, needles: [s.text], regions: [] })
  }
  return { literal: token, parts, weak: false }
}

/** The clauses a query text stands for; [] when the query is empty. Exported for tests. */
export function parseQuery(text: string): { literal: string; parts: string[] }[] {
  return buildClauses(normalizeQuery(text)).map((c) => ({ literal: c.literal, parts: c.parts.map((p) => p.typed) }))
}

function buildClauses(normalized: string): Clause[] {
  const tokens = splitTokens(normalized)
  const clauses: Clause[] = []
  const seen = new Set<string>()
  for (const t of tokens) {
    if (seen.has(t)) continue
    seen.add(t)
    clauses.push(clauseFor(t))
  }
  const strong = clauses.filter((c) => !c.weak)
  if (strong.length > 0) return strong
  return clauses.map((c) => ({ literal: c.literal, parts: [], weak: false }))
}

// ─────────────────────────────────────── matching ───────────────────────────────────────

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

function mergeHighlights(list: Highlight[]): Highlight[] {
  const sorted = list
    .filter((h) => h.end > h.start)
    .sort((x, y) => x.start - y.start || x.end - y.end)
  const merged: Highlight[] = []
  for (const h of sorted) {
    const last = merged[merged.length - 1]
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end)
    else merged.push({ start: h.start, end: h.end })
  }
  return merged
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

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0xdc00 && c <= 0xdfff
}

/** Splits text into plain and highlighted runs covering the whole text, in order. */
export function splitHighlighted(text: string, highlights: Highlight[]): { text: string; hit: boolean }[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const len = text.length
  const clean: Highlight[] = []
  for (const h of Array.isArray(highlights) ? highlights : []) {
    if (!h || typeof h.start !== 'number' || typeof h.end !== 'number') continue
    if (!Number.isFinite(h.start) || !Number.isFinite(h.end)) continue
    let start = Math.max(0, Math.min(len, Math.floor(h.start)))
    let end = Math.max(0, Math.min(len, Math.ceil(h.end)))
    // never cut a surrogate pair in half
    if (start > 0 && start < len && isLowSurrogate(text, start)) start--
    if (end > 0 && end < len && isLowSurrogate(text, end)) end++
    if (end > start) clean.push({ start, end })
  }
  const parts: { text: string; hit: boolean }[] = []
  let at = 0
  for (const h of mergeHighlights(clean)) {
    if (h.start > at) parts.push({ text: text.slice(at, h.start), hit: false })
    parts.push({ text: text.slice(h.start, h.end), hit: true })
    at = h.end
  }
  if (at < len) parts.push({ text: text.slice(at), hit: false })
  return parts
}
