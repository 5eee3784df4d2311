import { PageShell } from '../../components/page-shell'
import { ComingSoon } from '../../components/coming-soon'

export default function ContributionPage() {
  return <PageShell title='缴费查询'>{() => <ComingSoon what='缴费查询（居民缴费标准、缴费期、缴费渠道，职工缴费与个人账户）' />}</PageShell>
}
