import { PageShell } from '../../components/page-shell'
import { ComingSoon } from '../../components/coming-soon'

export default function EstimatePage() {
  return <PageShell title='报销测算'>{() => <ComingSoon what='报销测算（住院逐层报销、门诊、生育）' />}</PageShell>
}
