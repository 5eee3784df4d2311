import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { describeLayer, formatYuan, LAYER_LABELS } from '../../engine'
import type { InpatientEstimate, Layer } from '../../engine'
import { layerFigure, RangeFigure } from '../../components/range-figure'
import { paidText, segmentLabel, SPLIT_ONLY, splitOnly } from './share-figure'
import type { Offer } from '../../components/range-figure'
import { BreakdownBar } from '../../components/breakdown-bar'
import type { BreakdownSegment } from '../../components/breakdown-bar'
import { Notice } from '../../components/notice'
import { SourceToggle } from '../../components/source-toggle'
import type { PolicyPack } from '../../policy/types'
import type { InpatientForm, InpatientResult } from './form-state'
import { TierComparisonView } from './tier-comparison'
import { tappable } from '../../components/tappable'
import { TermHelp } from '../../components/term'

/** The result's heading with its figure, which the sticky bar above watches (not to say it twice). */
export const RESULT_HEAD_ID = 'est-result-head'

export function InpatientResultView({ pack, result, tier, offers }: {
  pack: PolicyPack
  result: InpatientResult
  tier: InpatientForm['tier']
  /** The form's inputs that close an unknown (the deductible, the compliant part). */
  offers?: Partial<Record<string, Offer>>
}) {
  const { estimate } = result
  const segments = segmentsOf(estimate)
  return (
    <View className='estimate-result' data-testid='inpatient-result'>
      <View className='estimate-result__head' id={RESULT_HEAD_ID}>
        <Text className='estimate-result__label'>预计个人负担</Text>
        <RangeFigure
          usual={estimate.outOfPocket}
          range={estimate.range}
          readings={estimate.readings}
          unknowns={estimate.unknowns}
          testId='patient-share'
          offers={offers}
        />
        <Text className='estimate-result__sub'>
          总费用 {formatYuan(estimate.total)}，各项报销合计 {paidText(estimate)}
        </Text>
        <BurdenLine estimate={estimate} />
        {splitOnly(estimate) ? <Text className='estimate-result__sub' data-testid='split-only'>{SPLIT_ONLY}</Text> : null}
      </View>
      {segments ? <BreakdownBar segments={segments} total={estimate.total} format={formatYuan} title='谁付多少' /> : null}
      <LayerList pack={pack} layers={estimate.layers} />
      {estimate.warnings.length ? (
        <Notice kind='warn' testId='estimate-warnings'>
          <Text className='estimate-warnings__title'>请注意</Text>
          {estimate.warnings.map((w, i) => (
            <View key={i} className='estimate-warnings__item'>· {withoutLayerReason(w, estimate.layers)}</View>
          ))}
        </Notice>
      ) : null}
      {result.tiers ? <TierComparisonView pack={pack} view={result.tiers} tier={tier} current={estimate} /> : null}
      {!result.tiers && result.tiersHint ? <Notice kind='info' testId='tier-hint'>{result.tiersHint}</Notice> : null}
      <Text className='estimate-disclaimer'>测算按本次住院为本年度第一次住院计算，仅供参考，实际以医保经办机构结算为准。</Text>
    </View>
  )
}

/**
 * "医疗机构减免：<the layer's reason>，未计入报销合计…": the reason is already on the layer's row above,
 * so the notice keeps only what it adds (said once per page).
 */
export function withoutLayerReason(warning: string, layers: Layer[]): string {
  for (const l of layers) {
    const head = `${l.label}：${l.note ?? ''}，`
    if (l.note && warning.startsWith(head)) return `${l.label}：${warning.slice(head.length)}`
  }
  return warning
}

function BurdenLine({ estimate }: { estimate: InpatientEstimate }) {
  // With only the total known, the split into compliant and self-paid is what is missing: the
  // engine's figures for it sit at the published side (all compliant, 自费 0) and must not be shown.
  if (estimate.unknowns.some((u) => u.id === 'compliantCost')) {
    return <Text className='estimate-result__sub' data-testid='burden-line'>其中政策范围内、外（自费）各多少，填写政策范围内费用后才能算出。</Text>
  }
  const parts: string[] = []
  if (estimate.burden.compliant !== null) parts.push(`政策范围内 ${formatYuan(estimate.burden.compliant)}`)
  parts.push(`政策范围外（自费） ${formatYuan(estimate.burden.nonCompliant)}`)
  if (estimate.burden.specialDrug !== '0.00') parts.push(`特药 ${formatYuan(estimate.burden.specialDrug)}`)
  return <Text className='estimate-result__sub' data-testid='burden-line'>其中：{parts.join('；')}</Text>
}

/**
 * Who pays what, when the share is a figure: a layer that is not one figure says so in its label.
 * With no figure for the share (it moves with an input not entered) there is nothing to draw.
 */
function segmentsOf(estimate: InpatientEstimate): BreakdownSegment[] | null {
  if (estimate.outOfPocket === null) return null
  const segments: BreakdownSegment[] = estimate.layers
    .filter((l): l is Layer & { amount: string } => l.amount !== null)
    .map((l) => ({ key: l.id, label: segmentLabel(LAYER_LABELS[l.id], l.amount, l.range), amount: l.amount }))
  segments.push({ key: 'patient', label: segmentLabel('个人负担', estimate.outOfPocket, estimate.range), amount: estimate.outOfPocket, patient: true })
  return segments
}

function LayerList({ pack, layers }: { pack: PolicyPack; layers: Layer[] }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View className='estimate-layers'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>逐层报销（按结算顺序，点开看规则）</Text>
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
  const figure = layerFigure(layer)
  const missing = figure.missing
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
          {figure.note ? <Text className='estimate-layer__note' data-testid='layer-range-note'>{figure.note}</Text> : null}
        </View>
        <Text className='estimate-layer__amount' data-testid='layer-amount'>{figure.text}</Text>
        <Text className='estimate-layer__chevron'>{open ? '收起' : '规则'}</Text>
      </View>
      {/* a word the form above does not explain, beside the row that uses it (not inside its button) */}
      {layer.note?.includes('倾斜支付') ? (
        <View className='estimate-layer__term'><TermHelp id='tiltPayment' region={pack.region} /></View>
      ) : null}
      {description ? (
        <View className='estimate-layer__detail' data-testid='layer-detail'>
          {description.lines.map((line, i) => <View key={i} className='estimate-layer__line'>{line}</View>)}
          <SourceToggle sources={sources} what={`${layer.label}的规则`} />
        </View>
      ) : null}
    </View>
  )
}
