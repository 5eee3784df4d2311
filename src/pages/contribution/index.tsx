import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { Notice } from '../../components/notice'
import { ToolLinks } from '../../components/tool-links'
import { EMPLOYEE_PAGE } from '../../features/employee'
import { openPage, takePendingParams } from '../../services/device'
import { useToolShare } from '../../services/share'
import { isSinglePageMode } from '../../services/tab-bar'
import { ResidentView } from './resident'
import './index.scss'

/** Where a Moments post cannot navigate: how to reach the employee page. */
const OPEN_IN_APP = '职工医保缴费在单独的页面里。请点屏幕下方的“前往小程序”，在小程序里打开。'

/** The employee page, unless WeChat allows no navigation here (a Moments post opens one page alone). */
function openEmployee(): boolean {
  if (isSinglePageMode()) return false
  openPage(EMPLOYEE_PAGE)
  return true
}

export default function ContributionPage({ year }: PolicyYearProps = {}) {
  useToolShare('缴费查询', 'pages/contribution/index')
  const [stuck, setStuck] = useState(false)
  // Re-rendering on every show keeps the collection-period status right when the app is reopened
  // on a later day; another tab may also ask for the employee calculator (goToTab params), which
  // has its own page now: it is sent on.
  const [, setShownAt] = useState(0)
  useDidShow(() => {
    const params = takePendingParams('contribution')
    if (params?.view === 'employee' && !openEmployee()) setStuck(true)
    setShownAt(Date.now())
  })
  return (
    <PageShell title='缴费查询' year={year}>
      {() => (
        <View className='contribution'>
          <ToolLinks
            title='本页是居民医保的缴费。职工医保在这里：'
            testId='contribution-tools'
            links={[
              {
                name: '职工医保缴费',
                what: '缴费比例、个人账户划入、退休后缴费年限、转居民医保等日期',
                testId: 'open-employee',
                onOpen: () => setStuck(!openEmployee())
              }
            ]}
          />
          {stuck ? (
            <Notice kind='info' testId='employee-open-in-app'>
              {OPEN_IN_APP}
            </Notice>
          ) : null}
          <ResidentView />
        </View>
      )}
    </PageShell>
  )
}
