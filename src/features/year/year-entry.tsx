// 本年度的住院: several stays of one medical year on the device, each stay's layers with the annual
// caps and cumulative 大病 of the year (engine estimateYear), the year's total, a chart per stay, and
// 一档/二档 over the year. The household (tier, poverty, assistance group) is the one chosen above.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { describeSpecialChronicEntry, formatYuan, INPATIENT_SETTINGS, inpatientSettingLabel } from '../../engine'
import type { InpatientEstimate, YearEstimate } from '../../engine'
import { Chips } from '../../components/chips'
import { MoneyInput, readMoney } from '../../components/money-input'
import { usePolicy } from '../../components/page-shell'
import { isUnpublished } from '../../policy/types'
import type { InpatientSetting, RegionId } from '../../policy/types'
import { layerFigure, RangeFigure } from '../../components/range-figure'
import { ChoiceRow } from '../../components/estimate-form'
import { TermHelp } from '../../components/term'
import { paidText, readStay, SPLIT_ONLY, splitOnly, STAY_FIELDS } from '../stay'
import { DateField, PercentInput, TextField } from '../../components/field'
import { readDate } from '../../components/field/reading'
import { Notice } from '../../components/notice'
import type { LedgerEntry } from './year-store'
import { entryContext, entryTitle, MAX_LABEL_LENGTH } from './year-store'
import type { StayField } from '../stay'

export function EntryRow(props: {
  index: number
  entry: LedgerEntry
  region: RegionId
  estimate?: InpatientEstimate
  info?: YearEstimate['year']['entries'][number]
  last: boolean
  /** The ledger holds only this entry: nothing to move it past. */
  only?: boolean
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
            readingsNotAllCombined={estimate.readingsNotAllCombined === true}
            size='line'
            lead='个人负担'
            offers={{
              deductible: { text: '填写这次住院的起付标准', onTap: props.onEdit },
              compliantCost: { text: '填写这次的政策范围内费用', onTap: props.onEdit }
            }}
          />
          <Text className='year-ledger__entry-sub'>
            总费用 {formatYuan(estimate.total)}，报销合计 {paidText(estimate)}
          </Text>
          {splitOnly(estimate) ? (
            <Text className='year-ledger__entry-sub' data-testid='ledger-entry-split'>
              {SPLIT_ONLY}
            </Text>
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
                  <Text>
                    {l.label}
                    {figure.note && figure.kind !== 'readings' ? <Text className='year-ledger__entry-sub'>（{figure.note}）</Text> : null}
                  </Text>
                  <Text className='year-ledger__layer-amount' data-testid='ledger-layer-amount'>
                    {figure.text}
                  </Text>
                </View>
              )
            })}
          </View>
          {estimate.warnings.length ? (
            <View className='year-ledger__warnings'>
              {estimate.warnings.map((w, i) => (
                <Text key={i} className='year-ledger__entry-sub'>
                  · {w}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
      <View className='year-ledger__actions'>
        <Button kind='secondary' small data-testid='ledger-edit' onClick={props.onEdit}>
          修改
        </Button>
        {entry.kind === 'inpatient' && props.onSlip ? (
          <Button kind='secondary' small data-testid='ledger-slip' onClick={props.onSlip}>
            {entry.slip ? '核对结算单（已填）' : '核对结算单'}
          </Button>
        ) : null}
        {props.only ? null : (
          <>
            <Button kind='secondary' small aria-label='上移' disabled={index === 0} onClick={props.onUp}>
              上移
            </Button>
            <Button kind='secondary' small aria-label='下移' disabled={props.last} onClick={props.onDown}>
              下移
            </Button>
          </>
        )}
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

export function EntryForm({
  entry,
  pooled,
  onChange,
  onSave,
  onCancel
}: {
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
  // Errors show at their field once the user tries to save; an incomplete entry is not saved.
  const [tried, setTried] = useState(false)
  const [assumed, setAssumed] = useState(false)
  const errors = tried ? entryErrors(entry, scalesPublished) : {}
  const save = () => {
    setTried(true)
    if (Object.keys(entryErrors(entry, scalesPublished)).length) return
    const date = readDate(entry.date)
    onSave({ ...entry, date: date.state === 'ok' ? date.iso : '' })
  }
  const totalOk = readMoney(entry.total).state === 'ok'
  return (
    <View className='year-ledger__form' role='form' aria-label='住院记录' data-testid='ledger-form'>
      <Text className='year-ledger__form-title'>{inpatient ? '一次住院' : '特殊门诊慢性病费用（与住院合并计算）'}</Text>
      <DateField
        id='ledger-date'
        label='日期（可不填）'
        text={entry.date}
        onText={(date) => set({ date })}
        error={errors.date}
        // The example is a day of the year the page computes for: a date of another bundled year moves the ledger to that year.
        hint={`入院日期，例如 ${pack.year}-03-02 或 ${pack.year}.3.2。全年累计按日期先后计算。`}
      />
      <TextField
        id='ledger-label'
        label='医院（可不填，只存在本机）'
        value={entry.label}
        onChange={(label) => set({ label })}
        maxlength={MAX_LABEL_LENGTH}
      />
      <ChoiceRow id='ledger-level' label={scalesPublished ? '医院级别' : '医院级别（可不选）'}>
        <Chips<LedgerEntry['level']>
          label='医院级别'
          testId='ledger-level'
          value={entry.level}
          onChange={(level) => set({ level })}
          options={[
            { value: '1', text: '一级医院' },
            { value: '2', text: '二级医院' },
            { value: '3', text: '三级医院' }
          ]}
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
      <MoneyInput
        id='ledger-total'
        label={inpatient ? '住院总费用' : '门诊费用'}
        value={entry.total}
        onChange={(total) => set({ total })}
        error={errors.total}
        hint={inpatient ? STAY_FIELDS.total.hint : '门诊结算单上的费用合计。'}
      />
      <MoneyInput
        id='ledger-compliant'
        label='其中政策范围内费用（不清楚可不填）'
        value={entry.compliant}
        onChange={(compliant) => {
          setAssumed(false)
          set({ compliant })
        }}
        error={errors.compliant}
        hint={STAY_FIELDS.compliant.hint}
      />
      <View className='estimate-shortcut'>
        <Button
          kind='link'
          data-testid='ledger-assume-total'
          disabled={!totalOk}
          onClick={() => {
            setAssumed(true)
            set({ compliant: '' })
          }}
        >
          不清楚就先按总费用估算
        </Button>
        {!totalOk && !assumed ? <Text className='estimate-shortcut__hint'>（先填{inpatient ? '住院总费用' : '门诊费用'}）</Text> : null}
      </View>
      {assumed ? (
        <Notice kind='info' testId='ledger-assumed-notice'>
          政策范围内费用先不填，按总费用估算：总费用中可能有自费的药品和项目，医保不报，所以结果写明至少、最多付多少。拿到结算单后请填上其中的“政策范围内费用”。
        </Notice>
      ) : null}
      {inpatient ? (
        <ChoiceRow id='ledger-basic-source' label='基本医保报销按什么算' hint={<TermHelp id='poolingPaid' pack={pack} />}>
          <Chips<LedgerEntry['basicSource']>
            label='基本医保报销按什么算'
            testId='ledger-basic-source'
            value={entry.basicSource}
            onChange={(basicSource) => set({ basicSource })}
            options={[
              { value: 'rule', text: '按起付标准测算' },
              { value: 'slip', text: '填结算单上的统筹基金支付' }
            ]}
          />
        </ChoiceRow>
      ) : (
        <Text className='year-ledger__entry-sub'>{pooled ? describeSpecialChronicEntry(pack) : null}</Text>
      )}
      {inpatient && entry.basicSource === 'rule' ? (
        <>
          <MoneyInput
            id='ledger-deductible'
            label='这家医院的起付标准（不清楚可不填）'
            value={entry.deductible}
            onChange={(deductible) => set({ deductible })}
            error={errors.deductible}
            placeholder='请按医院告知的金额填写'
            hint={`起付标准是住院费用中先由自己付、医保不报的那一段。${pack.regionName}的政策文件没有公布这个数，各医院不同：请到医院住院收费处问，或看出院结算单上的“起付标准”。不知道的话可以先不填，结果会写明它影响多少。`}
          />
          {!scalesPublished ? (
            <PercentInput
              id='ledger-ratio'
              label='基本医保支付比例'
              value={entry.ratio}
              onChange={(ratio) => set({ ratio })}
              error={errors.ratio}
              hint={STAY_FIELDS.ratio.hint}
            />
          ) : null}
        </>
      ) : null}
      {inpatient && entry.basicSource === 'slip' ? (
        <MoneyInput
          id='ledger-basic-paid'
          label='结算单上的统筹基金支付'
          value={entry.basicPaid}
          onChange={(basicPaid) => set({ basicPaid })}
          error={errors.basicPaid}
          placeholder='请按结算单填写'
          hint={STAY_FIELDS.basicPaid.hint}
        />
      ) : null}
      {inpatient ? (
        <MoneyInput
          id='ledger-special-drug'
          label='大病保险特药费用（没有可不填）'
          value={entry.specialDrug}
          onChange={(specialDrug) => set({ specialDrug })}
          error={errors.specialDrug}
          placeholder='没有就不填'
          hint={<TermHelp id='specialDrug' pack={pack} />}
        />
      ) : null}
      <View className='year-ledger__actions'>
        <Button kind='primary' className='estimate-action' data-testid='ledger-save' onClick={save}>
          保存这条
        </Button>
        {Object.keys(errors).length ? (
          <Text className='year-ledger__entry-sub' data-testid='ledger-form-errors' role='alert'>
            请先改正上面标出的内容，再保存。
          </Text>
        ) : null}
        <Button kind='link' onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}

type EntryErrors = Partial<Record<'date' | StayField, string>>

// A blank field that keeps an entry from being saved, said at the field.
const BLANK_MESSAGES: Partial<Record<StayField, (entry: LedgerEntry) => string>> = {
  total: (entry) => (entry.kind === 'inpatient' ? '请填写住院总费用' : '请填写门诊费用'),
  basicPaid: () => '请填写结算单上的统筹基金支付',
  compliant: () => '填写了统筹基金支付时，请同时填写政策范围内费用'
}

/** What keeps an entry from being saved, by field: a blank total, an amount or date that does not read, a slip figure without its base. */
export function entryErrors(entry: LedgerEntry, scalesPublished: boolean): EntryErrors {
  const errors: EntryErrors = {}
  const date = readDate(entry.date)
  if (date.state === 'error') errors.date = date.message
  const read = readStay(entry, entryContext(entry, scalesPublished))
  for (const field of read.missing) {
    const message = BLANK_MESSAGES[field]
    if (message) errors[field] = message(entry)
  }
  return { ...errors, ...read.errors }
}
