import { useEffect, useState } from 'react'

/**
 * True during a page's first render only. Sections below the first screen render one commit later,
 * so the first paint on H5, and the first setData on WeChat, carry only what the first screen shows
 * (measured with npm run bench:render; see docs/performance.md).
 */
export function useFirstScreen(): boolean {
  const [first, setFirst] = useState(true)
  useEffect(() => setFirst(false), [])
  return first
}
