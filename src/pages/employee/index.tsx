// 职工医保缴费: a subpackage page (app.config.ts), opened from the 缴费查询 tab. Most residents who use
// the app pay as residents; the employee rates, account and retirement calculators wait here.
import { View } from '@tarojs/components'
import { BackToTab } from '../../components/back-to-tab'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { useToolShare } from '../../services/share'
import { EmployeeView } from '../../features/employee/view'
// The second half of the 缴费查询 tool: the same stylesheet as the tab.
import '../contribution/index.scss'

export default function EmployeePage({ year }: PolicyYearProps = {}) {
  useToolShare('职工医保缴费', 'pages/employee/index')
  return (
    <PageShell title='职工医保缴费' year={year}>
      {(region) => (
        <View className='contribution'>
          <BackToTab tab='contribution' name='缴费查询' testId='back-to-contribution' />
          <EmployeeView key={region} />
        </View>
      )}
    </PageShell>
  )
}
