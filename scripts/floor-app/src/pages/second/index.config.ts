export default definePageConfig({ navigationBarTitleText: '第二页' })
