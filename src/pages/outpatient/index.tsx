// 门诊报销测算: a subpackage page (app.config.ts), opened from the 报销测算 tab.
import { OutpatientEstimator } from '../../features/outpatient/view'
import { EstimatorToolPage } from '../estimate/tool-page'

export default function OutpatientPage() {
  return (
    <EstimatorToolPage mode='outpatient' title='门诊报销测算'>
      {(form, onChange) => <OutpatientEstimator form={form} onChange={onChange} />}
    </EstimatorToolPage>
  )
}
