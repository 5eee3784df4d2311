// Which packs the app has: the only place that lists them. Regions, their names and the current
// year of each are read from the packs, so a new year or a third city is a new pack here.
import { PolicyInputError } from './errors'
import type { PolicyPack, RegionId } from './types'
import { weifang2020 } from './weifang-2020'
import { weihai2020 } from './weihai-2020'
import { registerIn } from './register'

const SHIPPED: readonly PolicyPack[] = [weihai2020, weifang2020]
const PACKS: PolicyPack[] = [...SHIPPED]

/** Every bundled pack, in display order. */
export function listPacks(): readonly PolicyPack[] {
  return PACKS
}

/**
 * The packs written under src/policy, without any a test registered: the ones whose quotes must be
 * found in real documents and which need a reading file beside them.
 */
export function listShippedPacks(): readonly PolicyPack[] {
  return SHIPPED
}

/**
 * Adds a pack at run time. The app never calls it: it exists so that tests can prove, with a
 * clearly fictional pack kept under tests/, that a new year needs no change to the engine or pages.
 */
export function registerPack(pack: PolicyPack): () => void {
  return registerIn(PACKS, pack, (p) => p.region === pack.region && p.year === pack.year, `pack ${pack.region} ${pack.year}`)
}

/** The two-letter code a region travels under in share links. */
export function regionCode(region: RegionId): string {
  const pack = PACKS.find((p) => p.region === region)
  if (!pack) throw new PolicyInputError('region', unknownRegion())
  return pack.regionCode
}

/** The region a share-link code names, if any. */
export function regionOfCode(code: string): RegionId | undefined {
  return PACKS.find((p) => p.regionCode === code)?.region
}

/** The regions, in display order, with the names their packs give them. */
export function listRegions(): { id: RegionId; name: string }[] {
  const seen = new Map<RegionId, string>()
  for (const p of PACKS) if (!seen.has(p.region)) seen.set(p.region, p.regionName)
  return [...seen].map(([id, name]) => ({ id, name }))
}

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && PACKS.some((p) => p.region === value)
}

export function regionName(region: RegionId): string {
  const pack = PACKS.find((p) => p.region === region)
  if (!pack) throw new PolicyInputError('region', unknownRegion())
  return pack.regionName
}

function unknownRegion(): string {
  return `未知地区：目前只收录${listRegions()
    .map((r) => r.name)
    .join('和')}`
}

/** The years bundled for a region, newest first. */
export function yearsOf(region: RegionId): number[] {
  return PACKS.filter((p) => p.region === region)
    .map((p) => p.year)
    .sort((a, b) => b - a)
}

/** The newest year bundled for a region: what a page shows unless an estimate names its own year. */
export function currentYear(region: RegionId): number {
  const [newest] = yearsOf(region)
  if (newest === undefined) throw new PolicyInputError('region', unknownRegion())
  return newest
}

/** The newest year any pack covers: what a page names before a region is chosen. */
export function newestYear(): number {
  return Math.max(...PACKS.map((p) => p.year))
}

/** The pack for a region and year; throws PolicyInputError for anything not bundled. */
export function getPack(region: RegionId, year: number): PolicyPack {
  if (!isRegionId(region)) throw new PolicyInputError('region', unknownRegion())
  const pack = PACKS.find((p) => p.region === region && p.year === year)
  if (!pack) {
    const years = yearsOf(region)
      .map((y) => `${y}年`)
      .join('、')
    throw new PolicyInputError('year', `暂未收录该年度政策（已收录：${years}）`)
  }
  return pack
}
