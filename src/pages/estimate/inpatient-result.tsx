import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { describeLayer, formatYuan, LAYER_LABELS } from '../../engine'
import type { InpatientEstimate, Layer } from '../../engine'
import { BreakdownBar } from '../../components/breakdown-bar'
import type { BreakdownSegment } from '../../components/breakdown-bar'
import { Notice } from '../../components/notice'
import { SourceNote } from '../../components/source-note'
import type { PolicyPack } from '../../policy/types'
import type { InpatientForm, InpatientResult } from './form-state'
import { TierComparisonView } from './tier-comparison'
import { tappable } from '../../components/tappable'

export function InpatientResultView({ pack, result, tier }: { pack: PolicyPack; result: InpatientResult; tier: InpatientForm['tier'] }) {
  const { estimate } = result
  return (
    <View className='estimate-result' data-testid='inpatient-result'>
      <View className='estimate-result__head'>
        <Text className='estimate-result__label'>预计个人负担</Text>
        <Text className='estimate-result__figure key-figure' data-testid='patient-share'>{shareText(estimate)}</Text>
        <Text className='estimate-result__sub'>
          总费用 {formatYuan(estimate.total)}，各项报销合计 {estimate.outOfPocketBound ? '最多 ' : ''}{formatYuan(estimate.paid)}
        </Text>
        {estimate.outOfPocketBound ? (
          <Text className='estimate-result__sub' data-testid='bound-explained'>
            为什么是“至少”：下面标着“最多”的项目，文件公布了规则但没有公布它的上限，实际可能报得更少，您负担的就可能更多。点开该项可看原因。
          </Text>
        ) : null}
        <BurdenLine estimate={estimate} />
      </View>
      <BreakdownBar segments={segmentsOf(estimate)} total={estimate.total} format={formatYuan} title='谁付多少' />
      <LayerList pack={pack} layers={estimate.layers} />
      {estimate.warnings.length ? (
        <Notice kind='warn' testId='estimate-warnings'>
          <Text className='estimate-warnings__title'>请注意</Text>
          {estimate.warnings.map((w, i) => (
            <View key={i} className='estimate-warnings__item'>· {w}</View>
          ))}
        </Notice>
      ) : null}
      {result.tiers ? <TierComparisonView pack={pack} view={result.tiers} tier={tier} current={estimate} /> : null}
      {!result.tiers && result.tiersHint ? <Notice kind='info' testId='tier-hint'>{result.tiersHint}</Notice> : null}
      <Text className='estimate-disclaimer'>测算按本次住院为本年度第一次住院计算，仅供参考，实际以医保经办机构结算为准。</Text>
    </View>
  )
}

/** The patient's share, "至少" when a layer above it is only an upper bound. */
export function shareText(estimate: InpatientEstimate): string {
  return `${estimate.outOfPocketBound ? '至少 ' : ''}${formatYuan(estimate.outOfPocket)}`
}

function BurdenLine({ estimate }: { estimate: InpatientEstimate }) {
  const parts: string[] = []
  if (estimate.burden.compliant !== null) parts.push(`政策范围内 ${formatYuan(estimate.burden.compliant)}`)
  parts.push(`政策范围外（自费） ${formatYuan(estimate.burden.nonCompliant)}`)
  if (estimate.burden.specialDrug !== '0.00') parts.push(`特药 ${formatYuan(estimate.burden.specialDrug)}`)
  return <Text className='estimate-result__sub' data-testid='burden-line'>其中：{parts.join('；')}</Text>
}

function segmentsOf(estimate: InpatientEstimate): BreakdownSegment[] {
  const segments: BreakdownSegment[] = estimate.layers
    .filter((l): l is Layer & { amount: string } => l.amount !== null)
    .map((l) => ({ key: l.id, label: l.bound ? `${LAYER_LABELS[l.id]}（最多）` : LAYER_LABELS[l.id], amount: l.amount }))
  segments.push({ key: 'patient', label: '个人负担', amount: estimate.outOfPocket, patient: true })
  return segments
}

function LayerList({ pack, layers }: { pack: PolicyPack; layers: Layer[] }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View className='estimate-layers'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>逐层报销（按结算顺序，点开看规则和出处）</Text>
      <View role='list' aria-label='逐层报销明细'>
        {layers.map((layer, i) => (
          <LayerRow
            key={layer.id}
            index={i + 1}
            pack={pack}
            layer={layer}
            open={open === layer.id}
            onToggle={() => setOpen(open === layer.id ? null : layer.id)}
          />
        ))}
      </View>
    </View>
  )
}

function LayerRow({ index, pack, layer, open, onToggle }: { index: number; pack: PolicyPack; layer: Layer; open: boolean; onToggle(): void }) {
  const missing = layer.amount === null
  const status = missing ? (layer.status === 'notComputable' ? '无法测算' : '未公布') : null
  const description = open ? describeLayer(layer.id, pack.region, pack.year) : null
  const sources = description ? [...layer.sources, ...description.sources] : []
  return (
    <View className={`estimate-layer${missing ? ' estimate-layer--missing' : ''}`} role='listitem' data-testid='layer' data-layer={layer.id}>
      <View className='estimate-layer__row' role='button' aria-expanded={open ? 'true' : 'false'} {...tappable(onToggle)}>
        <Text className='estimate-layer__index'>{index}</Text>
        <View className='estimate-layer__main'>
          <Text className='estimate-layer__label'>{layer.label}</Text>
          {missing && layer.note ? <Text className='estimate-layer__reason' data-testid='layer-reason'>{layer.note}</Text> : null}
          {!missing && layer.note ? <Text className='estimate-layer__note'>{layer.note}</Text> : null}
        </View>
        <Text className='estimate-layer__amount' data-testid='layer-amount'>
          {missing ? status : `${layer.bound ? '最多 ' : ''}${formatYuan(layer.amount as string)}`}
        </Text>
        <Text className='estimate-layer__chevron'>{open ? '收起' : '规则'}</Text>
      </View>
      {description ? (
        <View className='estimate-layer__detail' data-testid='layer-detail'>
          {layer.bound && layer.boundReason ? (
            <View className='estimate-layer__line' data-testid='layer-bound-reason'>为什么是“最多”：{layer.boundReason}</View>
          ) : null}
          {description.lines.map((line, i) => <View key={i} className='estimate-layer__line'>{line}</View>)}
          <SourceNote sources={sources} />
        </View>
      ) : null}
    </View>
  )
}
