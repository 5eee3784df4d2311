// 门诊报销测算: a subpackage page (app.config.ts), opened from the 报销测算 tab.
import { OutpatientEstimator } from '../../features/outpatient/view'
import type { PolicyYearProps } from '../../components/page-shell'
import { EstimatorToolPage } from '../estimate/tool-page'

export default function OutpatientPage({ year }: PolicyYearProps = {}) {
  return (
    <EstimatorToolPage mode='outpatient' title='门诊报销测算' year={year}>
      {(form, onChange) => <OutpatientEstimator form={form} onChange={onChange} />}
    </EstimatorToolPage>
  )
}
