// The four tools, in tab order: the one list app.config.ts (pages, tabBar) and the custom tab bar read.
// No imports, so Taro can read it while it reads app.config.ts at build time.
export const TABS = [
  { name: 'contribution', pagePath: 'pages/contribution/index', text: '缴费查询', icon: 'contribution' },
  { name: 'estimate', pagePath: 'pages/estimate/index', text: '报销测算', icon: 'estimate' },
  { name: 'remote', pagePath: 'pages/remote/index', text: '异地就医', icon: 'remote' },
  { name: 'faq', pagePath: 'pages/faq/index', text: '常见问题', icon: 'faq' }
] as const
