export default definePageConfig({ navigationBarTitleText: '关于本工具' })
