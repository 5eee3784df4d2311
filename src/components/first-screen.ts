import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'

/**
 * True during a page's first render only. Sections below the first screen render one commit later,
 * so the first paint on H5, and the first setData on WeChat, carry only what the first screen shows
 * (npm run bench:render and tests/build; see docs/performance.md). On WeChat the next commit waits
 * for the first setData to reach the view layer (Taro.nextTick): React's effects run before Taro
 * flushes, so without it both commits would travel in one setData.
 */
export function useFirstScreen(): boolean {
  const [first, setFirst] = useState(true)
  useEffect(() => {
    let mounted = true
    const done = () => {
      if (mounted) setFirst(false)
    }
    if (process.env.TARO_ENV === 'weapp') Taro.nextTick(done)
    else done()
    return () => {
      mounted = false
    }
  }, [])
  return first
}
