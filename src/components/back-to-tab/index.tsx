import { Button } from '../button'
import { goToTab } from '../../services/device'
import { isSinglePageMode } from '../../services/tab-bar'
import type { TabPage } from '../../policy/routes'
import './index.scss'

/**
 * The way back from a page opened with navigateTo to the tab it belongs to. switchTab also closes
 * the pages above the tab, so no stack of tools builds up. Nothing in Moments' single-page mode,
 * where WeChat allows no navigation.
 */
export function BackToTab({ tab, name, testId }: { tab: TabPage; name: string; testId: string }) {
  if (isSinglePageMode()) return null
  return (
    <Button kind='link' className='back-to-tab' data-testid={testId} onClick={() => goToTab(tab)}>
      ‹ 返回{name}
    </Button>
  )
}
