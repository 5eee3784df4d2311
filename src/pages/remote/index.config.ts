export default definePageConfig({ navigationBarTitleText: '异地就医', enableShareAppMessage: true, enableShareTimeline: true })
