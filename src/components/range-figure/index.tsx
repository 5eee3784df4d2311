// One figure the sources may not pin down, shown as POLICY-READING §1 says a resident must see it:
// one figure when it is exact; one figure per reading (with its question) when the text reads two
// ways; the one-sided bound, what is missing and the input that closes it when an unpublished figure
// or an input left blank opens a side. The caveat is part of the figure, so no page can put the
// figure on screen and its caveat below the fold.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { formatYuan } from '../../engine'
import type { Layer, Range, ReadingShown, UnknownShown } from '../../engine'
// Which way each unknown moves the share is the engine's knowledge; the public API does not (yet)
// carry it on UnknownShown, so it is read from where the engine keeps it.
import { SourceNote } from '../source-note'
import { tappable } from '../tappable'
import './index.scss'

/**
 * exact: one figure; readings: both sides known, only readings spread it; atLeast / atMost: one side
 * open; open: both sides open, the usual figure is the published figures' answer; none: no figure.
 */
export type FigureKind = 'exact' | 'readings' | 'atLeast' | 'atMost' | 'open' | 'none'

export function figureKind(usual: string | null, range: Range<string>): FigureKind {
  const { low, high } = range
  if (low !== null && high !== null) return low === high ? 'exact' : 'readings'
  if (low !== null) return 'atLeast'
  if (high !== null) return 'atMost'
  return usual === null ? 'none' : 'open'
}

/**
 * The figure as a headline. A bound leads with its direction; a side at 0 is no limit worth saying
 * ("至少 ¥0" says nothing), and a range is never written as "¥0–X".
 */
export function figureText(usual: string | null, range: Range<string>): string {
  const kind = figureKind(usual, range)
  switch (kind) {
    case 'exact':
      return formatYuan(range.low as string)
    case 'readings':
      return formatYuan(usual ?? (range.low as string))
    case 'atLeast':
      return range.low === '0.00' ? (usual !== null ? formatYuan(usual) : '暂无法算出') : `至少 ${formatYuan(range.low as string)}`
    case 'atMost':
      return `最多 ${formatYuan(range.high as string)}`
    case 'open':
      return formatYuan(usual as string)
    case 'none':
      return '暂无法算出'
  }
}

/**
 * A qualifier after a compact figure (a ledger line, a table cell); '' when exact or the bound says
 * it. `short` is for the sticky bar, whose caveat is the result's, below.
 */
export function figureQualifier(usual: string | null, range: Range<string>, short = false): string {
  switch (figureKind(usual, range)) {
    case 'readings':
      return short ? '（两种理解，见下方）' : '（按第一种理解，另一种理解下不同）'
    case 'open':
      return short ? '（可能更少或更多，见下方）' : '（按已公布的数字，实际可能更少也可能更多）'
    case 'atLeast':
      return range.low === '0.00' ? (short ? '（见下方）' : '（取决于未公布或未填写的数字）') : ''
    default:
      return ''
  }
}

/** An input the page can open for an unknown (the deductible field, the compliant-cost field). */
export interface Offer {
  text: string
  onTap(): void
}

export interface RangeFigureProps {
  /** The result's usual figure: first option of every reading, unpublished figures not binding; null when not a point. */
  usual: string | null
  range: Range<string>
  readings: ReadingShown[]
  unknowns: UnknownShown[]
  /** data-testid of the figure itself (pages and tests already name it: patient-share, …). */
  testId: string
  /** 'key': the page's big figure; 'line': a figure inside a line of text (a ledger entry). */
  size?: 'key' | 'line'
  /** What to say before a line figure ("个人负担"). */
  lead?: string
  offers?: Partial<Record<UnknownShown['id'], Offer>>
  /**
   * What the figure is: the patient's share (the default) or a payout (outpatient, assistance). An
   * unknown that raises the share lowers a payout, so the caveat's direction turns with it.
   */
  measures?: 'share' | 'payout'
  /** The engine could not run every combination of the readings (Spread.readingsNotAllCombined). */
  readingsNotAllCombined?: boolean
}

function direction(u: UnknownShown, measures: 'share' | 'payout'): 'more' | 'less' {
  return u.raisesShare === (measures === 'share') ? 'more' : 'less'
}

/** What 100 yuan of deductible changes, in the resident's terms. */
export function perHundredText(perHundred: string): string {
  return perHundred === '0.00' ? '起付标准多少不影响您要付的钱' : `起付标准每多100元，您多付${formatYuan(perHundred)}`
}

/** One option's figure: the bound for this reading when a side is open, else its own figure. */
function optionText(option: ReadingShown['options'][number]): string {
  const { low, high } = option.range
  if (low === null || high === null) return figureText(option.figure, option.range)
  return formatYuan(option.figure ?? low)
}

export function RangeFigure({
  usual,
  range,
  readings,
  unknowns,
  testId,
  size = 'key',
  lead,
  offers = {},
  measures = 'share',
  readingsNotAllCombined = false
}: RangeFigureProps) {
  const kind = figureKind(usual, range)
  const text = figureText(usual, range)
  const more = unknowns.filter((u) => direction(u, measures) === 'more')
  const less = unknowns.filter((u) => direction(u, measures) === 'less')
  const deductible = unknowns.find((u) => u.id === 'deductible')
  const figure =
    size === 'key' ? (
      <Text className='range-figure__figure key-figure' data-testid={testId} data-kind={kind}>
        {text}
      </Text>
    ) : (
      <Text className='range-figure__line' data-testid={testId} data-kind={kind}>
        {lead ? `${lead} ` : ''}
        {text}
        {figureQualifier(usual, range)}
      </Text>
    )
  if (kind === 'exact') return <View className='range-figure'>{figure}</View>
  return (
    <View className='range-figure'>
      {figure}
      <View className='range-figure__caveat' data-testid={`${testId}-caveat`}>
        {kind === 'open' ? (
          <Text className='range-figure__text' data-testid={`${testId}-basis`}>
            这是只按文件已公布的数字算出的。
          </Text>
        ) : null}
        {kind === 'none' ? (
          <Text className='range-figure__text' data-testid={`${testId}-missing`}>
            还差这些数字，暂时算不出一个数：{unknowns.map((u) => u.label).join('、')}。
          </Text>
        ) : null}
        {kind !== 'none' && less.length ? (
          <Text className='range-figure__text' data-testid={`${testId}-less`}>
            实际可能更少，因为：{less.map((u) => u.label).join('、')}。
          </Text>
        ) : null}
        {kind !== 'none' && more.length ? (
          <Text className='range-figure__text' data-testid={`${testId}-more`}>
            实际可能更多，因为：{more.map((u) => u.label).join('、')}。
          </Text>
        ) : null}
        {readingsNotAllCombined && readings.length > 1 ? (
          <Text className='range-figure__text' data-testid={`${testId}-not-combined`}>
            下面几处理解如果同时取另一种，金额可能比列出的更多或更少：组合太多，本应用没有逐一算出。
          </Text>
        ) : null}
        {deductible?.perHundred !== undefined ? (
          <Text className='range-figure__text' data-testid={`${testId}-per-hundred`}>
            {perHundredText(deductible.perHundred)}。
          </Text>
        ) : null}
        {unknowns
          .filter((u) => offers[u.id])
          .map((u) => {
            const offer = offers[u.id] as Offer
            return (
              <Text
                key={u.id}
                className='range-figure__offer'
                role='button'
                data-testid={`${testId}-offer-${u.id}`}
                {...tappable(offer.onTap)}
              >
                {offer.text}
              </Text>
            )
          })}
        {readings.length ? (
          <ReadingList readings={readings} testId={testId} first={kind === 'readings' || kind === 'open'} folded={size === 'line'} />
        ) : null}
      </View>
    </View>
  )
}

/** The one source every option of a reading quotes (the question is how to read the same words), or undefined. */
function sharedSource(r: ReadingShown): ReadingShown['options'][number]['reference'] | undefined {
  const [first, ...rest] = r.options.map((o) => ({
    ref: o.reference,
    key: `${o.reference.doc}|${o.reference.section}|${o.reference.quote}`
  }))
  return first && rest.every((o) => o.key === first.key) ? first.ref : undefined
}

/**
 * Each reading's question and the figure under each option, first option first; a tap on a question
 * shows the words each option rests on. Folded (a ledger line), the whole list opens on one tap.
 */
function ReadingList({ readings, testId, first, folded }: { readings: ReadingShown[]; testId: string; first: boolean; folded: boolean }) {
  const [open, setOpen] = useState<string | null>(null)
  const [unfolded, setUnfolded] = useState(false)
  const intro = `文件有${readings.length === 1 ? '一处' : `${readings.length}处`}可以两种理解，金额随之不同${first ? '（上面的数按每处的第一种理解）' : ''}`
  if (folded && !unfolded) {
    return (
      <View className='range-figure__readings' data-testid={`${testId}-readings`}>
        <View
          className='range-figure__question'
          role='button'
          aria-expanded='false'
          data-testid={`${testId}-unfold`}
          {...tappable(() => setUnfolded(true))}
        >
          <Text className='range-figure__question-text'>{intro}。</Text>
          <Text className='range-figure__chevron'>看金额</Text>
        </View>
      </View>
    )
  }
  return (
    <View className='range-figure__readings' data-testid={`${testId}-readings`}>
      <Text className='range-figure__text'>{intro}：</Text>
      {readings.map((r) => {
        const isOpen = open === r.id
        const shared = sharedSource(r)
        return (
          <View key={r.id} className='range-figure__reading' data-testid={`${testId}-reading`} data-reading={r.id}>
            <View
              className='range-figure__question'
              role='button'
              aria-expanded={isOpen ? 'true' : 'false'}
              {...tappable(() => setOpen(isOpen ? null : r.id))}
            >
              <Text className='range-figure__question-text'>{r.question}</Text>
              <Text className='range-figure__chevron'>{isOpen ? '收起' : '依据'}</Text>
            </View>
            <View role='list' aria-label={r.question}>
              {r.options.map((o, k) => (
                <View key={k} role='listitem' className='range-figure__option' data-testid={`${testId}-option`}>
                  <Text className='range-figure__option-label'>{o.label}：</Text>
                  <Text className='range-figure__option-value'>{optionText(o)}</Text>
                </View>
              ))}
            </View>
            {isOpen ? (
              <View className='range-figure__sources' data-testid={`${testId}-reading-sources`}>
                {shared ? (
                  <View className='range-figure__source'>
                    <Text className='range-figure__text'>两种理解都出自这句原文：</Text>
                    <SourceNote sources={[shared]} />
                  </View>
                ) : (
                  r.options.map((o, k) => (
                    <View key={k} className='range-figure__source'>
                      <Text className='range-figure__text'>“{o.label}”的依据：</Text>
                      <SourceNote sources={[o.reference]} />
                    </View>
                  ))
                )}
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}

/**
 * A layer's figure in a list of layers: "未公布" for a layer without published figures, "最多 X"
 * when only its high side is known, and a note when a figure is not the only one the sources allow.
 */
export function layerFigure(layer: Layer): { text: string; note?: string; missing: boolean; kind?: FigureKind } {
  if (layer.status === 'unpublished') return { text: '未公布', missing: true }
  const kind = figureKind(layer.amount, layer.range)
  switch (kind) {
    case 'exact':
    case 'atMost':
      return { text: figureText(layer.amount, layer.range), missing: false }
    case 'atLeast':
      // "至少 ¥0" says nothing: the layer is then one that cannot be worked out yet.
      if (layer.range.low === '0.00')
        return layer.amount === null
          ? { text: '无法测算', missing: true }
          : { text: formatYuan(layer.amount), note: '按已公布的数字；实际可能更多', missing: false }
      return { text: figureText(layer.amount, layer.range), missing: false }
    case 'readings':
      return { text: formatYuan(layer.amount ?? (layer.range.low as string)), note: '按第一种理解，另一种理解下不同', missing: false, kind }
    case 'open':
      return { text: formatYuan(layer.amount as string), note: '按已公布的数字；实际可能更少也可能更多', missing: false }
    case 'none':
      return { text: '无法测算', missing: true }
  }
}
