import type { HouseholdMember, MemberCategory } from '../../engine'
import { MEMBER_CATEGORIES } from '../../engine'
import type { Tier } from '../../policy/types'
import { createStore } from '../../services/storage'

/** A member as kept on the device; the id only keeps list rows stable while members are removed. */
export interface SavedMember extends HouseholdMember {
  id: string
  /** 建档立卡贫困人口: the 2020 subsidy is not published, so what this member pays is not computed. Absent in lists saved before it existed. */
  poverty?: boolean
}

/** Matches the engine's limit, so a saved household can always be computed. */
export const MAX_MEMBERS = 50

function isCategory(value: unknown): value is MemberCategory {
  return typeof value === 'string' && (MEMBER_CATEGORIES as readonly string[]).includes(value)
}

function readMember(raw: unknown): SavedMember | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const { id, category, tier, poverty } = raw as Record<string, unknown>
  if (typeof id !== 'string' || id === '' || id.length > 40 || !isCategory(category)) return undefined
  if (poverty !== undefined && typeof poverty !== 'boolean') return undefined
  const flag = poverty === true ? { poverty: true } : {}
  if (category === 'adult') {
    if (tier !== 1 && tier !== 2) return undefined
    return { id, category, tier, ...flag }
  }
  return { id, category, ...flag }
}

/** The whole list or nothing: a half-read household would show a wrong total. */
export function validateHousehold(data: unknown): SavedMember[] | undefined {
  if (!Array.isArray(data) || data.length > MAX_MEMBERS) return undefined
  const members: SavedMember[] = []
  const ids = new Set<string>()
  for (const raw of data) {
    const m = readMember(raw)
    if (!m || ids.has(m.id)) return undefined
    ids.add(m.id)
    members.push(m)
  }
  return members
}

export const householdStore = createStore<SavedMember[]>('household', {
  version: 1,
  fallback: [],
  validate: validateHousehold
})

let counter = 0
export function newMember(category: MemberCategory, tier: Tier, poverty = false): SavedMember {
  counter += 1
  const id = `${Date.now().toString(36)}-${counter}`
  const flag = poverty ? { poverty: true } : {}
  return category === 'adult' ? { id, category, tier, ...flag } : { id, category, ...flag }
}
