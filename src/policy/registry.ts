import { PolicyInputError } from './errors'
import type { PolicyPack, RegionId } from './types'
import { weifang2020 } from './weifang-2020'
import { weihai2020 } from './weihai-2020'

const PACKS: readonly PolicyPack[] = [weihai2020, weifang2020]

/** Every bundled pack, in display order. */
export function listPacks(): readonly PolicyPack[] {
  return PACKS
}

export function isRegionId(value: unknown): value is RegionId {
  return value === 'weihai' || value === 'weifang'
}

/** The pack for a region and year; throws PolicyInputError for anything not bundled. */
export function getPack(region: RegionId, year: number): PolicyPack {
  if (!isRegionId(region)) throw new PolicyInputError('region', '未知地区：目前只收录威海市和潍坊市')
  const pack = PACKS.find((p) => p.region === region && p.year === year)
  if (!pack) {
    const years = PACKS.filter((p) => p.region === region).map((p) => `${p.year}年`).join('、')
    throw new PolicyInputError('year', `暂未收录该年度政策（已收录：${years}）`)
  }
  return pack
}
