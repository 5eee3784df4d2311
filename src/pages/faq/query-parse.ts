// A folded query as search clauses: tokens split at separators, Chinese runs segmented against the
// synonym dictionary (外地生孩子报账 → 外地 + 生孩子 + 报账), each word with its synonyms.
import type { RegionId } from '../../policy/types'
import { STOP_WORDS, SYNONYM_GROUPS, type SynonymGroup } from './synonyms'
import { normalizeQuery } from './query-text'

interface Dictionary {
  /** word → the groups that contain it, in SYNONYM_GROUPS order */
  groupsOf: Map<string, SynonymGroup[]>
  stop: Set<string>
  maxWordLength: number
}

let dictionary: Dictionary | undefined

function getDictionary(): Dictionary {
  if (dictionary) return dictionary
  const groupsOf = new Map<string, SynonymGroup[]>()
  let maxWordLength = 1
  for (const group of SYNONYM_GROUPS) {
    for (const raw of group.words) {
      const word = normalizeQuery(raw)
      if (!word) continue
      const list = groupsOf.get(word)
      if (list) {
        if (list.indexOf(group) < 0) list.push(group)
      } else {
        groupsOf.set(word, [group])
      }
      maxWordLength = Math.max(maxWordLength, word.length)
    }
  }
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
export interface Term {
  typed: string
  needles: string[]
  regions: RegionId[]
  /** An unknown word beside known ones: it adds to the score when found, but is not required. */
  soft?: boolean
  /** The scheme the word names (职工 / 居民), for ranking. */
  scheme?: 'employee' | 'resident'
}

/** One space-separated token: matches when its literal text occurs, or when all its parts match. */
export interface Clause {
  literal: string
  parts: Term[]
  /** Only stop words: ignored unless the whole query is made of such tokens. */
  weak: boolean
}

/** Characters that separate query words (besides spaces). Kept: letters, digits, '.', '%', '-'. */
const SEPARATORS = new Set(Array.from('!"#$&\'()*+,/:;<=>?@[\\]^_`{|}~、。，；：？！“”‘’《》〈〉【】「」『』〔〕…—～·￥'))

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
  const back: ({ from: number; kind: Segment['kind'] } | undefined)[] = new Array(n + 1)
  unknown[0] = 0
  pieces[0] = 0
  // both arrays hold n + 1 entries (Infinity until reached), so the fallbacks never apply
  const better = (i: number, u: number, p: number) => {
    const best = unknown[i] ?? Infinity
    return u < best || (u === best && p < (pieces[i] ?? Infinity))
  }
  for (let i = 0; i < n; i++) {
    const u = unknown[i] ?? Infinity
    const p = pieces[i] ?? Infinity
    if (u === Infinity) continue
    let word = ''
    let len = 0
    for (const ch of chars.slice(i, i + dict.maxWordLength)) {
      word += ch
      len++
      const kind: Segment['kind'] | undefined = dict.groupsOf.has(word) ? 'word' : dict.stop.has(word) ? 'stop' : undefined
      if (kind && better(i + len, u, p + 1)) {
        unknown[i + len] = u
        pieces[i + len] = p + 1
        back[i + len] = { from: i, kind }
      }
    }
    if (better(i + 1, u + 1, p + 1)) {
      unknown[i + 1] = u + 1
      pieces[i + 1] = p + 1
      back[i + 1] = { from: i, kind: 'unknown' }
    }
  }
  // walk back from the end: every position 1..n was reached (at worst as one unknown character)
  const reversed: Segment[] = []
  for (let end = n; end > 0;) {
    const step = back[end]
    if (!step) break
    reversed.push({ kind: step.kind, text: chars.slice(step.from, end).join('') })
    end = step.from
  }
  const segments: Segment[] = []
  for (const seg of reversed.reverse()) {
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
    for (const group of groups) {
      if (group.region && regions.indexOf(group.region) < 0) regions.push(group.region)
      for (const raw of group.words) {
        const w = normalizeQuery(raw)
        // single characters are searched only when typed themselves
        if ((group.searchSingle || Array.from(w).length >= 2) && w && needles.indexOf(w) < 0) needles.push(w)
      }
    }
  }
  const scheme =
    groups && groups.some((g) => g.scheme === 'employee')
      ? 'employee'
      : groups && groups.some((g) => g.scheme === 'resident')
        ? 'resident'
        : undefined
  return scheme ? { typed: word, needles, regions, scheme } : { typed: word, needles, regions }
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
  // "在外地突然生病住院": 突然生病 is no known word; 外地 and 住院 carry the question
  const hasKnown = meaningful.some((s) => s.kind === 'word')
  for (const s of meaningful) {
    if (seen.has(s.text)) continue
    seen.add(s.text)
    parts.push(s.kind === 'word' ? termFor(s.text) : { typed: s.text, needles: [s.text], regions: [], soft: hasKnown })
  }
  return { literal: token, parts, weak: false }
}

/** The clauses a query text stands for; [] when the query is empty. Exported for tests. */
export function parseQuery(text: string): { literal: string; parts: string[] }[] {
  return buildClauses(normalizeQuery(text)).map((c) => ({ literal: c.literal, parts: c.parts.map((p) => p.typed) }))
}

export function buildClauses(normalized: string): Clause[] {
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
