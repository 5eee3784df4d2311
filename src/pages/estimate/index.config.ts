export default definePageConfig({ navigationBarTitleText: '报销测算', enableShareAppMessage: true, enableShareTimeline: true })
