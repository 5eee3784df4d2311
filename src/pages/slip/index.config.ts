export default definePageConfig({ navigationBarTitleText: '核对结算单' })
