import type { TabName } from '../../services/tab-bar'
import contribution from '../../assets/tab/contribution.png'
import contributionActive from '../../assets/tab/contribution-active.png'
import estimate from '../../assets/tab/estimate.png'
import estimateActive from '../../assets/tab/estimate-active.png'
import remote from '../../assets/tab/remote.png'
import remoteActive from '../../assets/tab/remote-active.png'
import faq from '../../assets/tab/faq.png'
import faqActive from '../../assets/tab/faq-active.png'

export const TAB_ICONS: Record<TabName, { icon: string; active: string }> = {
  contribution: { icon: contribution, active: contributionActive },
  estimate: { icon: estimate, active: estimateActive },
  remote: { icon: remote, active: remoteActive },
  faq: { icon: faq, active: faqActive }
}
