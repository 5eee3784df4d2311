export default defineAppConfig({
  pages: [
    'pages/contribution/index',
    'pages/estimate/index',
    'pages/remote/index',
    'pages/faq/index',
    'pages/about/index',
    'pages/privacy/index'
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '医保通',
    navigationBarTextStyle: 'black',
    backgroundColor: '#ededed'
  },
  tabBar: {
    color: '#4d4d4d',
    selectedColor: '#05733f',
    backgroundColor: '#f7f7f7',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/contribution/index', text: '缴费查询', iconPath: 'assets/tab/contribution.png', selectedIconPath: 'assets/tab/contribution-active.png' },
      { pagePath: 'pages/estimate/index', text: '报销测算', iconPath: 'assets/tab/estimate.png', selectedIconPath: 'assets/tab/estimate-active.png' },
      { pagePath: 'pages/remote/index', text: '异地就医', iconPath: 'assets/tab/remote.png', selectedIconPath: 'assets/tab/remote-active.png' },
      { pagePath: 'pages/faq/index', text: '常见问题', iconPath: 'assets/tab/faq.png', selectedIconPath: 'assets/tab/faq-active.png' }
    ]
  },
  lazyCodeLoading: 'requiredComponents'
})
