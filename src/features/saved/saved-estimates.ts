// Estimates saved on this device under a name. Stored through the app's versioned envelope; each
// entry is re-validated field by field when read, and one that cannot be read is skipped with a
// notice (the rest of the list still opens).
import { createStore } from '../../services/storage'
import { isRegionId } from '../../policy/registry'
import type { RegionId } from '../../policy/types'
import { MODES, sanitizeForm } from '../share'
import type { Forms, Mode } from '../share'

export type SavedEstimate = {
  [M in Mode]: {
    id: string
    name: string
    region: RegionId
    /** The policy year it was computed under: reopened, it computes under that year's rules. */
    year: number
    mode: M
    inputs: Forms[M]
    /** ISO timestamp. */
    savedAt: string
  }
}[Mode]

export const MAX_SAVED = 50
export const MAX_NAME_LENGTH = 30
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

function readEntry(raw: unknown): SavedEstimate | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const e = raw as Record<string, unknown>
  if (typeof e.id !== 'string' || e.id === '' || e.id.length > 64) return undefined
  if (typeof e.name !== 'string' || e.name.trim() === '' || e.name.length > MAX_NAME_LENGTH) return undefined
  if (!isRegionId(e.region)) return undefined
  if (typeof e.year !== 'number' || !Number.isInteger(e.year) || e.year < 2000 || e.year > 2100) return undefined
  if (typeof e.savedAt !== 'string' || !ISO_TIMESTAMP.test(e.savedAt) || Number.isNaN(Date.parse(e.savedAt))) return undefined
  const mode = MODES.find((m) => m === e.mode)
  if (!mode) return undefined
  const inputs = sanitizeForm(mode, e.inputs)
  if (!inputs) return undefined
  return { id: e.id, name: e.name, region: e.region, year: e.year, mode, inputs, savedAt: e.savedAt } as SavedEstimate
}

// validate() can only return a value, so the number of entries it had to skip is kept beside it.
let skippedOnLastLoad = 0

/** Version 1 entries had no year: every one of them was computed under the 2020 rules. */
const YEAR_OF_VERSION_1 = 2020

const store = createStore<SavedEstimate[]>('estimates', {
  version: 2,
  fallback: [],
  migrate(data, fromVersion) {
    if (fromVersion !== 1 || !Array.isArray(data)) return undefined
    return data.map((e: unknown) => (e && typeof e === 'object' ? { ...(e as object), year: YEAR_OF_VERSION_1 } : e)) as SavedEstimate[]
  },
  validate(data) {
    if (!Array.isArray(data)) return undefined
    const entries: SavedEstimate[] = []
    for (const raw of data) {
      const entry = readEntry(raw)
      if (entry) entries.push(entry)
    }
    skippedOnLastLoad = data.length - entries.length
    return entries
  }
})

export interface SavedList {
  entries: SavedEstimate[]
  notice?: string
}

export function loadSaved(): SavedList {
  skippedOnLastLoad = 0
  const { value, notice } = store.load()
  if (notice) return { entries: value, notice: `保存的测算：${notice}` }
  if (skippedOnLastLoad > 0) {
    return {
      entries: value,
      notice: `有 ${skippedOnLastLoad} 条保存的测算无法读取（可能已损坏或来自其他版本），已跳过（下次保存或删除时会从本机清除），其余的照常显示。`
    }
  }
  return { entries: value }
}

export type SaveOutcome = { ok: true; entries: SavedEstimate[]; entry: SavedEstimate } | { ok: false; message: string }

export function addSaved<M extends Mode>(
  name: string,
  pack: { region: RegionId; year: number },
  mode: M,
  inputs: Forms[M],
  now = new Date()
): SaveOutcome {
  const { region, year } = pack
  const trimmed = name.trim()
  if (trimmed === '') return { ok: false, message: '请给这次测算起个名字' }
  if (trimmed.length > MAX_NAME_LENGTH) return { ok: false, message: `名字最多${MAX_NAME_LENGTH}个字` }
  const { entries } = loadSaved()
  if (entries.length >= MAX_SAVED) return { ok: false, message: `最多保存${MAX_SAVED}条，请先删除不用的测算` }
  const entry = {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name: trimmed,
    region,
    year,
    mode,
    inputs,
    savedAt: now.toISOString()
  } as SavedEstimate
  const next = [entry, ...entries]
  if (!store.save(next)) return { ok: false, message: '保存失败：本机存储空间不足或不可用' }
  return { ok: true, entries: next, entry }
}

export function deleteSaved(id: string): { ok: boolean; entries: SavedEstimate[] } {
  const { entries } = loadSaved()
  const next = entries.filter((e) => e.id !== id)
  return { ok: store.save(next), entries: next }
}

export const SAVED_STORE_KEY = store.key
