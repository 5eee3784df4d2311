// The floor: the least a Taro 4 app with this config and these dependencies weighs (npm run size,
// npm run bench:render). Two pages and a tab bar, nothing else.
export default defineAppConfig({
  pages: ['pages/first/index', 'pages/second/index'],
  window: { navigationBarTitleText: '医保通', navigationBarBackgroundColor: '#ededed', navigationBarTextStyle: 'black' },
  tabBar: {
    color: '#4d4d4d',
    selectedColor: '#05733f',
    backgroundColor: '#f7f7f7',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/first/index',
        text: '第一页',
        iconPath: 'assets/contribution.png',
        selectedIconPath: 'assets/contribution-active.png'
      },
      { pagePath: 'pages/second/index', text: '第二页', iconPath: 'assets/faq.png', selectedIconPath: 'assets/faq-active.png' }
    ]
  },
  lazyCodeLoading: 'requiredComponents'
})
