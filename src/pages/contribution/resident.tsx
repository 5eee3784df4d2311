import { Text, View } from '@tarojs/components'
import { Notice } from '../../components/notice'
import { attempt, describeCriticalIllnessFunding, describeUnpublishedStandards, householdContribution } from '../../engine'
import { usePolicy } from '../../components/page-shell'
import type { PolicyPack } from '../../policy/types'
import { chineseDate, today } from '../../services/clock'
import { SourceToggle } from '../../components/source-toggle'
import { useFirstScreen } from '../../components/first-screen'
import { PeriodSection } from './resident-period'
import { HouseholdSection, STANDARD_MEMBERS, StandardsSection } from './resident-household'
import { ChannelsSection, PovertySection } from './resident-channels'

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
  const d = describeUnpublishedStandards(pack)
  return (
    <Notice kind='warn' testId='resident-unpublished'>
      <View className='contribution__notice-title'>{d.title}</View>
      <View>{d.text}</View>
    </Notice>
  )
}

function KnownForUnpublished({ pack }: { pack: PolicyPack }) {
  const d = describeCriticalIllnessFunding(pack)
  return (
    <View className='contribution__card' data-testid='resident-known'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {d.title}
      </Text>
      {d.funding ? (
        <View className='contribution__row'>
          <View className='contribution__row-main'>
            <Text className='contribution__row-label'>{d.funding.label}</Text>
            <Text className='contribution__row-desc'>{d.funding.detail}</Text>
          </View>
          <Text className='contribution__row-value' data-testid='critical-funding'>
            {d.funding.value}
          </Text>
        </View>
      ) : null}
      {d.lines.map((line, i) => (
        <View key={i} className='contribution__row'>
          <Text className='contribution__row-label' data-testid='no-extra-premium'>
            {line}
          </Text>
        </View>
      ))}
      {d.funding ? <Text className='contribution__fineprint'>{d.funding.fineprint}</Text> : null}
      <SourceToggle what={d.sourcesOf} sources={d.sources} />
    </View>
  )
}
