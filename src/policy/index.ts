export * from './types'
export { DOCUMENTS } from './documents'
export {
  currentYear,
  newestYear,
  getPack,
  isRegionId,
  listPacks,
  listRegions,
  listShippedPacks,
  regionName,
  registerPack,
  yearsOf
} from './registry'
export { weihai2020 } from './weihai-2020'
export { weifang2020 } from './weifang-2020'
export { PolicyInputError } from './errors'
