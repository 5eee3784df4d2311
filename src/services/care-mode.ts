import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { createStore } from './storage'
import { announce } from './notices'

/**
 * WeChat's getAppBaseInfo reports the user's font setting, but Taro 4.2's types omit these
 * fields. `fontSizeSetting` is the WeChat font size in px (standard: 16–17);
 * `fontSizeScaleFactor` is the system scale (standard: 1).
 */
export interface FontSettingInfo {
  fontSizeSetting?: number
  fontSizeScaleFactor?: number
}

// One step above standard on either scale counts as "the user asked for large text".
const LARGE_SCALE_FACTOR = 1.1
const LARGE_FONT_SETTING = 19

export function isLargeText(info: FontSettingInfo | undefined | null): boolean {
  if (!info) return false
  const { fontSizeScaleFactor: scale, fontSizeSetting: size } = info
  if (typeof scale === 'number' && Number.isFinite(scale) && scale >= LARGE_SCALE_FACTOR) return true
  return typeof size === 'number' && Number.isFinite(size) && size >= LARGE_FONT_SETTING
}

/** Reads the phone's font setting; where the API is absent (older clients, H5) it says "not large". */
export function readSystemFontSetting(): FontSettingInfo | null {
  try {
    const api = (Taro as unknown as { getAppBaseInfo?: () => FontSettingInfo }).getAppBaseInfo
    if (typeof api === 'function') {
      const info = api()
      if (info && (info.fontSizeSetting !== undefined || info.fontSizeScaleFactor !== undefined)) return info
    }
    const legacy = (Taro as unknown as { getSystemInfoSync?: () => FontSettingInfo }).getSystemInfoSync
    return typeof legacy === 'function' ? (legacy() ?? null) : null
  } catch {
    return null
  }
}

export type CareModeChoice = 'auto' | 'on' | 'off'

const store = createStore<CareModeChoice>('care-mode', {
  version: 1,
  fallback: 'auto',
  validate: (d) => (d === 'auto' || d === 'on' || d === 'off' ? d : undefined)
})

export interface CareModeState {
  enabled: boolean
  /** Where the current state comes from: the phone's setting, or the user's switch. */
  source: 'system' | 'user'
}

function storedChoice(): CareModeChoice {
  const { value, notice } = store.load()
  if (notice) announce(`${notice}关怀模式已恢复为跟随手机字体设置。`)
  return value
}

export function careModeState(choice: CareModeChoice = storedChoice(), system = readSystemFontSetting()): CareModeState {
  if (choice === 'on') return { enabled: true, source: 'user' }
  if (choice === 'off') return { enabled: false, source: 'user' }
  return { enabled: isLargeText(system), source: 'system' }
}

const listeners = new Set<(s: CareModeState) => void>()

export function setCareMode(enabled: boolean): void {
  store.save(enabled ? 'on' : 'off')
  const state = careModeState()
  listeners.forEach((fn) => fn(state))
}

/** Forgets the user's choice, so the phone's setting decides again. */
export function resetCareMode(): void {
  store.clear()
  const state = careModeState()
  listeners.forEach((fn) => fn(state))
}

export function useCareMode(): [CareModeState, (enabled: boolean) => void] {
  const [state, setState] = useState<CareModeState>(() => careModeState())
  useEffect(() => {
    const listener = (s: CareModeState) => setState(s)
    listeners.add(listener)
    setState(careModeState())
    return () => {
      listeners.delete(listener)
    }
  }, [])
  return [state, setCareMode]
}
