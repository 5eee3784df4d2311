import { TABS } from './tabs'

export default defineAppConfig({
  pages: TABS.map((t) => t.pagePath),
  // Less-used pages load on first use, not with the app (docs/performance.md): a first open
  // downloads the main package only. None is a tab: each opens with navigateTo, with a back button.
  subPackages: [
    { root: 'pages/outpatient', pages: ['index'] },
    { root: 'pages/maternity', pages: ['index'] },
    // 职工医保缴费 opens from the 缴费查询 tab: most who pay are residents.
    { root: 'pages/employee', pages: ['index'] },
    // 算日期 opens from where its rule is described (the 异地就医 card, the year ledger).
    { root: 'pages/date-tools', pages: ['index'] },
    // 关于 also carries the FAQ books (faq-book-file.ts): the FAQ tab loads them with require.async.
    { root: 'pages/about', pages: ['index'] },
    { root: 'pages/privacy', pages: ['index'] },
    // 核对结算单 opens from a ledger entry: a subpackage, so the main package does not grow.
    { root: 'pages/slip', pages: ['index'] }
  ],
  // Once a tab has opened, WeChat fetches the FAQ books in the background, so 常见问题 shows its
  // answers at once later; on a first open only the main package is downloaded before anything shows.
  preloadRule: Object.fromEntries(TABS.map((t) => [t.pagePath, { network: 'all', packages: ['pages/about'] }])),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '医保通',
    navigationBarTextStyle: 'black',
    backgroundColor: '#ededed'
  },
  // custom: WeChat's native tab bar text cannot grow for 关怀模式; custom-tab-bar/ draws it. The
  // fields below still tell WeChat which pages are tabs (and serve clients older than base 2.5).
  tabBar: {
    custom: true,
    color: '#4d4d4d',
    selectedColor: '#05733f',
    backgroundColor: '#f7f7f7',
    borderStyle: 'black',
    list: TABS.map((t) => ({
      pagePath: t.pagePath,
      text: t.text,
      iconPath: `assets/tab/${t.icon}.png`,
      selectedIconPath: `assets/tab/${t.icon}-active.png`
    }))
  },
  lazyCodeLoading: 'requiredComponents',
  // The palette is light-only (app.scss): with darkmode off WeChat keeps its light navigation bar and
  // backgrounds even when the phone is dark, so no text ends up dark on dark.
  darkmode: false,
  // Privacy APIs (剪切板, 日历) go through onNeedPrivacyAuthorization (services/privacy.ts); the two
  // items themselves are declared in the admin console, see docs/privacy-declaration.md.
  __usePrivacyCheck__: true
})
