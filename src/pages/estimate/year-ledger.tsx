// 本年度的住院: several stays of one medical year on the device, each stay's layers with the annual
// caps and cumulative 大病 of the year (engine estimateYear), the year's total, a chart per stay, and
// 一档/二档 over the year. The household (tier, poverty, assistance group) is the one chosen above.
import { useEffect, useMemo, useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Decimal from 'decimal.js'
import { attempt, estimateYear, formatYuan, INPATIENT_SETTINGS, inpatientSettingLabel, LAYER_LABELS, LAYER_ORDER } from '../../engine'
import type { InpatientEstimate, YearEstimate, YearInput } from '../../engine'
import { BreakdownBar } from '../../components/breakdown-bar'
import { AssistanceDecisionTool } from '../../components/date-tool/tools'
import type { BreakdownSegment } from '../../components/breakdown-bar'
import { Chips } from '../../components/chips'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { usePolicy } from '../../components/page-shell'
import { isPublished, isUnpublished } from '../../policy/types'
import type { InpatientSetting, RegionId } from '../../policy/types'
import { copyText, toast } from '../../services/device'
import { setRegion } from '../../services/region'
import { currentPlatform } from '../../services/platform'
import { SHARE_PAGE } from './share-link'
import { ChoiceRow, PercentInput, TextField, Toggle } from './widgets'
import './year-ledger.scss'
import type { DecodedLedger, Household, Ledger, LedgerEntry } from './year-store'
import {
  decodeLedger,
  encodeLedger,
  ledgerInput,
  loadLedger,
  MAX_LABEL_LENGTH,
  MAX_LEDGER_ENTRIES,
  newEntry,
  PRIOR_FIELDS,
  PRIOR_LABELS,
  saveLedger
} from './year-store'

interface Props {
  region: RegionId
  household: Household
  /** Sets the household chosen above (a shared ledger brings its own). */
  onHousehold(patch: Pick<Household, 'tier' | 'poverty' | 'assistance'>): void
}

type View_ = 'stays' | 'year'

export function YearLedger({ region, household, onHousehold }: Props) {
  const router = useRouter()
  const [{ ledger, notice }, setState] = useState(() => loadLedger(region))
  const [shared, setShared] = useState<string | null>(null)
  const [editing, setEditing] = useState<LedgerEntry | null>(null)
  const [view, setView] = useState<View_>('stays')

  // A share link with y=… opens the shared year (switching to its region first, as the estimate
  // share link does); it is saved on this device only when the user says so.
  const pending = useRef<DecodedLedger | null>(null)
  const applyShared = (d: Extract<DecodedLedger, { ok: true }>) => {
    setState({ ledger: d.ledger })
    const { tier, poverty, assistance } = d.household
    onHousehold({ tier, poverty, assistance })
    setShared('已打开分享的本年度住院记录。如要保留在本机，请点“保存到本机”。')
  }
  useEffect(() => {
    const p = pending.current
    if (p && p.ok && p.region === region) {
      pending.current = null
      applyShared(p)
      return
    }
    setState(loadLedger(region))
    // Re-read only when the region changes; applyShared is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region])
  useEffect(() => {
    const code = (router?.params as Record<string, string | undefined> | undefined)?.y
    if (code === undefined) return
    const decoded = decodeLedger(code)
    if (!decoded.ok) {
      setShared(decoded.reason)
      return
    }
    if (decoded.region === region) applyShared(decoded)
    else {
      pending.current = decoded
      setRegion(decoded.region)
    }
    // Only the link the page was opened with counts; later renders must not re-apply it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const update = (next: Ledger) => {
    setState({ ledger: next })
    if (shared === null && !saveLedger(region, next)) toast('保存失败：本机存储不可用')
  }

  const { year } = usePolicy()
  const input = useMemo(() => ledgerInput(region, household, ledger, year), [region, household, ledger, year])
  const result = useMemo(() => {
    if (!input.ok || ledger.entries.length === 0) return null
    return attempt(() => estimateYear(input.input))
  }, [input, ledger.entries.length])

  const move = (i: number, by: number) => {
    const entries = [...ledger.entries]
    const [e] = entries.splice(i, 1)
    entries.splice(i + by, 0, e)
    update({ ...ledger, entries })
  }
  const remove = (id: string) => update({ ...ledger, entries: ledger.entries.filter((e) => e.id !== id) })
  const commit = (entry: LedgerEntry) => {
    const exists = ledger.entries.some((e) => e.id === entry.id)
    update({ ...ledger, entries: exists ? ledger.entries.map((e) => (e.id === entry.id ? entry : e)) : [...ledger.entries, entry] })
    setEditing(null)
  }
  const shareUrl = () => `${window.location.origin}${window.location.pathname}#${SHARE_PAGE}?y=${encodeLedger(region, household, ledger)}`

  const pack = usePolicy()
  const pooled = pack.outpatient.chronic.special !== undefined

  return (
    <View className='year-ledger' data-testid='year-ledger'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>本年度的住院</Text>
      <Text className='year-ledger__intro'>
        一年中住院不止一次时，年度最高支付限额、大病保险起付标准和各项救助限额都按全年累计：第二次住院不再重复扣大病保险的起付标准。按住院先后添加，下面按全年计算每次的报销。
      </Text>
      {notice ? <Notice kind='warn' testId='ledger-notice'>{notice}</Notice> : null}
      {shared ? (
        <Notice kind='info' testId='ledger-shared'>
          <Text>{shared}</Text>
          {shared.startsWith('已打开') ? (
            <Button className='estimate-small-button' data-testid='ledger-keep' onClick={() => { setShared(null); saveLedger(region, ledger); toast('已保存到本机') }}>保存到本机</Button>
          ) : null}
        </Notice>
      ) : null}

      {ledger.entries.length === 0 ? <Text className='year-ledger__empty' data-testid='ledger-empty'>还没有记录。</Text> : null}
      <View role='list' aria-label='本年度的住院记录'>
        {ledger.entries.map((e, i) => (
          <EntryRow
            key={e.id}
            index={i}
            entry={e}
            region={region}
            estimate={result?.ok ? result.value.stays[i] : undefined}
            info={result?.ok ? result.value.year.entries[i] : undefined}
            last={i === ledger.entries.length - 1}
            onEdit={() => setEditing({ ...e })}
            onUp={() => move(i, -1)}
            onDown={() => move(i, 1)}
            onRemove={() => remove(e.id)}
          />
        ))}
      </View>

      {editing ? (
        <EntryForm region={region} entry={editing} pooled={pooled} onChange={setEditing} onSave={commit} onCancel={() => setEditing(null)} />
      ) : (
        <View className='year-ledger__add'>
          <Button
            className='estimate-secondary-button'
            data-testid='ledger-add'
            disabled={ledger.entries.length >= MAX_LEDGER_ENTRIES ? true : undefined}
            onClick={() => setEditing(newEntry())}
          >
            添加一次住院
          </Button>
          {pooled ? (
            <Button className='estimate-link-button' data-testid='ledger-add-chronic' onClick={() => setEditing(newEntry('specialChronicOutpatient'))}>
              添加特殊门诊慢性病费用
            </Button>
          ) : null}
        </View>
      )}

      <View className='year-ledger__prior'>
        <Toggle
          label='本年度此前已报销过（只有结算单合计时填这里）'
          checked={ledger.usePrior}
          testId='ledger-prior'
          onChange={(usePrior) => update({ ...ledger, usePrior })}
        />
        {ledger.usePrior ? (
          <View className='year-ledger__prior-fields'>
            {PRIOR_FIELDS.map((f) => (
              <MoneyInput
                key={f}
                id={`ledger-prior-${f}`}
                label={PRIOR_LABELS[f]}
                value={ledger.prior[f]}
                placeholder='没有就不填'
                onChange={(text) => update({ ...ledger, prior: { ...ledger.prior, [f]: text } })}
              />
            ))}
          </View>
        ) : null}
      </View>

      {ledger.entries.length > 0 && !input.ok ? <Notice kind='info' testId='ledger-status'>{input.message}</Notice> : null}
      {result && !result.ok ? <Notice kind='warn' testId='ledger-status'>{result.message}</Notice> : null}
      {result?.ok ? <YearResult region={region} year={result.value} input={input.ok ? input.input : undefined} view={view} onView={setView} /> : null}

      {ledger.entries.length > 0 ? (
        <View className='estimate-share'>
          {currentPlatform() === 'h5' ? (
            <Button className='estimate-secondary-button' data-testid='ledger-share' onClick={async () => { if (await copyText(shareUrl())) toast('链接已复制') }}>
              复制本年度住院的分享链接
            </Button>
          ) : (
            <Button className='estimate-secondary-button' openType='share' data-testid='ledger-share'>分享本年度住院给微信好友</Button>
          )}
          <Text className='estimate-share__hint'>分享的是金额和日期，不含医院名称。</Text>
        </View>
      ) : null}
      <AssistanceDecisionTool pack={pack} />
    </View>
  )
}

function entryTitle(e: LedgerEntry, i: number): string {
  const kind = e.kind === 'inpatient' ? '住院' : '特殊门诊慢性病'
  return `第${i + 1}条 ${kind}${e.date ? ` · ${e.date}` : ''}${e.label ? ` · ${e.label}` : ''}`
}

function EntryRow(props: {
  index: number
  entry: LedgerEntry
  region: RegionId
  estimate?: InpatientEstimate
  info?: YearEstimate['year']['entries'][number]
  last: boolean
  onEdit(): void
  onUp(): void
  onDown(): void
  onRemove(): void
}) {
  const { index, entry, estimate, info } = props
  const [confirm, setConfirm] = useState(false)
  return (
    <View className='year-ledger__entry' role='listitem' data-testid='ledger-entry'>
      <Text className='year-ledger__entry-title'>{entryTitle(entry, index)}</Text>
      {estimate ? (
        <View className='year-ledger__entry-figures'>
          <Text data-testid='ledger-entry-share'>个人负担 {formatYuan(estimate.outOfPocket)}{estimate.outOfPocketBound ? '（至少）' : ''}</Text>
          <Text className='year-ledger__entry-sub'>总费用 {formatYuan(estimate.total)}，报销合计 {formatYuan(estimate.paid)}</Text>
          {info?.criticalDeductibleLeft != null ? (
            <Text className='year-ledger__entry-sub' data-testid='ledger-critical-left'>
              本次之前大病保险起付标准还剩 {formatYuan(info.criticalDeductibleLeft)}
            </Text>
          ) : null}
          {info?.basicCapLeft != null ? (
            <Text className='year-ledger__entry-sub'>本次之前基本医保年度限额还剩 {formatYuan(info.basicCapLeft)}</Text>
          ) : null}
          <View role='list' aria-label='本条逐层报销'>
            {estimate.layers.map((l) => (
              <View key={l.id} className='year-ledger__layer' role='listitem' data-testid='ledger-layer' data-layer={l.id}>
                <Text>{l.label}</Text>
                <Text className='year-ledger__layer-amount'>
                  {l.amount === null ? (l.status === 'notComputable' ? '无法测算' : '未公布') : `${l.bound ? '最多 ' : ''}${formatYuan(l.amount)}`}
                </Text>
              </View>
            ))}
          </View>
          {estimate.warnings.length ? (
            <View className='year-ledger__warnings'>
              {estimate.warnings.map((w, i) => <Text key={i} className='year-ledger__entry-sub'>· {w}</Text>)}
            </View>
          ) : null}
        </View>
      ) : null}
      <View className='year-ledger__actions'>
        <Button className='estimate-small-button' data-testid='ledger-edit' onClick={props.onEdit}>修改</Button>
        <Button className='estimate-small-button' aria-label='上移' disabled={index === 0 ? true : undefined} onClick={props.onUp}>上移</Button>
        <Button className='estimate-small-button' aria-label='下移' disabled={props.last ? true : undefined} onClick={props.onDown}>下移</Button>
        <Button
          className={`estimate-small-button estimate-small-button--danger${confirm ? ' estimate-small-button--confirm' : ''}`}
          data-testid='ledger-remove'
          onClick={() => (confirm ? props.onRemove() : setConfirm(true))}
        >
          {confirm ? '确认删除' : '删除'}
        </Button>
      </View>
    </View>
  )
}

function EntryForm({ entry, pooled, onChange, onSave, onCancel }: {
  region: RegionId
  entry: LedgerEntry
  pooled: boolean
  onChange(e: LedgerEntry): void
  onSave(e: LedgerEntry): void
  onCancel(): void
}) {
  const pack = usePolicy()
  const set = (patch: Partial<LedgerEntry>) => onChange({ ...entry, ...patch })
  const inpatient = entry.kind === 'inpatient'
  const scalesPublished = !isUnpublished(pack.inpatient.tiers[1].scaleByLevel)
  const dateError = entry.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? '请按“2020-03-02”的格式填写' : null
  return (
    <View className='year-ledger__form' role='form' aria-label='住院记录' data-testid='ledger-form'>
      <Text className='year-ledger__form-title'>{inpatient ? '一次住院' : '特殊门诊慢性病费用（与住院合并计算）'}</Text>
      <TextField id='ledger-date' label='日期（可不填）' value={entry.date} onChange={(date) => set({ date: date.trim() })} placeholder='例如 2020-03-02' maxlength={10} error={dateError} />
      <TextField id='ledger-label' label='医院（可不填，只存在本机）' value={entry.label} onChange={(label) => set({ label })} maxlength={MAX_LABEL_LENGTH} />
      <ChoiceRow id='ledger-level' label={scalesPublished ? '医院级别' : '医院级别（可不选）'}>
        <Chips<LedgerEntry['level']>
          label='医院级别'
          testId='ledger-level'
          value={entry.level}
          onChange={(level) => set({ level })}
          options={[{ value: '1', text: '一级医院' }, { value: '2', text: '二级医院' }, { value: '3', text: '三级医院' }]}
        />
      </ChoiceRow>
      {inpatient ? (
        <ChoiceRow id='ledger-setting' label='就医类型'>
          <Chips<InpatientSetting>
            label='就医类型'
            testId='ledger-setting'
            value={entry.setting}
            onChange={(setting) => set({ setting })}
            options={INPATIENT_SETTINGS.map((value) => ({ value, text: inpatientSettingLabel(pack, value) }))}
          />
        </ChoiceRow>
      ) : null}
      <MoneyInput id='ledger-total' label={inpatient ? '住院总费用' : '门诊费用'} value={entry.total} onChange={(total) => set({ total })} />
      <MoneyInput id='ledger-compliant' label='其中政策范围内费用' value={entry.compliant} onChange={(compliant) => set({ compliant })} />
      {inpatient ? (
        <ChoiceRow id='ledger-basic-source' label='基本医保报销按什么算'>
          <Chips<LedgerEntry['basicSource']>
            label='基本医保报销按什么算'
            testId='ledger-basic-source'
            value={entry.basicSource}
            onChange={(basicSource) => set({ basicSource })}
            options={[{ value: 'rule', text: '按起付标准测算' }, { value: 'slip', text: '填结算单上的统筹基金支付' }]}
          />
        </ChoiceRow>
      ) : (
        <Text className='year-ledger__entry-sub'>起付标准按每人每年{pooled && pack.outpatient.chronic.special ? pack.outpatient.chronic.special.deductible.value : ''}元计算，超过部分按住院报销比例。</Text>
      )}
      {inpatient && entry.basicSource === 'rule' ? (
        <>
          <MoneyInput id='ledger-deductible' label='这家医院的起付标准' value={entry.deductible} onChange={(deductible) => set({ deductible })} placeholder='请按医院告知的金额填写' />
          {!scalesPublished ? <PercentInput id='ledger-ratio' label='基本医保支付比例' value={entry.ratio} onChange={(ratio) => set({ ratio })} /> : null}
        </>
      ) : null}
      {inpatient && entry.basicSource === 'slip' ? (
        <MoneyInput id='ledger-basic-paid' label='结算单上的统筹基金支付' value={entry.basicPaid} onChange={(basicPaid) => set({ basicPaid })} />
      ) : null}
      {inpatient ? (
        <MoneyInput id='ledger-special-drug' label='大病保险特药费用（没有可不填）' value={entry.specialDrug} onChange={(specialDrug) => set({ specialDrug })} placeholder='没有就不填' />
      ) : null}
      <View className='year-ledger__actions'>
        <Button className='estimate-primary-button' data-testid='ledger-save' disabled={dateError ? true : undefined} onClick={() => onSave(entry)}>保存这条</Button>
        <Button className='estimate-link-button' onClick={onCancel}>取消</Button>
      </View>
    </View>
  )
}

function segments(estimate: { layers: InpatientEstimate['layers']; outOfPocket: string }): BreakdownSegment[] {
  const out: BreakdownSegment[] = estimate.layers
    .filter((l) => l.amount !== null)
    .map((l) => ({ key: l.id, label: LAYER_LABELS[l.id], amount: l.amount as string, tone: LAYER_ORDER.indexOf(l.id) }))
  out.push({ key: 'patient', label: '个人负担', amount: estimate.outOfPocket, patient: true })
  return out
}

function YearResult({ region, year, input, view, onView }: { region: RegionId; year: YearEstimate; input?: YearInput; view: View_; onView(v: View_): void }) {
  const y = year.year
  const waiver = y.hospitalWaiverReadings
  const waiverDiffers = waiver && waiver.readings[0].value.total !== waiver.readings[1].value.total
  return (
    <View className='year-ledger__result' data-testid='ledger-year'>
      <Text className='estimate-result__label'>本年度个人负担合计{y.outOfPocketBound ? '（至少）' : ''}</Text>
      <Text className='estimate-result__figure key-figure' data-testid='ledger-year-share'>{formatYuan(y.outOfPocket)}</Text>
      <Text className='estimate-result__sub' data-testid='ledger-year-sub'>
        {year.stays.length}条记录，总费用 {formatYuan(y.total)}，各项报销合计 {formatYuan(y.paid)}
      </Text>
      {waiverDiffers && waiver ? (
        <Notice kind='info' testId='ledger-waiver-readings'>
          {waiver.reason}：{waiver.readings.map((r) => `${r.label}，减免${formatYuan(r.value.total)}、个人负担${formatYuan(r.value.outOfPocket)}`).join('；')}。上面的合计按第一种。
        </Notice>
      ) : null}
      {y.warnings.map((w, i) => <Notice key={i} kind='warn'>{w}</Notice>)}
      <Chips<View_>
        label='图表'
        testId='ledger-view'
        value={view}
        onChange={onView}
        options={[{ value: 'stays', text: '按每次' }, { value: 'year', text: '全年合计' }]}
      />
      {view === 'year' ? (
        <BreakdownBar segments={segments(y)} total={y.total} format={formatYuan} title='全年谁付多少' />
      ) : (
        year.stays.map((s, i) => (
          <BreakdownBar key={i} segments={segments(s)} total={s.total} format={formatYuan} title={`第${i + 1}条 谁付多少`} />
        ))
      )}
      {input ? <YearTierComparison region={region} input={input} /> : null}
      <Text className='estimate-disclaimer'>按全年累计测算，仅供参考，实际以医保经办机构结算为准。</Text>
    </View>
  )
}

/** 一档 against 二档 over the whole year (Weihai publishes both tiers' ratios and caps). */
function YearTierComparison({ input }: { region: RegionId; input: YearInput }) {
  const pack = usePolicy()
  if (isUnpublished(pack.inpatient.tiers[1].scaleByLevel) || input.stays.length < 2) return null
  const run = (tier: 1 | 2) => attempt(() => estimateYear({ ...input, tier }))
  const one = run(1)
  const two = run(2)
  if (!one.ok || !two.ok) return null
  const basic = (y: YearEstimate) => y.year.layers.find((l) => l.id === 'basic')?.amount ?? '0.00'
  const rates = pack.residentContribution.rates
  const diff = isPublished(rates.adultTier1) && isPublished(rates.adultTier2) ? new Decimal(rates.adultTier2.value).minus(rates.adultTier1.value).toFixed() : null
  return (
    <View className='estimate-tiers' data-testid='ledger-tiers'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>一档还是二档？按全年的住院比一比</Text>
      <Text className='year-ledger__entry-sub'>
        全年基本医保报销：一档 {formatYuan(basic(one.value))}，二档 {formatYuan(basic(two.value))}；全年个人负担：一档 {formatYuan(one.value.year.outOfPocket)}，二档 {formatYuan(two.value.year.outOfPocket)}。
        {diff !== null ? `二档每位成年人每年多交${diff}元。` : ''}
      </Text>
    </View>
  )
}

