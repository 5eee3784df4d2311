export default definePageConfig({ navigationBarTitleText: '缴费查询', enableShareAppMessage: true, enableShareTimeline: true })
