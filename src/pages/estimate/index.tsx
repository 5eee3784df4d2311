import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { Button } from '../../components/button'
import { PageShell } from '../../components/page-shell'
import { useFirstScreen } from '../../components/first-screen'
import { Chips } from '../../components/chips'
import { Notice } from '../../components/notice'
import { inpatientSettingLabel } from '../../engine'
import type { InpatientSetting, PolicyPack } from '../../policy/types'
import { REGION_NAMES, setRegion, useRegion } from '../../services/region'
import { takePendingParams } from '../../services/device'
import { DEFAULT_FORMS, handedOverInpatientForm, MODE_NAMES, readHandover } from './form-state'
import type { Forms, Handover, Mode } from './form-state'
import { InpatientEstimator } from './inpatient'
import { OutpatientEstimator } from './outpatient'
import { MaternityEstimator } from './maternity'
import type { SavedEstimate } from './saved-estimates'
import { SavedPanel } from './saved-panel'
import { ShareBar } from './share-bar'
import { decodeShare, SHARE_PAGE, shareQuery } from './share-link'
import { YearLedger } from './year-ledger'
import { ledgerShareSuffix } from './year-share'
import './index.scss'

// A hand-over banner names the setting as the region's pack labels it, which is known only once the
// shell has the pack: it keeps the setting and is worded when rendered.
type Banner = { kind: 'info' | 'warn'; text: string } | { kind: 'info'; handedOver: InpatientSetting; cleared?: boolean } | null

function bannerText(banner: NonNullable<Banner>, pack: PolicyPack): string {
  if ('text' in banner) return banner.text
  const cleared = banner.cleared ? '之前填写的住院费用等已清空（保存的测算不受影响），' : ''
  return `已按“${inpatientSettingLabel(pack, banner.handedOver)}”填好就医类型，${cleared}请填写这次住院的费用。`
}

/** A hand-over opens a new case: show it from the top, with its banner in view. */
function scrollToTop() {
  try { if (typeof Taro.pageScrollTo === 'function') void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined) } catch { /* no scrolling API */ }
}

export default function EstimatePage() {
  const [region] = useRegion()
  const router = useRouter()
  const [mode, setMode] = useState<Mode>('inpatient')
  const [forms, setForms] = useState<Forms>(DEFAULT_FORMS)
  const [banner, setBanner] = useState<Banner>(null)
  // The policy year an opened estimate names (a share link or a saved one); otherwise the newest.
  const [year, setYear] = useState<number | undefined>(undefined)
  // Bumped each time the tab shows, so the saved list is re-read (another page may have cleared it).
  const [visits, setVisits] = useState(0)
  // The year ledger, share bar and saved list sit below the form: they follow the first screen.
  const firstScreen = useFirstScreen()

  const update = useCallback(<M extends Mode>(m: M, patch: Partial<Forms[M]>) => {
    setForms((f) => ({ ...f, [m]: { ...f[m], ...patch } }))
  }, [])

  const applyHandover = useCallback((h: Handover) => {
    if (h.mode) setMode(h.mode)
    if (h.maternitySub) update('maternity', { sub: h.maternitySub })
    if (h.setting) {
      const setting = h.setting
      // A different case: the amounts entered before are cleared, and the banner says so.
      setForms((f) => {
        const { form, cleared } = handedOverInpatientForm(f.inpatient, setting)
        setBanner({ kind: 'info', handedOver: setting, cleared })
        return { ...f, inpatient: form }
      })
      scrollToTop()
    }
  }, [update])

  // A share link (or a page link with ?mode=…) is read once, when the page opens.
  useEffect(() => {
    const params = (router?.params ?? {}) as Record<string, string | undefined>
    if (params.e !== undefined) {
      const decoded = decodeShare(params.e)
      if (decoded.ok) {
        const { shared } = decoded
        // Moments opens the page alone, maybe on a phone that never chose a region: the link's wins.
        setRegion(shared.region)
        setYear(shared.year)
        setMode(shared.mode)
        setForms((f) => ({ ...f, [shared.mode]: shared.form }))
        setBanner({
          kind: 'info',
          text: `已打开分享的测算（${REGION_NAMES[shared.region]}·${MODE_NAMES[shared.mode]}），按${shared.year}年度政策测算。可以改动任何一项重新测算。`
        })
      } else {
        setBanner({ kind: 'warn', text: decoded.reason })
      }
    }
    applyHandover(readHandover(params))
    // Only the parameters the page was opened with count; later renders must not re-apply them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Other tabs hand over { mode, setting } through switchTab, which cannot carry a query string.
  useDidShow(() => {
    setVisits((v) => v + 1)
    const pending = takePendingParams('estimate')
    if (pending) applyHandover(readHandover(pending))
  })

  // The year is the pack's, set while rendering the shell below; the share hooks read it later.
  const latest = useRef({ region, mode, forms, year: year ?? 0 })
  latest.current = { ...latest.current, region, mode, forms }
  const shareTitle = () => {
    const { region: r, mode: m } = latest.current
    return r ? `${MODE_NAMES[m]}报销测算（${REGION_NAMES[r]}）` : '医保通·报销测算'
  }
  const currentQuery = () => {
    const { region: r, mode: m, forms: f, year: y } = latest.current
    return r && y ? shareQuery(r, m, f[m], y) + (m === 'inpatient' ? ledgerShareSuffix(r, f.inpatient) : '') : ''
  }
  useShareAppMessage(() => {
    const q = currentQuery()
    return { title: shareTitle(), path: q ? `${SHARE_PAGE}?${q}` : SHARE_PAGE }
  })
  useShareTimeline(() => ({ title: shareTitle(), query: currentQuery() }))

  const reopen = (entry: SavedEstimate) => {
    setRegion(entry.region)
    setYear(entry.year)
    setMode(entry.mode)
    setForms((f) => ({ ...f, [entry.mode]: entry.inputs }))
    setBanner({
      kind: 'info',
      text: `已打开保存的测算“${entry.name}”（${REGION_NAMES[entry.region]}·${MODE_NAMES[entry.mode]}），按保存时的${entry.year}年度政策测算。`
    })
    try { if (typeof Taro.pageScrollTo === 'function') void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined) } catch { /* no scrolling API */ }
  }

  return (
    <PageShell title='报销测算' year={year}>
      {(r, pack) => {
        latest.current.year = pack.year
        return (
        <View className='estimate'>
          {banner ? (
            <Notice kind={banner.kind} testId='estimate-banner'>
              <View className='estimate-banner'>
                <Text className='estimate-banner__text'>{bannerText(banner, pack)}</Text>
                <Button kind='link' className='estimate-banner__close' aria-label='关闭提示' onClick={() => setBanner(null)}>关闭</Button>
              </View>
            </Notice>
          ) : null}
          <View className='estimate-mode'>
            <Chips<Mode>
              label='测算类型'
              testId='estimate-mode'
              value={mode}
              onChange={setMode}
              options={[
                { value: 'inpatient', text: '住院' },
                { value: 'outpatient', text: '门诊' },
                { value: 'maternity', text: '生育' }
              ]}
            />
          </View>
          {mode === 'inpatient' ? (
            <>
              <InpatientEstimator form={forms.inpatient} onChange={(p) => update('inpatient', p)} />
              {firstScreen ? null : <YearLedger region={r} household={forms.inpatient} onHousehold={(p) => update('inpatient', p)} />}
            </>
          ) : mode === 'outpatient' ? (
            <OutpatientEstimator form={forms.outpatient} onChange={(p) => update('outpatient', p)} />
          ) : (
            <MaternityEstimator form={forms.maternity} onChange={(p) => update('maternity', p)} />
          )}
          {firstScreen ? null : (
            <>
              <ShareBar query={() => shareQuery(r, mode, forms[mode], pack.year) + (mode === 'inpatient' ? ledgerShareSuffix(r, forms.inpatient) : '')} />
              <SavedPanel refresh={visits} pack={pack} mode={mode} forms={forms} onReopen={reopen} />
            </>
          )}
        </View>
        )
      }}
    </PageShell>
  )
}
