import { View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { RegionId } from '../../policy/types'
import { useRegion } from '../../services/region'
import { PageFrame } from '../page-frame'
import { RegionBar, RegionChooser } from '../region-bar'
import { AboutLine } from '../region-bar/about-line'
import { ErrorBoundary } from '../error-boundary'
import { PageTabBar } from '../tab-bar/page-tab-bar'
import { isSinglePageMode, isTabPage, setActiveTab } from '../../services/tab-bar'
import './index.scss'

interface PageShellProps {
  title: string
  /** Renders the tool once the region is known; until then the page asks for it. */
  children: (region: RegionId) => ReactNode
}

/** Every tool page: region and policy year at the top, the 关于 line at the bottom. */
export function PageShell({ title, children }: PageShellProps) {
  const [region, setRegion] = useRegion()
  const path = useRouter()?.path ?? ''
  useDidShow(() => setActiveTab(path))
  // Room for the fixed tab bar, except in Moments' single-page mode, where WeChat draws none.
  const withTabBar = isTabPage(path) && !isSinglePageMode()
  return (
    <PageFrame className={`page-shell${withTabBar ? ' page-shell--tab-bar' : ''}`}>
      <RegionBar title={title} region={region} onChange={setRegion} />
      <View className='page-shell__body'>
        {/* A failing tool still leaves the header usable: its own boundary sits inside. */}
        <ErrorBoundary>{region ? children(region) : <RegionChooser onChoose={setRegion} />}</ErrorBoundary>
      </View>
      <AboutLine />
      {withTabBar ? <PageTabBar path={path} /> : null}
    </PageFrame>
  )
}
