import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { newestYear } from '../policy/registry'

/**
 * Share to a chat and to Moments for a tool page that carries no state worth sending: the receiver
 * opens the same page and chooses their own region (in Moments' single-page mode storage is
 * separate, so they always start at the region chooser). The page's config must also set
 * enableShareAppMessage and enableShareTimeline, or WeChat greys the menu items out.
 */
export function useToolShare(tool: string, pagePath: string): void {
  const title = `医保通·${tool}（${newestYear()}年度政策）`
  useShareAppMessage(() => ({ title, path: `/${pagePath}` }))
  useShareTimeline(() => ({ title, query: '' }))
}
