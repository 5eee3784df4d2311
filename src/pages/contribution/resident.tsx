import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Chips } from '../../components/chips'
import { Notice } from '../../components/notice'
import {
  attempt,
  contributionPeriod,
  formatYuan,
  householdContribution,
  isUnpublishedResult,
  type ContributionPeriod,
  type HouseholdMember,
  type MemberCategory
} from '../../engine'
import { POLICY_YEAR } from '../../policy/documents'
import { getPack } from '../../policy/registry'
import type { PaymentChannel, PolicyPack, PolicyText, Reference, RegionId, Tier } from '../../policy/types'
import { isPublished, isUnpublished } from '../../policy/types'
import { addToCalendar, type CalendarOutcome } from '../../services/calendar'
import { copyText } from '../../services/device'
import { REGION_NAMES } from '../../services/region'
import { chineseDate, today } from '../../services/clock'
import { householdStore, MAX_MEMBERS, newMember, type SavedMember } from './household-store'
import { planReminder } from './reminder'
import { SourceToggle } from './source-toggle'

const STANDARD_MEMBERS: HouseholdMember[] = [
  { category: 'adult', tier: 1 },
  { category: 'adult', tier: 2 },
  { category: 'minor' },
  { category: 'student' }
]

const CATEGORY_OPTIONS: { value: MemberCategory; text: string }[] = [
  { value: 'adult', text: '成年居民' },
  { value: 'minor', text: '未成年居民' },
  { value: 'student', text: '高校学生' }
]

const TIER_OPTIONS: { value: '1' | '2'; text: string }[] = [
  { value: '1', text: '一档' },
  { value: '2', text: '二档' }
]

// Taro's H5 button reflects disabled={false} as the attribute disabled="false", which its own CSS
// ([disabled]) greys out: pass the prop only when it is true.
const disabledWhen = (on: boolean): { disabled?: true } => (on ? { disabled: true } : {})

const textsOf = (texts: PolicyText[]): Reference[] => texts.map((t) => t.reference)

export function ResidentView({ region }: { region: RegionId }) {
  const pack = getPack(region, POLICY_YEAR)
  const date = today()
  const standards = attempt(() => householdContribution({ region, year: POLICY_YEAR, members: STANDARD_MEMBERS }))
  const published = standards.ok && standards.value.total !== null
  return (
    <View className='contribution__resident' data-testid='resident-view'>
      {Number(date.slice(0, 4)) > POLICY_YEAR ? (
        <Notice kind='info' testId='policy-year-notice'>
          {published
            ? `本应用只收录了${POLICY_YEAR}年度的政策文件。今天是${chineseDate(date)}，下面是${POLICY_YEAR}年度的缴费标准和缴费时间，` +
              '仅供了解；之后年度的标准和时间请以当地医保、税务部门公布的为准。'
            : `本应用只收录了${POLICY_YEAR}年度的政策文件（今天是${chineseDate(date)}），之后年度的情况请以当地医保、税务部门公布的为准。`}
        </Notice>
      ) : null}
      {published ? null : <UnpublishedNotice pack={pack} />}
      <PeriodSection region={region} today={date} />
      {published && standards.ok ? (
        <>
          <StandardsSection lines={standards.value.lines} />
          <HouseholdSection region={region} />
          <ChannelsSection pack={pack} />
        </>
      ) : (
        <KnownForUnpublished pack={pack} />
      )}
      <PovertySection pack={pack} />
    </View>
  )
}

function UnpublishedNotice({ pack }: { pack: PolicyPack }) {
  const rc = pack.residentContribution
  const reasons = [rc.rates.adultTier1, rc.collectionPeriod]
    .map((p) => (isUnpublished(p) ? p.reason : null))
    .filter((r): r is string => !!r)
  return (
    <Notice kind='warn' testId='resident-unpublished'>
      <View className='contribution__notice-title'>{pack.regionName}居民医保：缴费标准和缴费时间未公布</View>
      <View>
        {`现有的${pack.regionName}文件（${reasons.join('；')}）没有写居民医保每人缴多少钱、什么时候缴，` +
          `本页因此不给出${pack.regionName}居民的缴费金额、家庭合计和缴费期，也不借用其他城市的标准。请以当地医保经办机构、税务部门公布的为准。`}
      </View>
    </Notice>
  )
}

function KnownForUnpublished({ pack }: { pack: PolicyPack }) {
  const funding = pack.criticalIllness.funding
  const notes = pack.criticalIllness.notes.filter((n) => n.text.includes('不再另行缴费'))
  return (
    <View className='contribution__card' data-testid='resident-known'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>文件中与缴费有关的已知内容</Text>
      {isPublished(funding) ? (
        <View className='contribution__row'>
          <View className='contribution__row-main'>
            <Text className='contribution__row-label'>大病保险筹资（每人）</Text>
            <Text className='contribution__row-desc'>
              {POLICY_YEAR}年从筹集的居民医保基金中按每人{funding.value}元投入大病保险
            </Text>
          </View>
          <Text className='contribution__row-value' data-testid='critical-funding'>{formatYuan(funding.value)}</Text>
        </View>
      ) : null}
      {notes.map((n, i) => (
        <View key={i} className='contribution__row'>
          <Text className='contribution__row-label' data-testid='no-extra-premium'>{n.text}</Text>
        </View>
      ))}
      {isPublished(funding) ? (
        <Text className='contribution__fineprint'>
          这{funding.value}元是从居民医保基金里划出的，不是另外要交的钱，也不是居民个人的缴费标准。
        </Text>
      ) : null}
      <SourceToggle what='大病保险筹资' sources={[...(isPublished(funding) ? [funding.reference] : []), ...textsOf(notes)]} />
    </View>
  )
}

function PeriodSection({ region, today: date }: { region: RegionId; today: string }) {
  const result = attempt(() => contributionPeriod({ region, year: POLICY_YEAR, today: date }))
  if (!result.ok) {
    return <Notice kind='warn'>无法判断缴费期：{result.message}</Notice>
  }
  if (isUnpublishedResult(result.value)) return null
  const period = result.value
  return (
    <View className='contribution__card' data-testid='period'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>{POLICY_YEAR}年度集中缴费期</Text>
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
  if (period.status === 'open') {
    return (
      <View className='contribution__status' data-testid='period-status' data-status='open'>
        <Text className='contribution__badge contribution__badge--open'>● 正在缴费期内</Text>
        <Text className='contribution__key-line'>
          还剩 <Text className='key-figure' data-testid='days-left'>{period.daysLeft}</Text> 天（含今天）
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
          还有 <Text className='key-figure' data-testid='days-until'>{period.daysUntilStart}</Text> 天开始
        </Text>
      </View>
    )
  }
  return (
    <View className='contribution__status' data-testid='period-status' data-status='closed'>
      <Text className='contribution__badge contribution__badge--closed'>✕ 已结束</Text>
      <Text className='contribution__status-text'>
        {`今天是${chineseDate(date)}，${POLICY_YEAR}年度的集中缴费期已于${chineseDate(period.end)}结束。` +
          `本应用只收录了${POLICY_YEAR}年度政策，没有之后年度的缴费时间，因此不提供日历提醒。`}
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
  const [outcome, setOutcome] = useState<CalendarOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const plan = planReminder(period, regionName, POLICY_YEAR)
  if (!plan) return null
  const add = async () => {
    if (busy) return
    setBusy(true)
    setOutcome(await addToCalendar(plan.reminder))
    setBusy(false)
  }
  return (
    <View className='contribution__calendar'>
      <Button className={`contribution__primary${busy ? ' contribution__primary--disabled' : ''}`} data-testid='add-calendar' {...disabledWhen(busy)} onClick={add}>
        加入手机日历
      </Button>
      <Text className='contribution__fineprint' data-testid='calendar-explanation'>{plan.explanation}</Text>
      {outcome ? (
        <Text className='contribution__status-text' role='status' data-testid='calendar-outcome'>{OUTCOME_TEXT[outcome]}</Text>
      ) : null}
    </View>
  )
}

function StandardsSection({ lines }: { lines: { label: string; amount: string | null; sources: Reference[] }[] }) {
  return (
    <View className='contribution__card' data-testid='standards'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>{POLICY_YEAR}年度个人缴费标准（每人每年）</Text>
      {lines.map((line) => (
        <View key={line.label} className='contribution__row contribution__standard' data-testid='standard'>
          <Text className='contribution__row-label'>{line.label}</Text>
          <Text className='contribution__row-value'>{line.amount === null ? '未公布' : formatYuan(line.amount)}</Text>
          <SourceToggle what={line.label} sources={line.sources} compact />
        </View>
      ))}
    </View>
  )
}

function HouseholdSection({ region }: { region: RegionId }) {
  const [loaded] = useState(() => householdStore.load())
  const [members, setMembers] = useState<SavedMember[]>(loaded.value)
  const [saveFailed, setSaveFailed] = useState(false)
  const [category, setCategory] = useState<MemberCategory>('adult')
  const [tier, setTier] = useState<Tier>(1)

  const update = (next: SavedMember[]) => {
    setMembers(next)
    setSaveFailed(!householdStore.save(next))
  }
  const add = () => {
    if (members.length >= MAX_MEMBERS) return
    update([...members, newMember(category, tier)])
  }
  const remove = (id: string) => update(members.filter((m) => m.id !== id))
  const clearAll = async () => {
    const answer = await Taro.showModal({ title: '清空家庭成员', content: '确定删除全部家庭成员吗？', confirmText: '清空' }).catch(() => null)
    if (answer?.confirm) update([])
  }

  const result = attempt(() => householdContribution({ region, year: POLICY_YEAR, members }))
  return (
    <View className='contribution__card' data-testid='household'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>算一算全家要缴多少</Text>
      {loaded.notice ? <Notice kind='warn' testId='household-notice'>{loaded.notice}家庭成员需要重新添加。</Notice> : null}
      {saveFailed ? (
        <Notice kind='warn' testId='household-save-failed'>
          未能保存到本机（存储空间可能已满）：这份家庭名单在关闭小程序后会丢失。
        </Notice>
      ) : null}
      <Text className='contribution__label' id='household-category-label'>成员类别</Text>
      <Chips<MemberCategory> label='成员类别' testId='household-category' value={category} onChange={setCategory} options={CATEGORY_OPTIONS} />
      {category === 'adult' ? (
        <>
          <Text className='contribution__label' id='household-tier-label'>缴费档次</Text>
          <Chips<'1' | '2'>
            label='缴费档次'
            testId='household-tier'
            value={String(tier) as '1' | '2'}
            onChange={(v) => setTier(v === '2' ? 2 : 1)}
            options={TIER_OPTIONS}
          />
        </>
      ) : null}
      <Button
        className={`contribution__primary${members.length >= MAX_MEMBERS ? ' contribution__primary--disabled' : ''}`}
        data-testid='household-add'
        {...disabledWhen(members.length >= MAX_MEMBERS)}
        onClick={add}
      >
        添加这位成员
      </Button>
      {members.length >= MAX_MEMBERS ? (
        <Text className='contribution__fineprint'>最多可添加{MAX_MEMBERS}位成员。</Text>
      ) : null}

      {!result.ok ? (
        <Notice kind='warn'>无法计算：{result.message}</Notice>
      ) : members.length === 0 ? (
        <Text className='contribution__empty' data-testid='household-empty'>还没有添加成员。选好类别（成年人再选档次）后点“添加这位成员”。</Text>
      ) : (
        <View className='contribution__list' data-testid='household-lines'>
          {result.value.lines.map((line) => {
            const member = members[line.index]
            return (
              <View key={member.id} className='contribution__row contribution__member' data-testid='household-line'>
                <Text className='contribution__row-label'>{line.index + 1}. {line.label}</Text>
                <Text className='contribution__row-value'>{line.amount === null ? line.note ?? '未公布' : formatYuan(line.amount)}</Text>
                <Button
                  className='contribution__link-button'
                  aria-label={`删除第${line.index + 1}位：${line.label}`}
                  data-testid='household-remove'
                  onClick={() => remove(member.id)}
                >
                  删除
                </Button>
              </View>
            )
          })}
          <View className='contribution__total'>
            <Text className='contribution__row-label'>全家合计（{members.length}人）</Text>
            <Text className='key-figure' data-testid='household-total'>
              {result.value.total === null ? '无法合计' : formatYuan(result.value.total)}
            </Text>
          </View>
          <Button className='contribution__link-button' data-testid='household-clear' onClick={clearAll}>清空全部成员</Button>
          <Text className='contribution__fineprint'>名单只保存在本机，不会上传。</Text>
        </View>
      )}
    </View>
  )
}

function ChannelsSection({ pack }: { pack: PolicyPack }) {
  const channels = pack.residentContribution.channels
  if (isUnpublished(channels)) return null
  return (
    <View className='contribution__card' data-testid='channels'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>怎么缴费</Text>
      {channels.map((c, i) => <ChannelCard key={c.id} channel={c} number={i + 1} />)}
    </View>
  )
}

function ChannelCard({ channel, number }: { channel: PaymentChannel; number: number }) {
  const steps = channel.steps
  const sources = [channel.reference, ...(isUnpublished(steps) ? [] : textsOf(steps))]
  return (
    <View className='contribution__channel' data-testid='channel' data-channel={channel.id}>
      <Text className='contribution__channel-name'>方式{number}：{channel.name}</Text>
      {channel.accountName ? <CopyName name={channel.accountName} /> : null}
      {isUnpublished(steps) ? (
        <Text className='contribution__status-text'>{steps.reason}。</Text>
      ) : (
        <View className='contribution__steps' role='list'>
          {steps.map((s, i) => (
            <View key={i} className='contribution__step' role='listitem'>
              <Text className='contribution__step-number'>{i + 1}</Text>
              <Text className='contribution__step-text'>{s.text}</Text>
            </View>
          ))}
        </View>
      )}
      <SourceToggle what={channel.name} sources={sources} />
    </View>
  )
}

function CopyName({ name }: { name: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  return (
    <View className='contribution__copy'>
      <Text className='contribution__copy-label'>搜索名称：</Text>
      <Text className='contribution__copy-name'>{name}</Text>
      <Button
        className='contribution__copy-button'
        aria-label={`复制名称：${name}`}
        data-testid='copy-name'
        data-name={name}
        onClick={async () => setState((await copyText(name)) ? 'copied' : 'failed')}
      >
        复制
      </Button>
      {state !== 'idle' ? (
        <Text className='contribution__copy-state' role='status'>
          {state === 'copied' ? '✓ 已复制，可到微信里粘贴搜索' : '复制失败，请手动输入'}
        </Text>
      ) : null}
    </View>
  )
}

function PovertySection({ pack }: { pack: PolicyPack }) {
  const rc = pack.residentContribution
  const subsidy = rc.povertySubsidy
  const midYear = isUnpublished(rc.midYearAdditions) ? [] : rc.midYearAdditions
  return (
    <View className='contribution__card' data-testid='poverty'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>建档立卡贫困人口参保补贴</Text>
      {isUnpublished(subsidy) ? (
        <>
          <Text className='contribution__status-text' data-testid='poverty-unpublished'>补贴金额未公布：{subsidy.reason}。</Text>
          {rc.notes.map((n, i) => <Text key={i} className='contribution__para'>{n.text}。</Text>)}
        </>
      ) : (
        <>
          <Text className='contribution__year-tag' data-testid='poverty-year'>{subsidy.year}年度标准</Text>
          <View className='contribution__row'>
            <Text className='contribution__row-label'>成年人（{subsidy.year}年度）</Text>
            <Text className='contribution__row-value'>{formatYuan(subsidy.adult.value)}</Text>
          </View>
          <View className='contribution__row'>
            <Text className='contribution__row-label'>学生（{subsidy.year}年度）</Text>
            <Text className='contribution__row-value'>{formatYuan(subsidy.student.value)}</Text>
          </View>
          <Text className='contribution__fineprint' data-testid='poverty-note'>{subsidy.note}，本页不把它当作{POLICY_YEAR}年度标准。</Text>
        </>
      )}
      {midYear.length ? (
        <>
          <Text className='contribution__label'>年中新增的贫困人口</Text>
          {midYear.map((t, i) => <Text key={i} className='contribution__para' data-testid='mid-year'>{t.text}。</Text>)}
        </>
      ) : null}
      <SourceToggle
        what='贫困人口参保补贴'
        sources={[
          ...(isUnpublished(subsidy) ? textsOf(rc.notes) : [subsidy.adult.reference, subsidy.student.reference]),
          ...textsOf(midYear)
        ]}
      />
    </View>
  )
}
