import { View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { PolicyPack, RegionId } from '../../policy/types'
import { currentYear, getPack, newestYear } from '../../policy/registry'
import { useRegion } from '../../services/region'
import { PageFrame } from '../page-frame'
import { RegionBar, RegionChooser } from '../region-bar'
import { AboutLine } from '../region-bar/about-line'
import { ErrorBoundary } from '../error-boundary'
import { PageTabBar } from '../tab-bar/page-tab-bar'
import { isSinglePageMode, isTabPage, setActiveTab } from '../../services/tab-bar'
import { PolicyProvider } from './policy'
import './index.scss'

export { usePolicy, usePolicyOfYear } from './policy'

/**
 * What a tab page takes: nothing when the app opens it (the region's newest year shows); a test pins
 * the policy year it checks with `year`, so a newer pack registered beside it changes nothing.
 */
export interface PolicyYearProps {
  year?: number
}

interface PageShellProps {
  title: string
  /** A year other than the region's newest, e.g. for an estimate saved under an earlier year's rules. */
  year?: number
  /** Renders the tool once the region is known; until then the page asks for it. */
  children: (region: RegionId, pack: PolicyPack) => ReactNode
}

/** The pack for a region: the year asked for when it is bundled, otherwise the newest. */
function packOf(region: RegionId, year: number | undefined): PolicyPack {
  try {
    if (year !== undefined) return getPack(region, year)
  } catch {
    /* not bundled for this region: fall back to the newest year */
  }
  return getPack(region, currentYear(region))
}

/** Every tool page: region and policy year at the top, the 关于 line at the bottom. */
export function PageShell({ title, year, children }: PageShellProps) {
  const [region, setRegion] = useRegion()
  const pack = region ? packOf(region, year) : null
  const shownYear = pack ? pack.year : newestYear()
  const path = useRouter()?.path ?? ''
  useDidShow(() => setActiveTab(path))
  // Room for the fixed tab bar, except in Moments' single-page mode, where WeChat draws none.
  const withTabBar = isTabPage(path) && !isSinglePageMode()
  return (
    <PageFrame className={`page-shell${withTabBar ? ' page-shell--tab-bar' : ''}`}>
      <RegionBar title={title} year={shownYear} region={region} onChange={setRegion} />
      <View className='page-shell__body'>
        {/* A failing tool still leaves the header usable: its own boundary sits inside. */}
        <ErrorBoundary>
          {region && pack ? <PolicyProvider value={pack}>{children(region, pack)}</PolicyProvider> : <RegionChooser onChoose={setRegion} />}
        </ErrorBoundary>
      </View>
      <AboutLine year={shownYear} />
      {withTabBar ? <PageTabBar path={path} /> : null}
    </PageFrame>
  )
}
