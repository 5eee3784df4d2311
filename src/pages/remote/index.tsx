import { PageShell } from '../../components/page-shell'
import { ComingSoon } from '../../components/coming-soon'

export default function RemotePage() {
  return <PageShell title='异地就医'>{() => <ComingSoon what='异地就医指引（备案类型、材料、期限）' />}</PageShell>
}
