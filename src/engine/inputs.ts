import { currentYear, getPack } from '../policy/registry'
import type { HospitalLevel, PolicyPack, Reference, RegionId, Tier } from '../policy/types'
import { PolicyInputError } from './errors'

export type { RegionId }

/** The result of a function whose whole subject the region's document does not cover. */
export interface UnpublishedResult {
  unpublished: true
  reason: string
  sources: Reference[]
}

export function isUnpublishedResult(value: unknown): value is UnpublishedResult {
  return typeof value === 'object' && value !== null && (value as UnpublishedResult).unpublished === true
}

/**
 * The pack an entry point computes for. The year is an input; a caller that gives none gets the
 * region's newest bundled year, as the registry says — the engine itself names no year.
 */
/**
 * The pack an input computes on: the one it carries (the page shell's, or a test's plain value), or
 * the registry's for its region and year (the newest when no year is given).
 */
export function packOf(input: { region: RegionId; year?: number; pack?: PolicyPack }): PolicyPack {
  const { pack } = input
  if (pack === undefined) return packFor(input.region, input.year)
  if (typeof pack !== 'object' || pack === null || typeof pack.region !== 'string') throw new PolicyInputError('pack', '政策数据无效')
  if (input.region !== undefined && input.region !== pack.region)
    throw new PolicyInputError('region', `所给政策数据是${pack.regionName}的，与所选地区不符`)
  if (input.year !== undefined && input.year !== pack.year)
    throw new PolicyInputError('year', `所给政策数据是${pack.year}年度的，与所选年度不符`)
  return pack
}

export function packFor(region: RegionId, year?: number): PolicyPack {
  if (year === undefined) return getPack(region, currentYear(region))
  if (typeof year !== 'number' || !Number.isInteger(year)) throw new PolicyInputError('year', '年度无效')
  return getPack(region, year)
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar date written YYYY-MM-DD ("2020-02-30" is refused, not rolled over); returns it. */
export function parseDate(field: string, value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new PolicyInputError(field, '日期无效，请按“YYYY-MM-DD”填写')
  }
  // A day that does not exist rolls over in Date.UTC (02-30 → 03-01), so it does not come back the same.
  if (isoFromEpochDay(epochDay(value)) !== value) {
    throw new PolicyInputError(field, '日期无效：没有这一天')
  }
  return value
}

export function parseMonth(field: string, value: unknown): { year: number; month: number } {
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    throw new PolicyInputError(field, '月份无效，请按“YYYY-MM”填写')
  }
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)) }
}

export function parseAge(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 150) {
    throw new PolicyInputError(field, '年龄应为0到150之间的整数')
  }
  return value
}

export function parseTier(field: string, value: unknown): Tier {
  if (value !== 1 && value !== 2) throw new PolicyInputError(field, '请选择缴费档次（一档或二档）')
  return value
}

export function parseLevel(field: string, value: unknown): HospitalLevel | undefined {
  if (value === undefined || value === null) return undefined
  if (value !== 1 && value !== 2 && value !== 3) throw new PolicyInputError(field, '医院级别应为一级、二级或三级')
  return value
}

export function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], message: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new PolicyInputError(field, message)
  return value as T
}

/** Days since 1970-01-01 for a validated ISO date; differences are immune to time zones and DST. */
export function epochDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86400000
}

export function isoFromEpochDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10)
}
