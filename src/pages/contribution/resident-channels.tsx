import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { formatYuan } from '../../engine'
import type { PaymentChannel, PolicyPack, PolicyText, Reference } from '../../policy/types'
import { isUnpublished } from '../../policy/types'
import { copyText } from '../../services/device'
import { SourceToggle } from '../../components/source-toggle'

export const textsOf = (texts: PolicyText[]): Reference[] => texts.map((t) => t.reference)

export function ChannelsSection({ pack }: { pack: PolicyPack }) {
  const channels = pack.residentContribution.channels
  if (isUnpublished(channels)) return null
  return (
    <View className='contribution__card' data-testid='channels'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        怎么缴费
      </Text>
      {channels.map((c, i) => (
        <ChannelCard key={c.id} channel={c} number={i + 1} />
      ))}
    </View>
  )
}

function ChannelCard({ channel, number }: { channel: PaymentChannel; number: number }) {
  const steps = channel.steps
  const sources = [channel.reference, ...(isUnpublished(steps) ? [] : textsOf(steps))]
  return (
    <View className='contribution__channel' data-testid='channel' data-channel={channel.id}>
      <Text className='contribution__channel-name'>
        方式{number}：{channel.name}
      </Text>
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

export function PovertySection({ pack }: { pack: PolicyPack }) {
  const rc = pack.residentContribution
  const subsidy = rc.povertySubsidy
  const midYear = isUnpublished(rc.midYearAdditions) ? [] : rc.midYearAdditions
  return (
    <View className='contribution__card' data-testid='poverty'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        建档立卡贫困人口参保补贴
      </Text>
      {isUnpublished(subsidy) ? (
        <>
          <Text className='contribution__status-text' data-testid='poverty-unpublished'>
            补贴金额未公布：{subsidy.reason}。
          </Text>
          {rc.notes.map((n, i) => (
            <Text key={i} className='contribution__para'>
              {n.text}。
            </Text>
          ))}
        </>
      ) : (
        <>
          <Text className='contribution__year-tag' data-testid='poverty-year'>
            {subsidy.year}年度标准
          </Text>
          <View className='contribution__row'>
            <Text className='contribution__row-label'>成年人（{subsidy.year}年度）</Text>
            <Text className='contribution__row-value'>{formatYuan(subsidy.adult.value)}</Text>
          </View>
          <View className='contribution__row'>
            <Text className='contribution__row-label'>学生（{subsidy.year}年度）</Text>
            <Text className='contribution__row-value'>{formatYuan(subsidy.student.value)}</Text>
          </View>
          <Text className='contribution__fineprint' data-testid='poverty-note'>
            {subsidy.note}，本页不把它当作{pack.year}年度标准。
          </Text>
        </>
      )}
      {midYear.length ? (
        <>
          <Text className='contribution__label'>年中新增的贫困人口</Text>
          {midYear.map((t, i) => (
            <Text key={i} className='contribution__para' data-testid='mid-year'>
              {t.text}。
            </Text>
          ))}
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
