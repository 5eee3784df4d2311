import type { TabName } from '../../services/tab-bar'

// On WeChat the icons are the files app.json's tabBar already ships (dist/assets/tab), referenced by
// path so the main package carries them once; H5 imports them (icons.h5.ts).
export const TAB_ICONS: Record<TabName, { icon: string; active: string }> = {
  contribution: { icon: '/assets/tab/contribution.png', active: '/assets/tab/contribution-active.png' },
  estimate: { icon: '/assets/tab/estimate.png', active: '/assets/tab/estimate-active.png' },
  remote: { icon: '/assets/tab/remote.png', active: '/assets/tab/remote-active.png' },
  faq: { icon: '/assets/tab/faq.png', active: '/assets/tab/faq-active.png' }
}
