// 生育测算 (津贴和产假, 住院分娩, 生育医疗费): a subpackage page (app.config.ts), opened from the 报销测算 tab.
import { MaternityEstimator } from '../../features/maternity/view'
import type { PolicyYearProps } from '../../components/page-shell'
import { EstimatorToolPage } from '../estimate/tool-page'

export default function MaternityPage({ year }: PolicyYearProps = {}) {
  return (
    <EstimatorToolPage mode='maternity' title='生育测算' year={year} handedOver={(h) => (h.maternitySub ? { sub: h.maternitySub } : {})}>
      {(form, onChange) => <MaternityEstimator form={form} onChange={onChange} />}
    </EstimatorToolPage>
  )
}
