import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

import { TABS } from '../tabs'

export { TABS }

export type TabName = (typeof TABS)[number]['name']

const normalise = (path: string | undefined | null): string => {
  const [page = ''] = (path ?? '').replace(/^\//, '').split('?')
  return page
}

export function isTabPage(path: string | undefined | null): boolean {
  const p = normalise(path)
  return TABS.some((t) => t.pagePath === p)
}

// On WeChat every tab page has its own instance of the custom tab bar, all in one JS context: the
// page that shows says which tab is active, and every instance follows.
let active = ''
const listeners = new Set<(path: string) => void>()

export function setActiveTab(path: string | undefined | null): void {
  const p = normalise(path)
  if (!isTabPage(p) || p === active) return
  active = p
  listeners.forEach((fn) => fn(p))
}

function currentRoute(): string {
  try {
    const pages = (Taro as unknown as { getCurrentPages?: () => Array<{ route?: string }> }).getCurrentPages?.() ?? []
    return normalise(pages[pages.length - 1]?.route)
  } catch {
    return ''
  }
}

/** The active tab's page path: `fixed` where the caller knows its page (H5), else the shown page. */
export function useActiveTab(fixed?: string): string {
  const [path, setPath] = useState(() => normalise(fixed) || active || currentRoute())
  useEffect(() => {
    if (fixed) return undefined
    listeners.add(setPath)
    if (active) setPath(active)
    return () => {
      listeners.delete(setPath)
    }
  }, [fixed])
  return normalise(fixed) || path
}

/** Opened from a Moments post (单页模式, scene 1154): no tab bar, no navigation to other pages. */
export function isSinglePageMode(): boolean {
  try {
    const api = (Taro as unknown as { getLaunchOptionsSync?: () => { scene?: number } }).getLaunchOptionsSync
    return typeof api === 'function' && api()?.scene === 1154
  } catch {
    return false
  }
}
