export default definePageConfig({ navigationBarTitleText: '第一页' })
