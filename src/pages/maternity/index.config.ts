export default definePageConfig({ navigationBarTitleText: '生育测算', enableShareAppMessage: true, enableShareTimeline: true })
