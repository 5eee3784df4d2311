// Where each estimator lives. 住院 is the 报销测算 tab; 门诊 and 生育 are subpackage pages (a first open
// downloads less), reached from the tab with navigateTo. Links, saved estimates and hand-overs made
// when all three were modes of the tab still name the mode: they are sent on from here.
import Taro from '@tarojs/taro'
import { OUTPATIENT_PAGE } from '../../features/outpatient'
import { MATERNITY_PAGE } from '../../features/maternity'
import { goToTab } from '../../services/device'
import { isSinglePageMode } from '../../services/tab-bar'
import type { Mode } from '../../features/share'

export const ESTIMATE_PAGE = '/pages/estimate/index'

export type SubTool = Exclude<Mode, 'inpatient'>

export const TOOL_PAGES: Record<Mode, string> = {
  inpatient: ESTIMATE_PAGE,
  outpatient: OUTPATIENT_PAGE,
  maternity: MATERNITY_PAGE
}

export function isSubTool(mode: Mode | undefined): mode is SubTool {
  return mode === 'outpatient' || mode === 'maternity'
}

/** The page URL of a tool with its query (values encoded; share codes survive either way). */
export function toolUrl(mode: Mode, params: Record<string, string> = {}): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return query ? `${TOOL_PAGES[mode]}?${query}` : TOOL_PAGES[mode]
}

/**
 * Opens a tool with parameters: 门诊/生育 by navigateTo (their page has a back button), 住院 by
 * switching to the tab, which reads the parameters when it shows. False where WeChat allows no
 * navigation (a Moments post opens one page alone), so the caller can say how to go on.
 */
export function openTool(mode: Mode, params: Record<string, string> = {}): boolean {
  if (isSinglePageMode()) return false
  if (mode === 'inpatient') goToTab('estimate', params)
  else Taro.navigateTo({ url: toolUrl(mode, params) }).catch(() => undefined)
  return true
}
