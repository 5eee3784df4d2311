export default definePageConfig({ navigationBarTitleText: '算日期', enableShareAppMessage: true, enableShareTimeline: true })
