export default definePageConfig({ navigationBarTitleText: '职工医保缴费', enableShareAppMessage: true, enableShareTimeline: true })
