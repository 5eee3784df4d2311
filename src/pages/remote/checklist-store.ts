import type { RegionId, RemoteSituation } from '../../policy/types'
import { createStore, type StoredValue } from '../../services/storage'

/** Which list on a card: the filing materials, or what to bring home to claim. */
export type ChecklistKind = 'filing' | 'claim'

/** Ticked items per list, keyed `region:situation:kind`; items are the pack's texts. */
export type Checklists = Record<string, string[]>

const MAX_LISTS = 200
const MAX_ITEMS = 50

function validate(data: unknown): Checklists | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined
  const entries = Object.entries(data as Record<string, unknown>)
  if (entries.length > MAX_LISTS) return undefined
  const out: Checklists = {}
  for (const [key, items] of entries) {
    if (!Array.isArray(items) || items.length > MAX_ITEMS || !items.every((i) => typeof i === 'string')) return undefined
    out[key] = items as string[]
  }
  return out
}

const store = createStore<Checklists>('checklist', { version: 1, fallback: {}, validate })

export function checklistKey(region: RegionId, situation: RemoteSituation, kind: ChecklistKind): string {
  return `${region}:${situation}:${kind}`
}

export function loadChecklists(): StoredValue<Checklists> {
  return store.load()
}

/** Returns the new state and whether it reached the device, so the page can say when it did not. */
export function toggleItem(all: Checklists, key: string, item: string): { value: Checklists; saved: boolean } {
  const current = all[key] ?? []
  const next = current.includes(item) ? current.filter((i) => i !== item) : [...current, item]
  const value: Checklists = { ...all }
  if (next.length) value[key] = next
  else delete value[key]
  return { value, saved: store.save(value) }
}

export function clearList(all: Checklists, key: string): { value: Checklists; saved: boolean } {
  const value: Checklists = { ...all }
  delete value[key]
  return { value, saved: store.save(value) }
}
