import { Text, View } from '@tarojs/components'
import { Notice } from '../../components/notice'
import { attempt, formatYuan, householdContribution } from '../../engine'
import { usePolicy } from '../../components/page-shell'
import type { PolicyPack } from '../../policy/types'
import { isPublished, isUnpublished } from '../../policy/types'
import { chineseDate, today } from '../../services/clock'
import { SourceToggle } from '../../components/source-toggle'
import { useFirstScreen } from '../../components/first-screen'
import { PeriodSection } from './resident-period'
import { HouseholdSection, STANDARD_MEMBERS, StandardsSection } from './resident-household'
import { ChannelsSection, PovertySection, textsOf } from './resident-channels'

export function ResidentView() {
  const pack = usePolicy()
  const { region, year } = pack
  const date = today()
  const standards = attempt(() => householdContribution({ region, year, pack, members: STANDARD_MEMBERS }))
  const published = standards.ok && standards.value.total !== null
  // The household calculator, payment channels and poverty rules sit below: they follow the first screen.
  const firstScreen = useFirstScreen()
  return (
    <View className='contribution__resident' data-testid='resident-view'>
      {Number(date.slice(0, 4)) > pack.year ? (
        <Notice kind='info' testId='policy-year-notice'>
          {published
            ? `本应用只收录了${pack.year}年度的政策文件。今天是${chineseDate(date)}，下面是${pack.year}年度的缴费标准和缴费时间，` +
              '仅供了解；之后年度的标准和时间请以当地医保、税务部门公布的为准。'
            : `本应用只收录了${pack.year}年度的政策文件（今天是${chineseDate(date)}），之后年度的情况请以当地医保、税务部门公布的为准。`}
        </Notice>
      ) : null}
      {published ? null : <UnpublishedNotice pack={pack} />}
      <PeriodSection region={region} today={date} />
      {published && standards.ok ? (
        <>
          <StandardsSection lines={standards.value.lines} />
          {firstScreen ? null : (
            <>
              <HouseholdSection region={region} />
              <ChannelsSection pack={pack} />
            </>
          )}
        </>
      ) : (
        <KnownForUnpublished pack={pack} />
      )}
      {firstScreen ? null : <PovertySection pack={pack} />}
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
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        文件中与缴费有关的已知内容
      </Text>
      {isPublished(funding) ? (
        <View className='contribution__row'>
          <View className='contribution__row-main'>
            <Text className='contribution__row-label'>大病保险筹资（每人）</Text>
            <Text className='contribution__row-desc'>
              {pack.year}年从筹集的居民医保基金中按每人{funding.value}元投入大病保险
            </Text>
          </View>
          <Text className='contribution__row-value' data-testid='critical-funding'>
            {formatYuan(funding.value)}
          </Text>
        </View>
      ) : null}
      {notes.map((n, i) => (
        <View key={i} className='contribution__row'>
          <Text className='contribution__row-label' data-testid='no-extra-premium'>
            {n.text}
          </Text>
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
