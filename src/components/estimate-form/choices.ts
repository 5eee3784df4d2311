// 档次 and 医院级别 as the chips of several estimators hold them: text unions ('' until chosen), so a
// saved or shared form stores exactly what was tapped.
import type { HospitalLevel, Tier } from '../../policy/types'

/** 一档/二档 as the chips hold it (and as saved and shared): '' until the user chooses. */
export type TierChoice = '' | `${Tier}`
/** 一级/二级/三级医院 as the chips hold it: '' until chosen. */
export type LevelChoice = '' | `${HospitalLevel}`

const TIERS: Record<Exclude<TierChoice, ''>, Tier> = { 1: 1, 2: 2 }
const LEVELS: Record<Exclude<LevelChoice, ''>, HospitalLevel> = { 1: 1, 2: 2, 3: 3 }

/** The engine's tier for a choice; undefined while none is made. */
export function tierOf(choice: TierChoice): Tier | undefined {
  return choice === '' ? undefined : TIERS[choice]
}

/** The engine's hospital level for a choice; undefined while none is made. */
export function levelOf(choice: LevelChoice): HospitalLevel | undefined {
  return choice === '' ? undefined : LEVELS[choice]
}
