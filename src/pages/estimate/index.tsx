import { useCallback, useEffect, useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { PageShell } from '../../components/page-shell'
import { Chips } from '../../components/chips'
import { Notice } from '../../components/notice'
import type { RegionId } from '../../policy/types'
import { REGION_NAMES, setRegion, useRegion } from '../../services/region'
import { copyText, takePendingParams, toast } from '../../services/device'
import { currentPlatform } from '../../services/platform'
import { DEFAULT_FORMS, MODE_NAMES, normalizeForm, readHandover } from './form-state'
import type { Forms, Handover, Mode } from './form-state'
import { InpatientEstimator, SETTING_NAMES } from './inpatient'
import { OutpatientEstimator } from './outpatient'
import { MaternityEstimator } from './maternity'
import { addSaved, deleteSaved, loadSaved, MAX_NAME_LENGTH } from './saved-estimates'
import type { SavedEstimate } from './saved-estimates'
import { decodeShare, SHARE_PAGE, shareQuery } from './share-link'
import { TextField } from './widgets'
import { YearLedger } from './year-ledger'
import { ledgerShareSuffix } from './year-store'
import './index.scss'

type Banner = { kind: 'info' | 'warn'; text: string } | null

export default function EstimatePage() {
  const [region] = useRegion()
  const router = useRouter()
  const [mode, setMode] = useState<Mode>('inpatient')
  const [forms, setForms] = useState<Forms>(DEFAULT_FORMS)
  const [banner, setBanner] = useState<Banner>(null)
  // Bumped each time the tab shows, so the saved list is re-read (another page may have cleared it).
  const [visits, setVisits] = useState(0)

  const update = useCallback(<M extends Mode>(m: M, patch: Partial<Forms[M]>) => {
    setForms((f) => ({ ...f, [m]: { ...f[m], ...patch } }))
  }, [])

  const applyHandover = useCallback((h: Handover) => {
    if (h.mode) setMode(h.mode)
    if (h.maternitySub) update('maternity', { sub: h.maternitySub })
    if (h.setting) {
      update('inpatient', { setting: h.setting })
      setBanner({ kind: 'info', text: `已按“${SETTING_NAMES[h.setting]}”填好就医类型，请继续填写费用。` })
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
        setMode(shared.mode)
        setForms((f) => ({ ...f, [shared.mode]: shared.form }))
        setBanner({ kind: 'info', text: `已打开分享的测算（${REGION_NAMES[shared.region]}·${MODE_NAMES[shared.mode]}）。可以改动任何一项重新测算。` })
      } else {
        setBanner({ kind: 'warn', text: decoded.reason })
      }
    }
    applyHandover(readHandover(params))
    // Only the parameters the page was opened with count; later renders must not re-apply them.
  }, [])

  // Other tabs hand over { mode, setting } through switchTab, which cannot carry a query string.
  useDidShow(() => {
    setVisits((v) => v + 1)
    const pending = takePendingParams('estimate')
    if (pending) applyHandover(readHandover(pending))
  })

  const latest = useRef({ region, mode, forms })
  latest.current = { region, mode, forms }
  const shareTitle = () => {
    const { region: r, mode: m } = latest.current
    return r ? `${MODE_NAMES[m]}报销测算（${REGION_NAMES[r]}）` : '医保通·报销测算'
  }
  const currentQuery = () => {
    const { region: r, mode: m, forms: f } = latest.current
    return r ? shareQuery(r, m, f[m]) + (m === 'inpatient' ? ledgerShareSuffix(r, f.inpatient) : '') : ''
  }
  useShareAppMessage(() => {
    const q = currentQuery()
    return { title: shareTitle(), path: q ? `${SHARE_PAGE}?${q}` : SHARE_PAGE }
  })
  useShareTimeline(() => ({ title: shareTitle(), query: currentQuery() }))

  const reopen = (entry: SavedEstimate) => {
    setRegion(entry.region)
    setMode(entry.mode)
    setForms((f) => ({ ...f, [entry.mode]: entry.inputs }))
    setBanner({ kind: 'info', text: `已打开保存的测算“${entry.name}”（${REGION_NAMES[entry.region]}·${MODE_NAMES[entry.mode]}）。` })
    try { if (typeof Taro.pageScrollTo === 'function') void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined) } catch { /* no scrolling API */ }
  }

  return (
    <PageShell title='报销测算'>
      {(r) => (
        <View className='estimate'>
          {banner ? (
            <Notice kind={banner.kind} testId='estimate-banner'>
              <View className='estimate-banner'>
                <Text className='estimate-banner__text'>{banner.text}</Text>
                <Button className='estimate-link-button estimate-banner__close' aria-label='关闭提示' onClick={() => setBanner(null)}>关闭</Button>
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
              <InpatientEstimator region={r} form={forms.inpatient} onChange={(p) => update('inpatient', p)} />
              <YearLedger region={r} household={forms.inpatient} onHousehold={(p) => update('inpatient', p)} />
            </>
          ) : mode === 'outpatient' ? (
            <OutpatientEstimator region={r} form={forms.outpatient} onChange={(p) => update('outpatient', p)} />
          ) : (
            <MaternityEstimator region={r} form={forms.maternity} onChange={(p) => update('maternity', p)} />
          )}
          <ShareBar query={() => shareQuery(r, mode, forms[mode])} />
          <SavedPanel refresh={visits} region={r} mode={mode} forms={forms} onReopen={reopen} />
        </View>
      )}
    </PageShell>
  )
}

function ShareBar({ query }: { query(): string }) {
  if (currentPlatform() === 'h5') {
    const copy = async () => {
      const url = `${location.origin}${location.pathname}#${SHARE_PAGE}?${query()}`
      if (await copyText(url)) toast('链接已复制')
    }
    return (
      <View className='estimate-share'>
        <Button className='estimate-secondary-button' data-testid='copy-share-link' onClick={copy}>复制分享链接</Button>
        <Text className='estimate-share__hint'>对方打开链接，看到的是同样的输入和结果。</Text>
      </View>
    )
  }
  return (
    <View className='estimate-share'>
      <Button className='estimate-secondary-button' openType='share' data-testid='share-button'>分享给微信好友</Button>
      <Text className='estimate-share__hint'>对方打开后看到同样的输入和结果；也可以点右上角“…”分享到朋友圈。</Text>
    </View>
  )
}

function defaultName(mode: Mode, forms: Forms, region: RegionId): string {
  const total = mode === 'inpatient' ? normalizeForm('inpatient', forms.inpatient).form.total : ''
  const base = `${REGION_NAMES[region].slice(0, 2)}${MODE_NAMES[mode]}`
  return total ? `${base} 总费用${total}元` : `${base}测算`
}

function formatSavedAt(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

function SavedPanel({ refresh, region, mode, forms, onReopen }: { refresh: number; region: RegionId; mode: Mode; forms: Forms; onReopen(entry: SavedEstimate): void }) {
  const [{ entries, notice }, setList] = useState(loadSaved)
  // Re-read when the tab shows again; a notice about dropped entries stays until the page closes.
  const firstRead = useRef(true)
  useEffect(() => {
    if (firstRead.current) {
      firstRead.current = false
      return
    }
    const fresh = loadSaved()
    setList((prev) => ({ entries: fresh.entries, notice: fresh.notice ?? prev.notice }))
  }, [refresh])
  const [name, setName] = useState('')
  const [message, setMessage] = useState<{ kind: 'info' | 'warn'; text: string } | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)

  const save = () => {
    const { form, invalid } = normalizeForm(mode, forms[mode])
    if (invalid.length) {
      setMessage({ kind: 'warn', text: '有输入无法识别，请先改正标出的输入再保存。' })
      return
    }
    const outcome = addSaved(name.trim() || defaultName(mode, forms, region), region, mode, form)
    if (!outcome.ok) {
      setMessage({ kind: 'warn', text: outcome.message })
      return
    }
    setList((prev) => ({ entries: outcome.entries, notice: prev.notice }))
    setName('')
    setMessage({ kind: 'info', text: `已保存“${outcome.entry.name}”，只存在本机。` })
  }

  const remove = (entry: SavedEstimate) => {
    if (confirming !== entry.id) {
      setConfirming(entry.id)
      return
    }
    const result = deleteSaved(entry.id)
    setConfirming(null)
    setList((prev) => ({ entries: result.entries, notice: prev.notice }))
    setMessage(result.ok ? { kind: 'info', text: `已删除“${entry.name}”。` } : { kind: 'warn', text: '删除失败：本机存储不可用' })
  }

  return (
    <View className='estimate-saved' data-testid='saved-panel'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>保存在本机的测算</Text>
      {notice ? <Notice kind='warn' testId='saved-notice'>{notice}</Notice> : null}
      <View className='estimate-saved__form'>
        <TextField
          id='saved-name'
          label='给这次测算起个名字'
          value={name}
          onChange={setName}
          maxlength={MAX_NAME_LENGTH}
          placeholder={defaultName(mode, forms, region)}
          hint='不填就用灰色的名字。保存的是当前这一类（住院/门诊/生育）的输入。'
        />
        <Button className='estimate-primary-button' data-testid='save-estimate' onClick={save}>保存测算</Button>
      </View>
      {message ? <Notice kind={message.kind} testId='saved-message'>{message.text}</Notice> : null}
      {entries.length === 0 ? (
        <Text className='estimate-saved__empty' data-testid='saved-empty'>还没有保存的测算。</Text>
      ) : (
        <View className='estimate-saved__list' role='list'>
          {entries.map((e) => (
            <View key={e.id} className='estimate-saved__item' role='listitem' data-testid='saved-item'>
              <View className='estimate-saved__main'>
                <Text className='estimate-saved__name'>{e.name}</Text>
                <Text className='estimate-saved__meta'>{REGION_NAMES[e.region]} · {MODE_NAMES[e.mode]} · 保存于 {formatSavedAt(e.savedAt)}</Text>
              </View>
              <View className='estimate-saved__actions'>
                <Button className='estimate-small-button' data-testid='saved-open' aria-label={`打开 ${e.name}`} onClick={() => { setConfirming(null); onReopen(e) }}>打开</Button>
                <Button
                  className={`estimate-small-button estimate-small-button--danger${confirming === e.id ? ' estimate-small-button--confirm' : ''}`}
                  data-testid='saved-delete'
                  aria-label={confirming === e.id ? `确认删除 ${e.name}` : `删除 ${e.name}`}
                  onClick={() => remove(e)}
                >
                  {confirming === e.id ? '确认删除' : '删除'}
                </Button>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
