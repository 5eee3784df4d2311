import { Text, View } from '@tarojs/components'
import { difference, formatYuan } from '../../engine'
import type { InpatientEstimate } from '../../engine'
import { SourceToggle } from '../../components/source-toggle'
import { isPublished } from '../../policy/types'
import type { PolicyPack } from '../../policy/types'
import type { InpatientForm } from './inpatient-form'
import type { TierView } from './run-inpatient'
import { shareText } from './share-figure'
import { figureText } from '../../components/range-figure'

/** A share that is one figure (no unknown or reading spreads it), else null. */
function exact(e: InpatientEstimate): string | null {
  return e.outOfPocket !== null && e.range.low === e.outOfPocket && e.range.high === e.outOfPocket ? e.outOfPocket : null
}

/**
 * What the household pays under the other tier, first: "您自己少付/多付 ¥X", or the same; a share
 * that is not one figure sends to the table.
 */
export function ownCostLine(tier: InpatientForm['tier'], current: InpatientEstimate, other: InpatientEstimate): string {
  const lead = tier === '1' ? '如果改交二档' : '如果只交一档'
  const now = exact(current)
  const then = exact(other)
  if (now === null || then === null) {
    const [one, two] = tier === '1' ? [current, other] : [other, current]
    return `${lead}：这次住院您自己付的，一档${figureText(one.outOfPocket, one.range)}，二档${figureText(two.outOfPocket, two.range)}（还取决于未填写或未公布的数字，见下表）。`
  }
  const diff = difference(then, now)
  // The engine's exact difference, read as text: no float ever holds a figure of money.
  if (/^-?0(\.0*)?$/.test(diff)) return `${lead}：这次住院您自己付的钱一样，都是 ${formatYuan(now)}。`
  const less = diff.startsWith('-')
  return `${lead}：这次住院您自己${less ? '少付' : '多付'} ${formatYuan(less ? diff.slice(1) : diff)}（${formatYuan(now)} → ${formatYuan(then)}）。`
}

export function TierComparisonView({
  pack,
  view,
  tier,
  current,
  other
}: {
  pack: PolicyPack
  view: TierView
  tier: InpatientForm['tier']
  current: InpatientEstimate
  /** The stay under the other tier within the year, when the headline is within the year. */
  other?: InpatientEstimate
}) {
  const { comparison: c } = view
  const rates = pack.residentContribution.rates
  const otherShare = other ?? view.other
  const byTier = { [tier]: current, [view.otherTier]: otherShare } as Record<string, InpatientEstimate>
  const own = ownCostLine(tier, current, otherShare)
  const sameOwn = exact(current) !== null && exact(current) === exact(otherShare)
  const same = c.difference === '0.00'
  const contribution = c.contributionDifference ? formatYuan(c.contributionDifference) : null
  let summary: string
  if (same) {
    summary = `这次住院，两档的基本医保报销相同（${formatYuan(c.tier1.basic)}）`
    summary += contribution ? `；二档每位成年人每年多交 ${contribution}。` : '。'
  } else if (tier === '1') {
    summary = `如果改交二档：这次住院基本医保多报 ${formatYuan(c.difference)}`
    summary += contribution ? `，每位成年人每年多交 ${contribution}。` : '。'
  } else {
    summary = `如果只交一档：这次住院基本医保少报 ${formatYuan(c.difference)}`
    summary += contribution ? `，每位成年人每年少交 ${contribution}。` : '。'
  }
  return (
    <View className='estimate-tiers' data-testid='tier-comparison'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        一档还是二档？同一次住院比一比
      </Text>
      <Text className='estimate-tiers__own' data-testid='tier-own'>
        {own}
      </Text>
      <View className='estimate-tiers__table' role='table' aria-label='一档与二档比较'>
        <View className='estimate-tiers__row estimate-tiers__row--head' role='row'>
          <Text className='estimate-tiers__cell' role='columnheader'>
            项目
          </Text>
          <View className='estimate-tiers__cell' role='columnheader'>
            一档{tier === '1' ? <Text className='estimate-tiers__chosen'>您选的</Text> : null}
          </View>
          <View className='estimate-tiers__cell' role='columnheader'>
            二档{tier === '2' ? <Text className='estimate-tiers__chosen'>您选的</Text> : null}
          </View>
        </View>
        <TierRow label='基本医保支付' one={formatYuan(c.tier1.basic)} two={formatYuan(c.tier2.basic)} testId='tier-basic' />
        <TierRow
          label='年度最高支付限额'
          one={c.tier1.annualCap ? formatYuan(c.tier1.annualCap) : '未公布'}
          two={c.tier2.annualCap ? formatYuan(c.tier2.annualCap) : '未公布'}
        />
        <TierRow
          label='成年居民每人每年缴费'
          one={isPublished(rates.adultTier1) ? `${rates.adultTier1.value}元` : '未公布'}
          two={isPublished(rates.adultTier2) ? `${rates.adultTier2.value}元` : '未公布'}
        />
        <TierRow
          label='连同各层后的个人负担'
          one={byTier['1'] ? shareText(byTier['1']) : '—'}
          two={byTier['2'] ? shareText(byTier['2']) : '—'}
          testId='tier-out-of-pocket'
        />
      </View>
      <Text className='estimate-tiers__summary' data-testid='tier-summary'>
        {summary}
        {sameOwn && !same ? '基本医保多报的部分，其后各项相应少报，所以您自己付的不变。' : ''}
      </Text>
      <Text className='estimate-tiers__note'>
        这里只比较这一次住院；一年中住院次数和费用不同，结果也会不同。缴费差额按成年居民每人每年计算。
      </Text>
      <SourceToggle sources={c.sources} what='一档和二档的比较' />
    </View>
  )
}

function TierRow({ label, one, two, testId }: { label: string; one: string; two: string; testId?: string }) {
  return (
    <View className='estimate-tiers__row' role='row' data-testid={testId}>
      <Text className='estimate-tiers__cell estimate-tiers__cell--label' role='rowheader'>
        {label}
      </Text>
      <Text className='estimate-tiers__cell' role='cell'>
        {one}
      </Text>
      <Text className='estimate-tiers__cell' role='cell'>
        {two}
      </Text>
    </View>
  )
}
