// 本年度的住院: several stays of one medical year on the device, each stay's layers with the annual
// caps and cumulative 大病 of the year (engine estimateYear), the year's total, a chart per stay, and
// 一档/二档 over the year. The household (tier, poverty, assistance group) is the one chosen above.
import { Text, View } from '@tarojs/components'
import Decimal from 'decimal.js'
import { attempt, estimateYear, formatYuan, LAYER_LABELS, LAYER_ORDER } from '../../engine'
import type { InpatientEstimate, YearEstimate, YearInput } from '../../engine'
import { BreakdownBar } from '../../components/breakdown-bar'
import type { BreakdownSegment } from '../../components/breakdown-bar'
import { Chips } from '../../components/chips'
import { Notice } from '../../components/notice'
import { usePolicy } from '../../components/page-shell'
import { isPublished, isUnpublished } from '../../policy/types'
import type { RegionId } from '../../policy/types'
import type { LedgerView } from './year-ledger'

function segments(estimate: { layers: InpatientEstimate['layers']; outOfPocket: string }): BreakdownSegment[] {
  const out: BreakdownSegment[] = estimate.layers
    .filter((l) => l.amount !== null)
    .map((l) => ({ key: l.id, label: LAYER_LABELS[l.id], amount: l.amount as string, tone: LAYER_ORDER.indexOf(l.id) }))
  out.push({ key: 'patient', label: '个人负担', amount: estimate.outOfPocket, patient: true })
  return out
}

export function YearResult({ region, year, input, view, onView }: { region: RegionId; year: YearEstimate; input?: YearInput; view: LedgerView; onView(v: LedgerView): void }) {
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
      <Chips<LedgerView>
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
