import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { Chips } from '../../components/chips'
import type { RegionId } from '../../policy/types'
import { takePendingParams } from '../../services/device'
import { useToolShare } from '../../services/share'
import { EmployeeView } from './employee'
import { ResidentView } from './resident'
import './index.scss'

export type ContributionTab = 'resident' | 'employee'

const TABS: { value: ContributionTab; text: string }[] = [
  { value: 'resident', text: '居民医保' },
  { value: 'employee', text: '职工医保' }
]

export default function ContributionPage({ year }: PolicyYearProps = {}) {
  useToolShare('缴费查询', 'pages/contribution/index')
  const [tab, setTab] = useState<ContributionTab>('resident')
  // Re-rendering on every show keeps the collection-period status right when the app is reopened
  // on a later day; another tab may also ask for the employee view (goToTab params).
  const [, setShownAt] = useState(0)
  useDidShow(() => {
    const params = takePendingParams('contribution')
    if (params?.view === 'employee' || params?.view === 'resident') setTab(params.view)
    setShownAt(Date.now())
  })
  return (
    <PageShell title='缴费查询' year={year}>
      {(region) => <Contribution region={region} tab={tab} onTab={setTab} />}
    </PageShell>
  )
}

function Contribution({ region, tab, onTab }: { region: RegionId; tab: ContributionTab; onTab(tab: ContributionTab): void }) {
  return (
    <View className='contribution'>
      <View className='contribution__tabs'>
        <Chips<ContributionTab> label='参保类别' testId='contribution-tab' value={tab} onChange={onTab} options={TABS} />
      </View>
      {tab === 'resident' ? <ResidentView /> : <EmployeeView key={region} />}
    </View>
  )
}
