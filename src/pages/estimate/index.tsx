import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { Button } from '../../components/button'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { useFirstScreen } from '../../components/first-screen'
import { Notice } from '../../components/notice'
import { ToolLinks } from '../../components/tool-links'
import { inpatientSettingLabel } from '../../engine'
import type { InpatientInput } from '../../engine'
import type { InpatientSetting, PolicyPack } from '../../policy/types'
import { REGION_NAMES, setRegion, useRegion } from '../../services/region'
import { takePendingParams } from '../../services/device'
import { handedOverInpatientForm, readHandover } from './handover'
import type { Handover } from './handover'
import { InpatientEstimator } from '../../features/stay/view'
import type { InpatientForm } from '../../features/stay'
import { loadSaved, SavedPanel } from '../../features/saved'
import type { SavedEstimate } from '../../features/saved'
import { decodeShare, DEFAULT_FORMS, MODE_NAMES, SHARE_PAGE, ShareBar, shareQuery } from '../../features/share'
import { isSubTool, openTool } from './tool-links'
import type { SubTool } from './tool-links'
import { entryOfStay, ledgerShareSuffix, loadLedger, newEntry, withinYear } from '../../features/year'
import { YearLedger } from '../../features/year/view'
import type { Ledger, LedgerEntry } from '../../features/year'
import './index.scss'

// A hand-over banner names the setting as the region's pack labels it, which is known only once the
// shell has the pack: it keeps the setting and is worded when rendered.
type Banner = { kind: 'info' | 'warn'; text: string } | { kind: 'info'; handedOver: InpatientSetting; cleared?: boolean } | null

function bannerText(banner: NonNullable<Banner>, pack: PolicyPack): string {
  if ('text' in banner) return banner.text
  const cleared = banner.cleared ? '之前填写的住院费用等已清空（保存的测算不受影响），' : ''
  return `已按“${inpatientSettingLabel(pack, banner.handedOver)}”填好就医类型，${cleared}请填写这次住院的费用。`
}

/** The other estimators, each a subpackage page: what they answer, in the words a resident uses. */
const SUB_TOOLS: { mode: SubTool; name: string; what: string }[] = [
  { mode: 'outpatient', name: '门诊报销测算', what: '普通门诊、门诊慢性病、门诊救助' },
  { mode: 'maternity', name: '生育测算', what: '生育津贴和产假天数、住院分娩报销、生育医疗费' }
]

/** Where a Moments post cannot navigate: how to reach the estimator a link or hand-over names. */
function openElsewhereText(mode: SubTool, what: string): string {
  return `这是${what}（${MODE_NAMES[mode]}）。请点屏幕下方的“前往小程序”，在小程序里打开。`
}

/** A hand-over opens a new case: show it from the top, with its banner in view. */
function scrollToTop() {
  try {
    if (typeof Taro.pageScrollTo === 'function')
      void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
  } catch {
    /* no scrolling API */
  }
}

export default function EstimatePage({ year: pinnedYear }: PolicyYearProps = {}) {
  const [region] = useRegion()
  const router = useRouter()
  const [form, setForm] = useState<InpatientForm>(DEFAULT_FORMS.inpatient)
  const [banner, setBanner] = useState<Banner>(null)
  // The policy year an opened estimate names (a share link or a saved one); otherwise the newest.
  const [year, setYear] = useState<number | undefined>(pinnedYear)
  // Bumped each time the tab shows, so the saved list is re-read (another page may have cleared it).
  const [visits, setVisits] = useState(0)
  // The year ledger, share bar and saved list sit below the form: they follow the first screen.
  const firstScreen = useFirstScreen()

  const update = useCallback((patch: Partial<InpatientForm>) => setForm((f) => ({ ...f, ...patch })), [])
  // The year ledger as shown below (a shared one included): the estimator's earlier stays. Until the
  // ledger has rendered (the first screen), the device's.
  const [shownLedger, setShownLedger] = useState<{ region: string; ledger: Ledger } | null>(null)
  const onLedger = useCallback((ledger: Ledger) => setShownLedger(region ? { region, ledger } : null), [region])
  const ledger = useMemo(
    () => (region ? (shownLedger && shownLedger.region === region ? shownLedger.ledger : loadLedger(region).ledger) : null),
    [region, shownLedger]
  )
  // This stay after the ledger's earlier stays: the year feature computes it for the estimator.
  const stayWithinYear = useCallback(
    (pack: PolicyPack, f: InpatientForm, input: InpatientInput) => withinYear(pack, f, ledger ?? loadLedger(pack.region).ledger, input),
    [ledger]
  )
  const [record, setRecord] = useState<{ entry: LedgerEntry; n: number } | undefined>(undefined)
  const recordStay = useCallback(() => setRecord((r) => ({ entry: entryOfStay(form, newEntry()), n: (r?.n ?? 0) + 1 })), [form])

  // `raw` is what was handed over: 门诊 and 生育 read it again on their own page (e.g. mode=childbirth).
  const applyHandover = useCallback((h: Handover, raw: Record<string, string | undefined>) => {
    if (isSubTool(h.mode)) {
      if (!openTool(h.mode, { mode: raw.mode ?? h.mode })) setBanner({ kind: 'info', text: openElsewhereText(h.mode, '要打开的测算') })
      return
    }
    if (h.setting) {
      const setting = h.setting
      // A different case: the amounts entered before are cleared, and the banner says so.
      setForm((f) => {
        const { form: fresh, cleared } = handedOverInpatientForm(f, setting)
        setBanner({ kind: 'info', handedOver: setting, cleared })
        return fresh
      })
      scrollToTop()
    }
  }, [])

  // A share link (or a page link with ?mode=…) is read once, when the page opens.
  useEffect(() => {
    const params = (router?.params ?? {}) as Record<string, string | undefined>
    if (params.e !== undefined) {
      const decoded = decodeShare(params.e)
      if (decoded.ok && isSubTool(decoded.shared.mode)) {
        // Shared when 门诊 and 生育 were modes of this tab: their page opens the same code.
        const { mode } = decoded.shared
        if (!openTool(mode, { e: params.e })) setBanner({ kind: 'info', text: openElsewhereText(mode, '一条分享的测算') })
      } else if (decoded.ok && decoded.shared.mode === 'inpatient') {
        const { shared } = decoded
        // Moments opens the page alone, maybe on a phone that never chose a region: the link's wins.
        setRegion(shared.region)
        setYear(shared.year)
        setForm(shared.form)
        setBanner({
          kind: 'info',
          text: `已打开分享的测算（${REGION_NAMES[shared.region]}·${MODE_NAMES.inpatient}），按${shared.year}年度政策测算。可以改动任何一项重新测算。`
        })
      } else if (!decoded.ok) {
        setBanner({ kind: 'warn', text: decoded.reason })
      }
    }
    applyHandover(readHandover(params), params)
    // Only the parameters the page was opened with count; later renders must not re-apply them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Other tabs hand over { mode, setting } through switchTab, which cannot carry a query string; so
  // do the 门诊 and 生育 pages when a saved 住院 estimate is opened there ({ saved: id }).
  useDidShow(() => {
    setVisits((v) => v + 1)
    const pending = takePendingParams('estimate')
    if (!pending) return
    const saved = pending.saved === undefined ? undefined : loadSaved().entries.find((e) => e.id === pending.saved)
    if (saved) reopen(saved)
    else applyHandover(readHandover(pending), pending)
  })

  // The year is the pack's, set while rendering the shell below; the share hooks read it later.
  const latest = useRef({ region, form, year: year ?? 0 })
  latest.current = { ...latest.current, region, form }
  const shareTitle = () => {
    const { region: r } = latest.current
    return r ? `${MODE_NAMES.inpatient}报销测算（${REGION_NAMES[r]}）` : '医保通·报销测算'
  }
  const currentQuery = () => {
    const { region: r, form: f, year: y } = latest.current
    return r && y ? shareQuery(r, 'inpatient', f, y) + ledgerShareSuffix(r, f) : ''
  }
  useShareAppMessage(() => {
    const q = currentQuery()
    return { title: shareTitle(), path: q ? `${SHARE_PAGE}?${q}` : SHARE_PAGE }
  })
  useShareTimeline(() => ({ title: shareTitle(), query: currentQuery() }))

  function reopen(entry: SavedEstimate) {
    if (entry.mode !== 'inpatient') {
      openTool(entry.mode, { saved: entry.id })
      return
    }
    setRegion(entry.region)
    setYear(entry.year)
    setForm(entry.inputs)
    setBanner({
      kind: 'info',
      text: `已打开保存的测算“${entry.name}”（${REGION_NAMES[entry.region]}·${MODE_NAMES.inpatient}），按保存时的${entry.year}年度政策测算。`
    })
    try {
      if (typeof Taro.pageScrollTo === 'function') void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
    } catch {
      /* no scrolling API */
    }
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
                  <Button kind='link' className='estimate-banner__close' aria-label='关闭提示' onClick={() => setBanner(null)}>
                    关闭
                  </Button>
                </View>
              </Notice>
            ) : null}
            <ToolLinks
              title='本页测算住院报销。门诊、生育在这里测算：'
              testId='estimate-tools'
              links={SUB_TOOLS.map((t) => ({ name: t.name, what: t.what, testId: `open-${t.mode}`, onOpen: () => openTool(t.mode) }))}
            />
            <InpatientEstimator form={form} onChange={update} withinYear={stayWithinYear} onRecord={firstScreen ? undefined : recordStay} />
            {firstScreen ? null : <YearLedger region={r} household={form} onHousehold={update} onLedger={onLedger} record={record} />}
            {firstScreen ? null : (
              <>
                <ShareBar query={() => shareQuery(r, 'inpatient', form, pack.year) + ledgerShareSuffix(r, form)} />
                <SavedPanel refresh={visits} pack={pack} mode='inpatient' form={form} onReopen={reopen} />
              </>
            )}
          </View>
        )
      }}
    </PageShell>
  )
}
