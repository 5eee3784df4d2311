import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'

/** Parts of the screen that do not count as on screen (px), e.g. the fixed tab bar at the bottom. */
export interface ScreenMargins {
  top?: number
  bottom?: number
}

type Stop = () => void

/**
 * Whether the node with this id is on screen (any part of it, inside the margins), while `active`.
 * A thin wrapper over the platform's intersection observer: WeChat's, relative to the viewport; on
 * H5 the browser's, with the viewport as root. Taro's H5 relativeToViewport looks up `.taro_page`
 * with querySelector inside the page's node (never the page itself) or, without a page, takes the
 * first in the document, which can be another tab's page kept in the DOM; the viewport root holds
 * whichever box scrolls (on H5 the page's .taro_page). Where there is no observer (Jest, old
 * clients) it stays false: callers behave as before.
 */
export function useOnScreen(id: string, active: boolean, margins: ScreenMargins = {}): boolean {
  const [onScreen, setOnScreen] = useState(false)
  const top = margins.top ?? 0
  const bottom = margins.bottom ?? 0
  useEffect(() => {
    setOnScreen(false)
    if (!active) return undefined
    return observeOnScreen(id, { top, bottom }, setOnScreen)
  }, [id, active, top, bottom])
  return active && onScreen
}

/** Calls back with whether the node is on screen, each time that changes; returns how to stop. */
export function observeOnScreen(id: string, margins: Required<ScreenMargins>, onChange: (on: boolean) => void): Stop {
  try {
    return process.env.TARO_ENV === 'h5' ? observeInBrowser(id, margins, onChange) : observeInWeChat(id, margins, onChange)
  } catch {
    return () => undefined
  }
}

function observeInBrowser(id: string, margins: Required<ScreenMargins>, onChange: (on: boolean) => void): Stop {
  if (typeof window === 'undefined' || typeof window.IntersectionObserver !== 'function') return () => undefined
  let observer: IntersectionObserver | null = null
  let frame = 0
  let tries = 0
  const attach = () => {
    const node = document.getElementById(id)
    if (!node) {
      // the node is committed by React but may reach the document a frame later
      if (tries++ < 30) frame = window.requestAnimationFrame(attach)
      return
    }
    observer = new window.IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1]
        if (last) onChange(last.isIntersecting)
      },
      { root: null, rootMargin: `${-margins.top}px 0px ${-margins.bottom}px 0px`, threshold: 0 }
    )
    observer.observe(node)
  }
  attach()
  return () => {
    window.cancelAnimationFrame(frame)
    observer?.disconnect()
  }
}

interface WeChatObserver {
  relativeToViewport(margins?: { top?: number; bottom?: number }): WeChatObserver
  observe(selector: string, callback: (result: { intersectionRatio: number }) => void): void
  disconnect(): void
}

function observeInWeChat(id: string, margins: Required<ScreenMargins>, onChange: (on: boolean) => void): Stop {
  const create = (Taro as unknown as { createIntersectionObserver?: (component: unknown, options?: object) => WeChatObserver | undefined })
    .createIntersectionObserver
  if (typeof create !== 'function') return () => undefined
  const page = Taro.getCurrentInstance?.()?.page
  if (!page) return () => undefined
  const observer = create(page, { thresholds: [0] })
  if (!observer || typeof observer.relativeToViewport !== 'function' || typeof observer.observe !== 'function') return () => undefined
  observer
    .relativeToViewport({ top: margins.top ? -margins.top : 0, bottom: margins.bottom ? -margins.bottom : 0 })
    .observe(`#${id}`, (result) => onChange(result.intersectionRatio > 0))
  return () => observer.disconnect()
}
