// The FAQ search's text handling: what a typed query is folded to (width, case, invisible and emoji
// characters, the length cap), the same folding for the fields, and highlight ranges.

/** Half-open range [start, end) in UTF-16 code units of the field. */
export interface Highlight {
  start: number
  end: number
}

/** Longest query kept, in code points, after normalization. */
export const MAX_QUERY_LENGTH = 50
/** At most this many code units of raw input are looked at (the rest could never survive the cap). */
const MAX_RAW_SCAN = 1000

// ─────────────────────────────────────── normalization ───────────────────────────────────────

function isSpaceCodePoint(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
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
    cp === 0x3030 ||
    cp === 0x303d ||
    cp === 0x3297 ||
    cp === 0x3299
  )
}

/** Invisible and control characters: dropped without separating words. */
function isInvisibleCodePoint(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x20e3 ||
    (cp >= 0xfff0 && cp <= 0xffff) ||
    (cp >= 0xe000 && cp <= 0xf8ff) ||
    cp >= 0xf0000 ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
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
export function foldField(text: string): string {
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

export function mergeHighlights(list: Highlight[]): Highlight[] {
  const sorted = list.filter((h) => h.end > h.start).sort((x, y) => x.start - y.start || x.end - y.end)
  const merged: Highlight[] = []
  for (const h of sorted) {
    const last = merged[merged.length - 1]
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end)
    else merged.push({ start: h.start, end: h.end })
  }
  return merged
}
