export type Platform = 'weapp' | 'h5'

/** Taro replaces process.env.TARO_ENV at build time; tests pass a platform explicitly. */
export function currentPlatform(): Platform {
  return process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'
}
