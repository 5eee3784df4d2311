import { View, Text } from '@tarojs/components'
import { percentOf } from '../../engine'
import './index.scss'

export interface BreakdownSegment {
  key: string
  label: string
  /** Yuan as the engine returns it ("1234.50"). */
  amount: string
  /** The patient's own share is drawn striped, so it stands out without relying on colour. */
  patient?: boolean
  /** A fixed colour slot (0–7), so that the same layer keeps its colour across several bars. */
  tone?: number
}

interface BreakdownBarProps {
  segments: BreakdownSegment[]
  /** The whole bill; widths are shares of it. */
  total: string
  /** How money is shown, e.g. formatYuan. */
  format(amount: string): string
  title?: string
}

const MARKERS = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨']

/**
 * A stacked bar of who pays what, drawn with views (no chart library). Every segment carries a
 * numbered marker that the legend repeats with the label and amount, and the whole bar has a text
 * equivalent for screen readers.
 */
export function BreakdownBar({ segments, total, format, title = '谁付多少' }: BreakdownBarProps) {
  // Signs only (no arithmetic on money outside the engine): what is above zero is drawn and listed.
  const shown = segments.filter((s) => Number(s.amount) > 0)
  const summary = `${title}：${shown.map((s) => `${s.label}${format(s.amount)}`).join('，')}；合计${format(total)}`
  return (
    <View className='breakdown-bar' data-testid='breakdown-bar'>
      <Text className='breakdown-bar__title'>{title}</Text>
      {Number(total) > 0 ? (
        <View className='breakdown-bar__track' role='img' aria-label={summary}>
          {shown.map((s, i) => {
            // Display only: the share of the bar's width, never shown as a figure.
            const share = percentOf(s.amount, total)
            return (
              <View
                key={s.key}
                className={`breakdown-bar__segment breakdown-bar__segment--${(s.tone ?? i) % 8}${s.patient ? ' breakdown-bar__segment--patient' : ''}`}
                style={{ width: `${share}%` }}
                data-key={s.key}
              >
                {Number(share) >= 12 ? <Text className='breakdown-bar__marker'>{MARKERS[i] ?? ''}</Text> : null}
              </View>
            )
          })}
        </View>
      ) : null}
      <View className='breakdown-bar__legend' role='list' data-testid='breakdown-legend'>
        {shown.map((s, i) => (
          <View key={s.key} className='breakdown-bar__item' role='listitem' data-key={s.key}>
            <View
              className={`breakdown-bar__swatch breakdown-bar__segment--${(s.tone ?? i) % 8}${s.patient ? ' breakdown-bar__segment--patient' : ''}`}
            />
            <Text className='breakdown-bar__item-label'>
              {MARKERS[i] ?? ''} {s.label}
            </Text>
            <Text className='breakdown-bar__item-amount'>{format(s.amount)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
