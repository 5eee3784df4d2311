import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { describePaymentChannels, describePovertySubsidy, type PaymentChannelDescription } from '../../engine'
import type { PolicyPack } from '../../policy/types'
import { copyText } from '../../services/device'
import { SourceToggle } from '../../components/source-toggle'

export function ChannelsSection({ pack }: { pack: PolicyPack }) {
  const d = describePaymentChannels(pack)
  if (!d) return null
  return (
    <View className='contribution__card' data-testid='channels'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {d.title}
      </Text>
      {d.channels.map((c) => (
        <ChannelCard key={c.id} channel={c} />
      ))}
    </View>
  )
}

function ChannelCard({ channel }: { channel: PaymentChannelDescription }) {
  return (
    <View className='contribution__channel' data-testid='channel' data-channel={channel.id}>
      <Text className='contribution__channel-name'>{channel.heading}</Text>
      {channel.accountName ? <CopyName name={channel.accountName} /> : null}
      {channel.steps === null ? (
        <Text className='contribution__status-text'>{channel.missing}</Text>
      ) : (
        <View className='contribution__steps' role='list'>
          {channel.steps.map((step, i) => (
            <View key={i} className='contribution__step' role='listitem'>
              <Text className='contribution__step-number'>{i + 1}</Text>
              <Text className='contribution__step-text'>{step}</Text>
            </View>
          ))}
        </View>
      )}
      <SourceToggle what={channel.sourcesOf} sources={channel.sources} />
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
  const d = describePovertySubsidy(pack)
  const amounts = d.amounts
  return (
    <View className='contribution__card' data-testid='poverty'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {d.title}
      </Text>
      {amounts.published ? (
        <>
          <Text className='contribution__year-tag' data-testid='poverty-year'>
            {amounts.yearTag}
          </Text>
          {amounts.rows.map((row) => (
            <View key={row.label} className='contribution__row'>
              <Text className='contribution__row-label'>{row.label}</Text>
              <Text className='contribution__row-value'>{row.value}</Text>
            </View>
          ))}
          <Text className='contribution__fineprint' data-testid='poverty-note'>
            {amounts.note}
          </Text>
        </>
      ) : (
        <>
          <Text className='contribution__status-text' data-testid='poverty-unpublished'>
            {amounts.text}
          </Text>
          {amounts.lines.map((line, i) => (
            <Text key={i} className='contribution__para'>
              {line}。
            </Text>
          ))}
        </>
      )}
      {d.midYear ? (
        <>
          <Text className='contribution__label'>{d.midYear.label}</Text>
          {d.midYear.lines.map((line, i) => (
            <Text key={i} className='contribution__para' data-testid='mid-year'>
              {line}。
            </Text>
          ))}
        </>
      ) : null}
      <SourceToggle what={d.sourcesOf} sources={d.sources} />
    </View>
  )
}
