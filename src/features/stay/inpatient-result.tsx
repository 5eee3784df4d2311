import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { describeLayer, formatYuan, LAYER_LABELS } from '../../engine'
import { CORE_ALERTS } from '../../engine/alerts'
import type { InpatientEstimate, Layer } from '../../engine'
import { figureQualifier, figureText, layerFigure, RangeFigure } from '../../components/range-figure'
import { paidText, segmentLabel, SPLIT_ONLY, splitOnly } from './share-figure'
import type { Offer } from '../../components/range-figure'
import { BreakdownBar } from '../../components/breakdown-bar'
import type { BreakdownSegment } from '../../components/breakdown-bar'
import { Notice } from '../../components/notice'
import { SourceToggle } from '../../components/source-toggle'
import type { PolicyPack } from '../../policy/types'
import type { InpatientForm } from './inpatient-form'
import type { InpatientResult } from './run-inpatient'
import { TierComparisonView } from './tier-comparison'
import { tappable } from '../../components/tappable'
import { TermHelp } from '../../components/term'
import { Button } from '../../components/button'
import type { WithinYear, WithinYearOutcome } from './within-year-outcome'

/** The result's heading with its figure, which the sticky bar above watches (not to say it twice). */
export const RESULT_HEAD_ID = 'est-result-head'

export function InpatientResultView({
  pack,
  result,
  tier,
  offers,
  within,
  onRecord
}: {
  pack: PolicyPack
  result: InpatientResult
  tier: InpatientForm['tier']
  /** The form's inputs that close an unknown (the deductible, the compliant part). */
  offers?: Partial<Record<string, Offer>>
  /** This stay within the year (after the ledger's earlier stays), when asked for. */
  within?: WithinYearOutcome
  /** Puts this stay into the year ledger. */
  onRecord?(): void
}) {
  const year = within?.state === 'ok' ? within.value : null
  // One answer for the stay: within the year, its share and layers are the ledger's for it.
  const estimate = year ? year.estimate : result.estimate
  const segments = segmentsOf(estimate)
  return (
    <View className='estimate-result' data-testid='inpatient-result'>
      <View className='estimate-result__head' id={RESULT_HEAD_ID}>
        <Text className='estimate-result__label' data-testid='patient-share-label'>
          {year ? `这次住院预计个人负担（今年第${year.place}次，按全年累计）` : '预计个人负担'}
        </Text>
        <RangeFigure
          usual={estimate.outOfPocket}
          range={estimate.range}
          readings={estimate.readings}
          unknowns={estimate.unknowns}
          testId='patient-share'
          readingsNotAllCombined={estimate.readingsNotAllCombined === true}
          offers={offers}
        />
        <Text className='estimate-result__sub'>
          总费用 {formatYuan(estimate.total)}，各项报销合计 {paidText(estimate)}
        </Text>
        <BurdenLine estimate={estimate} />
        {splitOnly(estimate) ? (
          <Text className='estimate-result__sub' data-testid='split-only'>
            {SPLIT_ONLY}
          </Text>
        ) : null}
        {year ? <WithinYearLines year={year} first={result.estimate} inLedger={year.entry >= 0} onRecord={onRecord} /> : null}
        {within?.state === 'noEarlier' ? (
          <Notice kind='info' testId='within-year-empty'>
            下方“本年度的住院”还没有今年之前的住院：请在那里添加之前的每次住院（只有结算单合计的，打开“本年度此前已报销过”填写），这里就按全年累计计算这次住院。现在先按今年第一次住院计算。
          </Notice>
        ) : null}
        {within?.state === 'first' && within.ledgerEntry !== undefined ? (
          <Notice kind='info' testId='within-year-conflict'>
            {`下方“本年度的住院”里，这次住院是第${within.ledgerEntry + 1}条，之前还有记录，那里按全年累计计算，结果与这里不同。如果今年之前确实住过院，请在上方选“住过”。`}
          </Notice>
        ) : null}
        {within?.state === 'error' ? (
          <Notice kind='warn' testId='within-year-error'>
            {within.message}。现在先按今年第一次住院计算。
          </Notice>
        ) : null}
      </View>
      {segments ? <BreakdownBar segments={segments} total={estimate.total} format={formatYuan} title='谁付多少' /> : null}
      <LayerList pack={pack} layers={estimate.layers} />
      {estimate.warnings.length ? (
        <Notice kind='warn' testId='estimate-warnings'>
          <Text className='estimate-warnings__title'>请注意</Text>
          {warningWords(estimate).map((w, i) => (
            <View key={i} className='estimate-warnings__item'>
              · {w}
            </View>
          ))}
        </Notice>
      ) : null}
      {result.tiers ? (
        <TierComparisonView pack={pack} view={result.tiers} tier={tier} current={estimate} other={year ? year.other : undefined} />
      ) : null}
      {!result.tiers && result.tiersHint ? (
        <Notice kind='info' testId='tier-hint'>
          {result.tiersHint}
        </Notice>
      ) : null}
      <Text className='estimate-disclaimer'>
        {year
          ? '测算按本年度的住院记录全年累计计算，仅供参考，实际以医保经办机构结算为准。'
          : '测算按本次住院为本年度第一次住院计算，仅供参考，实际以医保经办机构结算为准。'}
      </Text>
    </View>
  )
}

/**
 * Beside the within-the-year figure: the year's total, and why it differs from a first stay, in the
 * engine's own figures (the layers that are a figure both ways and differ).
 */
function WithinYearLines({
  year,
  first,
  inLedger,
  onRecord
}: {
  year: WithinYear
  first: InpatientEstimate
  inLedger: boolean
  onRecord?(): void
}) {
  const y = year.year
  const earlier = year.count - 1
  const before = [earlier > 0 ? `之前的${earlier}次住院` : '', year.prior ? '此前已报销的结算单合计' : ''].filter(Boolean).join('和')
  const firstText = figureText(first.outOfPocket, first.range)
  const same =
    first.outOfPocket !== null &&
    first.outOfPocket === year.estimate.outOfPocket &&
    first.range.low === year.estimate.range.low &&
    first.range.high === year.estimate.range.high
  const changed = year.estimate.layers
    .map((l) => ({ l, f: first.layers.find((x) => x.id === l.id) }))
    .filter(
      ({ l, f }) =>
        f && l.amount !== null && f.amount !== null && l.range.low === l.range.high && f.range.low === f.range.high && l.amount !== f.amount
    )
    .map(
      ({ l, f }) =>
        `${l.label}按今年第一次住院算 ${formatYuan((f as Layer).amount as string)}，连同之前的住院算 ${formatYuan(l.amount as string)}`
    )
  return (
    <View className='estimate-within' data-testid='within-year'>
      <Text className='estimate-result__sub' data-testid='within-year-total'>
        全年个人负担合计 {figureText(y.outOfPocket, y.range)}
        {figureQualifier(y.outOfPocket, y.range)}（{before}连同这次，共{year.count}条记录）
      </Text>
      <Text className='estimate-result__sub' data-testid='within-year-why'>
        {same
          ? `与按今年第一次住院算的 ${firstText} 相同。`
          : `与按今年第一次住院算的 ${firstText} 不同：年度最高支付限额和文件写明按年度累计的各项，已把${before}算在内。`}
        {changed.length ? `${changed.join('；')}。` : ''}
      </Text>
      {inLedger ? (
        <Text className='estimate-result__sub' data-testid='within-year-in-ledger'>
          这次住院就是下方“本年度的住院”中的第{year.entry + 1}条，两处是同一个结果。
        </Text>
      ) : onRecord ? (
        <Button kind='secondary' small data-testid='within-year-record' onClick={onRecord}>
          把这次住院记入下方“本年度的住院”
        </Button>
      ) : null}
    </View>
  )
}

/**
 * The warnings as this page words them: a layer left out of the sum has its reason on its row above,
 * so its warning keeps only what it adds (said once per page). A stay's alerts are core ones: the core
 * words keep the subpackage tools' words (the engine's public wordAlertBesideLayers) out of the main package.
 */
function warningWords(estimate: InpatientEstimate): string[] {
  return estimate.alerts ? estimate.alerts.map(CORE_ALERTS.wordAlertBesideLayers) : estimate.warnings
}

function BurdenLine({ estimate }: { estimate: InpatientEstimate }) {
  // With only the total known, the split into compliant and self-paid is what is missing: the
  // engine's figures for it sit at the published side (all compliant, 自费 0) and must not be shown.
  if (estimate.unknowns.some((u) => u.id === 'compliantCost')) {
    return (
      <Text className='estimate-result__sub' data-testid='burden-line'>
        其中政策范围内、外（自费）各多少，填写政策范围内费用后才能算出。
      </Text>
    )
  }
  const parts: string[] = []
  if (estimate.burden.compliant !== null) parts.push(`政策范围内 ${formatYuan(estimate.burden.compliant)}`)
  parts.push(`政策范围外（自费） ${formatYuan(estimate.burden.nonCompliant)}`)
  if (estimate.burden.specialDrug !== '0.00') parts.push(`特药 ${formatYuan(estimate.burden.specialDrug)}`)
  return (
    <Text className='estimate-result__sub' data-testid='burden-line'>
      其中：{parts.join('；')}
    </Text>
  )
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
  segments.push({
    key: 'patient',
    label: segmentLabel('个人负担', estimate.outOfPocket, estimate.range),
    amount: estimate.outOfPocket,
    patient: true
  })
  return segments
}

function LayerList({ pack, layers }: { pack: PolicyPack; layers: Layer[] }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View className='estimate-layers'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        逐层报销（按结算顺序，点开看规则）
      </Text>
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

function LayerRow({
  index,
  pack,
  layer,
  open,
  onToggle
}: {
  index: number
  pack: PolicyPack
  layer: Layer
  open: boolean
  onToggle(): void
}) {
  const figure = layerFigure(layer)
  const missing = figure.missing
  const description = open ? describeLayer(layer.id, pack.region, pack.year, pack) : null
  const sources = description ? [...layer.sources, ...description.sources] : []
  return (
    <View
      className={`estimate-layer${missing ? ' estimate-layer--missing' : ''}`}
      role='listitem'
      data-testid='layer'
      data-layer={layer.id}
    >
      <View className='estimate-layer__row' role='button' aria-expanded={open ? 'true' : 'false'} {...tappable(onToggle)}>
        <Text className='estimate-layer__index'>{index}</Text>
        <View className='estimate-layer__main'>
          <Text className='estimate-layer__label'>{layer.label}</Text>
          {missing && layer.note ? (
            <Text className='estimate-layer__reason' data-testid='layer-reason'>
              {layer.note}
            </Text>
          ) : null}
          {!missing && layer.note ? <Text className='estimate-layer__note'>{layer.note}</Text> : null}
          {figure.note ? (
            <Text className='estimate-layer__note' data-testid='layer-range-note'>
              {figure.note}
            </Text>
          ) : null}
        </View>
        <Text className='estimate-layer__amount' data-testid='layer-amount'>
          {figure.text}
        </Text>
        <Text className='estimate-layer__chevron'>{open ? '收起' : '规则'}</Text>
      </View>
      {/* a word the form above does not explain, beside the row that uses it (not inside its button) */}
      {layer.notes?.some((n) => n.id === 'criticalAppliesTo' && n.params.exception === 'povertyTilt') ? (
        <View className='estimate-layer__term'>
          <TermHelp id='tiltPayment' pack={pack} />
        </View>
      ) : null}
      {description ? (
        <View className='estimate-layer__detail' data-testid='layer-detail'>
          {description.lines.map((line, i) => (
            <View key={i} className='estimate-layer__line'>
              {line}
            </View>
          ))}
          <SourceToggle sources={sources} what={`${layer.label}的规则`} />
        </View>
      ) : null}
    </View>
  )
}
