import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { Notice } from '../../components/notice'
import { attempt, contributionPeriod, isUnpublishedResult, type ContributionPeriod } from '../../engine'
import { usePolicy } from '../../components/page-shell'
import type { RegionId } from '../../policy/types'
import { addToCalendar, type CalendarOutcome } from '../../services/calendar'
import { REGION_NAMES } from '../../services/region'
import { chineseDate } from '../../services/clock'
import { planReminder } from './reminder'
import { SourceToggle } from '../../components/source-toggle'

export function PeriodSection({ region, today: date }: { region: RegionId; today: string }) {
  const pack = usePolicy()
  const policyYear = pack.year
  const result = attempt(() => contributionPeriod({ region, year: policyYear, pack, today: date }))
  if (!result.ok) {
    return <Notice kind='warn'>无法判断缴费期：{result.message}</Notice>
  }
  if (isUnpublishedResult(result.value)) return null
  const period = result.value
  return (
    <View className='contribution__card' data-testid='period'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {policyYear}年度集中缴费期
      </Text>
      <Text className='contribution__period-dates' data-testid='period-dates'>
        {chineseDate(period.start)} 至 {chineseDate(period.end)}
      </Text>
      <Text className='contribution__fineprint'>首尾两天都在缴费期内</Text>
      <PeriodStatus period={period} today={date} />
      <SourceToggle what='集中缴费期' sources={period.sources} />
      <CalendarButton period={period} regionName={REGION_NAMES[region]} />
    </View>
  )
}

function PeriodStatus({ period, today: date }: { period: ContributionPeriod; today: string }) {
  const { year: policyYear } = usePolicy()
  if (period.status === 'open') {
    return (
      <View className='contribution__status' data-testid='period-status' data-status='open'>
        <Text className='contribution__badge contribution__badge--open'>● 正在缴费期内</Text>
        <Text className='contribution__key-line'>
          还剩{' '}
          <Text className='key-figure' data-testid='days-left'>
            {period.daysLeft}
          </Text>{' '}
          天（含今天）
        </Text>
        {period.daysLeft === 1 ? <Text className='contribution__status-text'>今天是缴费期最后一天，请尽快缴费。</Text> : null}
      </View>
    )
  }
  if (period.status === 'upcoming') {
    return (
      <View className='contribution__status' data-testid='period-status' data-status='upcoming'>
        <Text className='contribution__badge'>○ 尚未开始</Text>
        <Text className='contribution__key-line'>
          还有{' '}
          <Text className='key-figure' data-testid='days-until'>
            {period.daysUntilStart}
          </Text>{' '}
          天开始
        </Text>
      </View>
    )
  }
  return (
    <View className='contribution__status' data-testid='period-status' data-status='closed'>
      <Text className='contribution__badge contribution__badge--closed'>✕ 已结束</Text>
      <Text className='contribution__status-text'>
        {Number(date.slice(0, 4)) > policyYear
          ? // a later year: the notice above the page already says what today is and that only this year is bundled
            `${policyYear}年度的集中缴费期已于${chineseDate(period.end)}结束，之后年度的缴费时间本应用没有，因此不提供日历提醒。`
          : `今天是${chineseDate(date)}，${policyYear}年度的集中缴费期已于${chineseDate(period.end)}结束。` +
            `本应用只收录了${policyYear}年度政策，没有之后年度的缴费时间，因此不提供日历提醒。`}
      </Text>
    </View>
  )
}

const OUTCOME_TEXT: Record<CalendarOutcome, string> = {
  added: '已加入手机日历。',
  downloaded: '已下载日历文件（.ics），打开它即可加入手机日历。',
  failed: '未能加入日历：请检查是否允许访问日历，或手动记下截止日期。'
}

function CalendarButton({ period, regionName }: { period: ContributionPeriod; regionName: string }) {
  const { year: policyYear } = usePolicy()
  const [outcome, setOutcome] = useState<CalendarOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const plan = planReminder(period, regionName, policyYear)
  if (!plan) return null
  const add = async () => {
    if (busy) return
    setBusy(true)
    setOutcome(await addToCalendar(plan.reminder))
    setBusy(false)
  }
  return (
    <View className='contribution__calendar'>
      <Button kind='primary' className='contribution__action' data-testid='add-calendar' disabled={busy} onClick={add}>
        加入手机日历
      </Button>
      <Text className='contribution__fineprint' data-testid='calendar-explanation'>
        {plan.explanation}
      </Text>
      {outcome ? (
        <Text className='contribution__status-text' role='status' data-testid='calendar-outcome'>
          {OUTCOME_TEXT[outcome]}
        </Text>
      ) : null}
    </View>
  )
}
