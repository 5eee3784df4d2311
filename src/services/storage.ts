import Taro from '@tarojs/taro'

// Everything the app keeps on the device goes through here, wrapped in an envelope with a schema
// version, so that a corrupt or outdated entry is dropped (with a notice) instead of crashing a page.

interface Envelope<T> {
  v: number
  data: T
}

export interface StoredValue<T> {
  value: T
  /** Set when something stored was unreadable and was replaced by the default. */
  notice?: string
}

export interface Store<T> {
  key: string
  load(): StoredValue<T>
  save(value: T): boolean
  clear(): void
}

export interface StoreOptions<T> {
  version: number
  fallback: T
  /** Returns the value when it has the right shape, undefined otherwise. */
  validate(data: unknown): T | undefined
  /** Upgrades data written under an older version; undefined drops it. */
  migrate?(data: unknown, fromVersion: number): T | undefined
}

const MAX_BYTES = 512 * 1024

export const STORAGE_PREFIX = 'ybt:'

/** Every name the app stores under: the one registry (隐私说明 must say what each holds). */
export const STORE_NAMES = ['region', 'care-mode', 'estimates', 'year-ledger', 'household', 'checklist'] as const
export type StoreName = (typeof STORE_NAMES)[number]

export function storageKey(name: StoreName): string {
  return STORAGE_PREFIX + name
}

export function createStore<T>(name: StoreName, options: StoreOptions<T>): Store<T> {
  const key = storageKey(name)
  const dropped = (why: string): StoredValue<T> => {
    safeRemove(key)
    return { value: options.fallback, notice: why }
  }
  return {
    key,
    load() {
      let raw: unknown
      try {
        raw = Taro.getStorageSync(key)
      } catch {
        return { value: options.fallback, notice: '本机保存的数据无法读取，已使用默认设置。' }
      }
      if (raw === '' || raw === undefined || raw === null) return { value: options.fallback }
      let envelope: unknown = raw
      if (typeof raw === 'string') {
        if (raw.length > MAX_BYTES) return dropped('本机保存的数据过大，已清除。')
        try {
          envelope = JSON.parse(raw)
        } catch {
          return dropped('本机保存的数据已损坏，已清除。')
        }
      }
      if (!envelope || typeof envelope !== 'object' || typeof (envelope as Envelope<T>).v !== 'number') {
        return dropped('本机保存的数据格式不对，已清除。')
      }
      const { v, data } = envelope as Envelope<unknown>
      if (v === options.version) {
        const value = options.validate(data)
        return value === undefined ? dropped('本机保存的数据格式不对，已清除。') : { value }
      }
      const migrated = v < options.version && options.migrate ? options.migrate(data, v) : undefined
      if (migrated === undefined) return dropped('本机保存的数据来自其他版本，无法读取，已清除。')
      const value = options.validate(migrated)
      if (value === undefined) return dropped('本机保存的数据来自其他版本，无法读取，已清除。')
      this.save(value)
      return { value }
    },
    save(value) {
      const text = JSON.stringify({ v: options.version, data: value } satisfies Envelope<T>)
      if (text.length > MAX_BYTES) return false
      try {
        Taro.setStorageSync(key, text)
        return true
      } catch {
        return false
      }
    },
    clear() {
      safeRemove(key)
    }
  }
}

function safeRemove(key: string) {
  try {
    Taro.removeStorageSync(key)
  } catch {
    /* nothing to clear */
  }
}

/** Removes everything this app stored on the device (and nothing else). */
export function clearAllAppData(): void {
  try {
    const { keys } = Taro.getStorageInfoSync()
    for (const key of keys) if (key.startsWith(STORAGE_PREFIX)) safeRemove(key)
  } catch {
    /* storage unavailable: nothing to clear */
  }
}
