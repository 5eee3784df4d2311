export default definePageConfig({ navigationBarTitleText: '门诊报销测算', enableShareAppMessage: true, enableShareTimeline: true })
