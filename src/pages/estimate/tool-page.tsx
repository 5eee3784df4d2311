// The page around the 门诊 and 生育 estimators (pages/outpatient, pages/maternity): what the 报销测算 tab
// does for 住院, for one estimator — open a share link, a saved estimate or a hand-over, share, save —
// plus the way back to the tab. The estimator itself comes from its feature, inside the subpackage.
import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { BackToTab } from '../../components/back-to-tab'
import { Button } from '../../components/button'
import { Notice } from '../../components/notice'
import { PageShell } from '../../components/page-shell'
import { useFirstScreen } from '../../components/first-screen'
import type { RegionId } from '../../policy/types'
import { REGION_NAMES, setRegion, useRegion } from '../../services/region'
import { readHandover } from './handover'
import type { Handover } from './handover'
import { loadSaved, SavedPanel } from '../../features/saved'
import type { SavedEstimate } from '../../features/saved'
import { decodeShare, DEFAULT_FORMS, MODE_NAMES, ShareBar, shareQuery } from '../../features/share'
import type { Forms } from '../../features/share'
import { openTool, TOOL_PAGES } from './tool-links'
import type { SubTool } from './tool-links'
import '../../components/estimate-form/index.scss'

type Banner = { kind: 'info' | 'warn'; text: string } | null

interface Props<M extends SubTool> {
  mode: M
  title: string
  children(form: Forms[M], onChange: (patch: Partial<Forms[M]>) => void): ReactNode
  /** What a hand-over (another tab's link, ?mode=childbirth) fills in. */
  handedOver?(handover: Handover): Partial<Forms[M]>
  /** The policy year to open under (PolicyYearProps): a test pins it; the app opens the newest. */
  year?: number
}

export function EstimatorToolPage<M extends SubTool>({ mode, title, children, handedOver, year: pinnedYear }: Props<M>) {
  const [region] = useRegion()
  const router = useRouter()
  const [form, setForm] = useState<Forms[M]>(DEFAULT_FORMS[mode])
  const [banner, setBanner] = useState<Banner>(null)
  const [year, setYear] = useState<number | undefined>(pinnedYear)
  const [visits, setVisits] = useState(0)
  const firstScreen = useFirstScreen()
  const update = (patch: Partial<Forms[M]>) => setForm((f) => ({ ...f, ...patch }))

  const open = (entry: { region: RegionId; year: number; form: Forms[M] }, text: string) => {
    setRegion(entry.region)
    setYear(entry.year)
    setForm(entry.form)
    setBanner({ kind: 'info', text })
  }

  // A share link, a saved estimate (?saved=id) or a hand-over (?mode=childbirth) is read once, on open.
  useEffect(() => {
    const params = (router?.params ?? {}) as Record<string, string | undefined>
    if (params.e !== undefined) {
      const decoded = decodeShare(params.e)
      if (!decoded.ok) setBanner({ kind: 'warn', text: decoded.reason })
      else if (decoded.shared.mode !== mode) openTool(decoded.shared.mode, { e: params.e })
      else {
        const { shared } = decoded
        open(
          { region: shared.region, year: shared.year, form: shared.form as Forms[M] },
          `已打开分享的测算（${REGION_NAMES[shared.region]}·${MODE_NAMES[mode]}），按${shared.year}年度政策测算。可以改动任何一项重新测算。`
        )
      }
    }
    if (params.saved !== undefined) {
      const entry = loadSaved().entries.find((e) => e.id === params.saved)
      if (entry && entry.mode === mode) reopen(entry)
      else setBanner({ kind: 'warn', text: '要打开的保存测算已不在本机（可能已删除），已按空白表单打开。' })
    }
    if (handedOver) update(handedOver(readHandover(params)))
    // Only the parameters the page was opened with count; later renders must not re-apply them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useDidShow(() => setVisits((v) => v + 1))

  const latest = useRef({ region, form, year: year ?? 0 })
  latest.current = { ...latest.current, region, form }
  const shareTitle = () => {
    const { region: r } = latest.current
    return r ? `${MODE_NAMES[mode]}报销测算（${REGION_NAMES[r]}）` : `医保通·${title}`
  }
  const currentQuery = () => {
    const { region: r, form: f, year: y } = latest.current
    return r && y ? shareQuery(r, mode, f, y) : ''
  }
  useShareAppMessage(() => {
    const q = currentQuery()
    return { title: shareTitle(), path: q ? `${TOOL_PAGES[mode]}?${q}` : TOOL_PAGES[mode] }
  })
  useShareTimeline(() => ({ title: shareTitle(), query: currentQuery() }))

  function reopen(entry: SavedEstimate) {
    if (entry.mode !== mode) {
      openTool(entry.mode, { saved: entry.id })
      return
    }
    open(
      { region: entry.region, year: entry.year, form: entry.inputs as Forms[M] },
      `已打开保存的测算“${entry.name}”（${REGION_NAMES[entry.region]}·${MODE_NAMES[mode]}），按保存时的${entry.year}年度政策测算。`
    )
  }

  return (
    <PageShell title={title} year={year}>
      {(r, pack) => {
        latest.current.year = pack.year
        return (
          <View className='estimate'>
            <BackToTab tab='estimate' name='报销测算' testId='back-to-estimate' />
            {banner ? (
              <Notice kind={banner.kind} testId='estimate-banner'>
                <View className='estimate-banner'>
                  <Text className='estimate-banner__text'>{banner.text}</Text>
                  <Button kind='link' className='estimate-banner__close' aria-label='关闭提示' onClick={() => setBanner(null)}>
                    关闭
                  </Button>
                </View>
              </Notice>
            ) : null}
            {children(form, update)}
            {firstScreen ? null : (
              <>
                <ShareBar page={TOOL_PAGES[mode]} query={() => shareQuery(r, mode, form, pack.year)} />
                <SavedPanel refresh={visits} pack={pack} mode={mode} form={form} onReopen={reopen} />
              </>
            )}
          </View>
        )
      }}
    </PageShell>
  )
}
