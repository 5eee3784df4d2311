// 职工医保缴费: a subpackage page (app.config.ts), opened from the 缴费查询 tab. Most residents who use
// the app pay as residents; the employee rates, account and retirement calculators wait here.
import { View } from '@tarojs/components'
import { Button } from '../../components/button'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { goToTab } from '../../services/device'
import { useToolShare } from '../../services/share'
import { isSinglePageMode } from '../../services/tab-bar'
import { EmployeeView } from '../../features/employee/view'
// The second half of the 缴费查询 tool: the same stylesheet as the tab.
import '../contribution/index.scss'

export default function EmployeePage({ year }: PolicyYearProps = {}) {
  useToolShare('职工医保缴费', 'pages/employee/index')
  return (
    <PageShell title='职工医保缴费' year={year}>
      {(region) => (
        <View className='contribution'>
          {/* On H5 there is no navigation bar with a back arrow; Moments' single-page mode allows no navigation. */}
          {isSinglePageMode() ? null : (
            <Button kind='link' className='contribution__back' data-testid='back-to-contribution' onClick={() => goToTab('contribution')}>
              ‹ 返回缴费查询
            </Button>
          )}
          <EmployeeView key={region} />
        </View>
      )}
    </PageShell>
  )
}
