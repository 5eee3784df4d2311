// 本年度的住院: several stays of one medical year on the device, each stay's layers with the annual
// caps and cumulative 大病 of the year (engine estimateYear), the year's total, a chart per stay, and
// 一档/二档 over the year. The household (tier, poverty, assistance group) is the one chosen above.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { formatYuan, INPATIENT_SETTINGS, inpatientSettingLabel } from '../../engine'
import type { InpatientEstimate, YearEstimate } from '../../engine'
import { Chips } from '../../components/chips'
import { MoneyInput } from '../../components/money-input'
import { usePolicy } from '../../components/page-shell'
import { isUnpublished } from '../../policy/types'
import type { InpatientSetting, RegionId } from '../../policy/types'
import { layerFigure, RangeFigure } from '../../components/range-figure'
import { ChoiceRow } from '../../components/estimate-form'
import { TermHelp } from '../../components/term'
import { paidText, SPLIT_ONLY, splitOnly } from './share-figure'
import { PercentInput, TextField } from '../../components/field'
import type { LedgerEntry } from './year-store'
import { MAX_LABEL_LENGTH } from './year-store'

export function entryTitle(e: LedgerEntry, i: number): string {
  const kind = e.kind === 'inpatient' ? '住院' : '特殊门诊慢性病'
  return `第${i + 1}条 ${kind}${e.date ? ` · ${e.date}` : ''}${e.label ? ` · ${e.label}` : ''}`
}

export function EntryRow(props: {
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
  /** Opens 核对结算单 for this stay. */
  onSlip?(): void
}) {
  const { index, entry, estimate, info } = props
  const [confirm, setConfirm] = useState(false)
  return (
    <View className='year-ledger__entry' role='listitem' data-testid='ledger-entry'>
      <Text className='year-ledger__entry-title'>{entryTitle(entry, index)}</Text>
      {estimate ? (
        <View className='year-ledger__entry-figures'>
          <RangeFigure
            usual={estimate.outOfPocket}
            range={estimate.range}
            readings={estimate.readings}
            unknowns={estimate.unknowns}
            testId='ledger-entry-share'
            size='line'
            lead='个人负担'
            offers={{ deductible: { text: '填写这次住院的起付标准', onTap: props.onEdit }, compliantCost: { text: '填写这次的政策范围内费用', onTap: props.onEdit } }}
          />
          <Text className='year-ledger__entry-sub'>总费用 {formatYuan(estimate.total)}，报销合计 {paidText(estimate)}</Text>
          {splitOnly(estimate) ? (
            <Text className='year-ledger__entry-sub' data-testid='ledger-entry-split'>{SPLIT_ONLY}</Text>
          ) : null}
          {info?.criticalDeductibleLeft != null ? (
            <Text className='year-ledger__entry-sub' data-testid='ledger-critical-left'>
              本次之前大病保险起付标准还剩 {formatYuan(info.criticalDeductibleLeft)}
            </Text>
          ) : null}
          {info?.basicCapLeft != null ? (
            <Text className='year-ledger__entry-sub'>本次之前基本医保年度限额还剩 {formatYuan(info.basicCapLeft)}</Text>
          ) : null}
          <View role='list' aria-label='本条逐层报销'>
            {estimate.layers.map((l) => {
              const figure = layerFigure(l)
              return (
                <View key={l.id} className='year-ledger__layer' role='listitem' data-testid='ledger-layer' data-layer={l.id}>
                  {/* The entry's share already says which reading its figures follow: not repeated per layer. */}
                  <Text>{l.label}{figure.note && figure.kind !== 'readings' ? <Text className='year-ledger__entry-sub'>（{figure.note}）</Text> : null}</Text>
                  <Text className='year-ledger__layer-amount' data-testid='ledger-layer-amount'>{figure.text}</Text>
                </View>
              )
            })}
          </View>
          {estimate.warnings.length ? (
            <View className='year-ledger__warnings'>
              {estimate.warnings.map((w, i) => <Text key={i} className='year-ledger__entry-sub'>· {w}</Text>)}
            </View>
          ) : null}
        </View>
      ) : null}
      <View className='year-ledger__actions'>
        <Button kind='secondary' small data-testid='ledger-edit' onClick={props.onEdit}>修改</Button>
        {entry.kind === 'inpatient' && props.onSlip ? (
          <Button kind='secondary' small data-testid='ledger-slip' onClick={props.onSlip}>{entry.slip ? '核对结算单（已填）' : '核对结算单'}</Button>
        ) : null}
        <Button kind='secondary' small aria-label='上移' disabled={index === 0} onClick={props.onUp}>上移</Button>
        <Button kind='secondary' small aria-label='下移' disabled={props.last} onClick={props.onDown}>下移</Button>
        <Button
          kind='danger'
          small
          className={confirm ? 'estimate-confirm' : undefined}
          data-testid='ledger-remove'
          onClick={() => (confirm ? props.onRemove() : setConfirm(true))}
        >
          {confirm ? '确认删除' : '删除'}
        </Button>
      </View>
    </View>
  )
}

export function EntryForm({ entry, pooled, onChange, onSave, onCancel }: {
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
      <MoneyInput id='ledger-compliant' label='其中政策范围内费用（不清楚可不填）' value={entry.compliant} onChange={(compliant) => set({ compliant })} />
      {inpatient ? (
        <ChoiceRow id='ledger-basic-source' label='基本医保报销按什么算' hint={<TermHelp id='poolingPaid' region={pack.region} />}>
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
          <MoneyInput id='ledger-deductible' label='这家医院的起付标准（不清楚可不填）' value={entry.deductible} onChange={(deductible) => set({ deductible })} placeholder='请按医院告知的金额填写' />
          {!scalesPublished ? <PercentInput id='ledger-ratio' label='基本医保支付比例' value={entry.ratio} onChange={(ratio) => set({ ratio })} /> : null}
        </>
      ) : null}
      {inpatient && entry.basicSource === 'slip' ? (
        <MoneyInput id='ledger-basic-paid' label='结算单上的统筹基金支付' value={entry.basicPaid} onChange={(basicPaid) => set({ basicPaid })} />
      ) : null}
      {inpatient ? (
        <MoneyInput id='ledger-special-drug' label='大病保险特药费用（没有可不填）' value={entry.specialDrug} onChange={(specialDrug) => set({ specialDrug })} placeholder='没有就不填' hint={<TermHelp id='specialDrug' region={pack.region} />} />
      ) : null}
      <View className='year-ledger__actions'>
        <Button kind='primary' className='estimate-action' data-testid='ledger-save' disabled={!!dateError} onClick={() => onSave(entry)}>保存这条</Button>
        <Button kind='link' onClick={onCancel}>取消</Button>
      </View>
    </View>
  )
}
