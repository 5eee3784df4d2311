import { useEffect, useState } from 'react'
import type { RegionId } from '../policy/types'
import { isRegionId, listRegions } from '../policy/registry'
import { createStore } from './storage'
import { announce } from './notices'

// Read from the registry: the regions are whatever the bundled packs cover.
export const REGIONS: RegionId[] = listRegions().map((r) => r.id)
export const REGION_NAMES = Object.fromEntries(listRegions().map((r) => [r.id, r.name])) as Record<RegionId, string>

const store = createStore<RegionId | null>('region', {
  version: 1,
  fallback: null,
  validate: (data) => (isRegionId(data) ? data : undefined)
})

type Listener = (region: RegionId | null) => void
const listeners = new Set<Listener>()
// Read from storage each time (a synchronous, tiny read) so that there is no second copy to go stale.
export function getRegion(): RegionId | null {
  const { value, notice } = store.load()
  if (notice) announce(`${notice}请重新选择参保地。`)
  return value
}

export function setRegion(region: RegionId): void {
  store.save(region)
  listeners.forEach((fn) => fn(region))
}

/** Forgets the in-memory copy, e.g. after all data was cleared. */
export function resetRegion(): void {
  store.clear()
  listeners.forEach((fn) => fn(null))
}

/** The region chosen on this device, shared by every page and kept across restarts. */
export function useRegion(): [RegionId | null, (region: RegionId) => void] {
  const [region, setLocal] = useState<RegionId | null>(getRegion)
  useEffect(() => {
    const listener: Listener = (r) => setLocal(r)
    listeners.add(listener)
    setLocal(getRegion())
    return () => {
      listeners.delete(listener)
    }
  }, [])
  return [region, setRegion]
}
