// 本年度的住院: several stays of one medical year on the device, each stay's layers with the annual
// caps and cumulative 大病 of the year (engine estimateYear), the year's total, a chart per stay, and
// 一档/二档 over the year. The household (tier, poverty, assistance group) is the one chosen above.
import { Text, View } from '@tarojs/components'
import { attempt, difference, estimateYear, formatYuan, LAYER_LABELS, LAYER_ORDER } from '../../engine'
import type { InpatientEstimate, Range, YearEstimate } from '../../engine'
import { layerFigure, RangeFigure } from '../../components/range-figure'
import { BreakdownBar } from '../../components/breakdown-bar'
import type { BreakdownSegment } from '../../components/breakdown-bar'
import { Chips } from '../../components/chips'
import { Notice } from '../../components/notice'
import { usePolicyOfYear } from '../../components/page-shell'
import { isPublished, isUnpublished } from '../../policy/types'
import { paidText, segmentLabel, shareText } from '../stay'
import type { LedgerYearInput } from './year-store'

/** The ledger shows its stays one by one, or the year as a whole. */
export type LedgerView = 'stays' | 'year'

/** Who pays what, when the share is a figure; null when it moves with an input not entered. */
function segments(estimate: { layers: InpatientEstimate['layers']; outOfPocket: string | null; range: Range }): BreakdownSegment[] | null {
  if (estimate.outOfPocket === null) return null
  const out: BreakdownSegment[] = estimate.layers
    .filter((l) => l.amount !== null)
    .map((l) => ({
      key: l.id,
      label: segmentLabel(LAYER_LABELS[l.id], l.amount as string, l.range),
      amount: l.amount as string,
      tone: LAYER_ORDER.indexOf(l.id)
    }))
  out.push({
    key: 'patient',
    label: segmentLabel('个人负担', estimate.outOfPocket, estimate.range),
    amount: estimate.outOfPocket,
    patient: true
  })
  return out
}

export function YearResult({
  year,
  input,
  view,
  onView
}: {
  year: YearEstimate
  input?: LedgerYearInput
  view: LedgerView
  onView(v: LedgerView): void
}) {
  const y = year.year
  const yearSegments = segments(y)
  return (
    <View className='year-ledger__result' data-testid='ledger-year'>
      <Text className='estimate-result__label'>本年度个人负担合计</Text>
      <RangeFigure
        usual={y.outOfPocket}
        range={y.range}
        readings={y.readings}
        unknowns={y.unknowns}
        testId='ledger-year-share'
        readingsNotAllCombined={y.readingsNotAllCombined === true}
      />
      <Text className='estimate-result__sub' data-testid='ledger-year-sub'>
        {year.stays.length}条记录，总费用 {formatYuan(y.total)}，各项报销合计 {paidText(y)}
      </Text>
      {y.notes.map((n, i) => (
        <Text key={i} className='estimate-result__sub' data-testid='ledger-year-note'>
          {n}
        </Text>
      ))}
      {y.warnings.map((w, i) => (
        <Notice key={i} kind='warn'>
          {w}
        </Notice>
      ))}
      <Chips<LedgerView>
        label='图表'
        testId='ledger-view'
        value={view}
        onChange={onView}
        options={[
          { value: 'stays', text: '按每次' },
          { value: 'year', text: '全年合计' }
        ]}
      />
      {view === 'year' ? (
        yearSegments ? (
          <BreakdownBar segments={yearSegments} total={y.total} format={formatYuan} title='全年谁付多少' />
        ) : null
      ) : (
        year.stays.map((s, i) => {
          const stay = segments(s)
          return stay ? <BreakdownBar key={i} segments={stay} total={s.total} format={formatYuan} title={`第${i + 1}条 谁付多少`} /> : null
        })
      )}
      {input ? <YearTierComparison input={input} /> : null}
      <Text className='estimate-disclaimer'>按全年累计测算，仅供参考，实际以医保经办机构结算为准。</Text>
    </View>
  )
}

/** 一档 against 二档 over the whole year (Weihai publishes both tiers' ratios and caps). */
function YearTierComparison({ input }: { input: LedgerYearInput }) {
  // The ledger's own year (its dates'), which may be older than the page's: its fees, not the newest.
  const pack = usePolicyOfYear(input.year)
  if (isUnpublished(pack.inpatient.tiers[1].scaleByLevel) || input.entries.length < 2) return null
  const run = (tier: 1 | 2) => attempt(() => estimateYear({ ...input, tier }))
  const one = run(1)
  const two = run(2)
  if (!one.ok || !two.ok) return null
  const basic = (y: YearEstimate) => {
    const layer = y.year.layers.find((l) => l.id === 'basic')
    return layer ? layerFigure(layer).text : '¥0.00'
  }
  const rates = pack.residentContribution.rates
  const diff =
    isPublished(rates.adultTier1) && isPublished(rates.adultTier2) ? difference(rates.adultTier2.value, rates.adultTier1.value) : null
  return (
    <View className='estimate-tiers' data-testid='ledger-tiers'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        一档还是二档？按全年的住院比一比
      </Text>
      <Text className='year-ledger__entry-sub'>
        全年基本医保报销：一档 {basic(one.value)}，二档 {basic(two.value)}；全年个人负担：一档 {shareText(one.value.year)}，二档{' '}
        {shareText(two.value.year)}。{diff !== null ? `二档每位成年人每年多交${diff}元。` : ''}
      </Text>
    </View>
  )
}
