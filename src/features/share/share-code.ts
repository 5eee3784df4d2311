// What the two share codes (one estimate; a year's ledger) have in common: a payload sealed with a
// checksum, so a truncated or edited link is refused as a whole instead of half-applied.

/** FNV-1a over the code's characters (all ASCII), as 7 base-36 digits. */
function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36).padStart(7, '0')
}

/** "payload~checksum". */
export function seal(payload: string): string {
  return `${payload}~${checksum(payload)}`
}

/**
 * The payload of a sealed code, or undefined when it is not one: too long, not text, not decodable,
 * or the checksum does not match. A link pasted through a browser or a chat may arrive
 * percent-encoded once.
 */
export function unseal(code: unknown, maxLength: number): string | undefined {
  if (typeof code !== 'string' || code === '' || code.length > maxLength) return undefined
  let text = code
  if (/%[0-9a-f]{2}/i.test(text)) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return undefined
    }
  }
  const at = text.lastIndexOf('~')
  if (at < 0) return undefined
  const payload = text.slice(0, at)
  return text.slice(at + 1) === checksum(payload) ? payload : undefined
}
