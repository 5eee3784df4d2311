// 核对结算单, the words of the page: route params, the slip as typed → the engine's Slip, and each
// line's status said as the slip shows it and as the text gives it (never "少报了" or "算错了").
import { formatYuan, parseMoney, SLIP_FIELDS } from '../../engine'
import type { Range, Slip, SlipLine, SlipStatus } from '../../engine'
import type { SlipForm } from '../../features/year'

/** The slip as typed → the engine's Slip; the first field that does not read as money, named. */
export function slipOf(
  form: SlipForm,
  labels: Record<keyof SlipForm, string>
): { ok: true; slip: Slip; count: number } | { ok: false; message: string } {
  const slip: Slip = {}
  let count = 0
  for (const f of SLIP_FIELDS) {
    const text = form[f].trim()
    if (text === '') continue
    try {
      slip[f] = parseMoney(text)
      count++
    } catch (e) {
      return { ok: false, message: `${labels[f]}：${(e as Error).message}` }
    }
  }
  return { ok: true, slip, count }
}

export const STATUS_TEXT: Record<SlipStatus, string> = {
  within: '与文件相符',
  lower: '低于文件给出的数额',
  higher: '高于文件给出的数额',
  open: '无法完全核对'
}

const UNCHECKABLE = '文件没有给出可核对的数额'

/** What the text gives for a line, as a resident reads it; readings are listed separately. */
export function rangeText(range: Range<string>): string {
  const { low, high } = range
  if (low !== null && high !== null) return low === high ? formatYuan(low) : `${formatYuan(low)}–${formatYuan(high)}`
  if (low !== null) return low === '0.00' ? UNCHECKABLE : `至少 ${formatYuan(low)}`
  if (high !== null) return `最多 ${formatYuan(high)}`
  return UNCHECKABLE
}

/** "结算单上没有“再救助”；按文件，这次可能还有 ¥X" and the like. */
export function lineSentence(l: SlipLine, slipName: string): string {
  const shows = l.shown ? `结算单上的“${slipName}”是 ${formatYuan(l.slip)}` : `结算单上没有“${slipName}”（按0计）`
  switch (l.status) {
    case 'within':
      return l.range.low !== l.range.high && l.readings.length > 0
        ? `${shows}；文件有不同理解，按各种理解这一项在 ${rangeText(l.range)} 之间（见下方），结算单在其中。`
        : `${shows}；按文件，这一项是 ${rangeText(l.range)}，相符。`
    case 'lower': {
      const owed = l.mayBeOwed as Range
      const more =
        owed.high === null
          ? `至少 ${formatYuan(owed.low as string)}`
          : owed.low === owed.high
            ? formatYuan(owed.low as string)
            : `${formatYuan(owed.low as string)}–${formatYuan(owed.high)}`
      return l.id === 'outOfPocket'
        ? `${shows}；按文件，个人负担是 ${rangeText(l.range)}，比结算单少 ${more}。`
        : `${shows}；按文件，这次可能还有 ${more}。`
    }
    case 'higher': {
      const above = l.above as Range
      const by =
        above.high === null || above.low === above.high
          ? formatYuan(above.low as string)
          : `${formatYuan(above.low as string)}–${formatYuan(above.high)}`
      if (!l.applicable) return `${shows}；${l.note ?? '按这条记录填写的身份和参保地，文件中没有这一项'}。`
      return l.id === 'outOfPocket'
        ? `${shows}；按文件，个人负担是 ${rangeText(l.range)}，结算单多 ${by}。`
        : `${shows}；按文件，这一项是 ${rangeText(l.range)}，结算单多 ${by}。`
    }
    case 'open': {
      const given = rangeText(l.range)
      return given === UNCHECKABLE ? `${shows}；${UNCHECKABLE}（见下方原因）。` : `${shows}；按文件，这一项${given}，${openSideText(l)}。`
    }
  }
}

function openSideText(l: SlipLine): string {
  const sides = l.openSides
  if (!sides) return '无法完全核对'
  if (sides.low && sides.high) return '高低都取决于文件没有公布或您没有填写的数字'
  return sides.low ? '下限取决于文件没有公布或您没有填写的数字' : '上限取决于文件没有公布或您没有填写的数字'
}

/** The sums line: 总费用 = every payment + 个人负担. */
export function sumsSentence(r: { sumsChecked: boolean; sumsOk: boolean; sumsDifference: string }): string {
  if (!r.sumsChecked) return '填写结算单上的总费用和个人负担后，可以核对各项是否加起来等于总费用。'
  if (r.sumsOk) return '各项支付加个人负担，正好等于总费用（核对到分）。'
  const d = r.sumsDifference
  return d.startsWith('-')
    ? `各项支付加个人负担，比总费用多 ${formatYuan(d.slice(1))}：请再看一遍填写的数字。`
    : `各项支付加个人负担，比总费用少 ${formatYuan(d)}：请再看一遍填写的数字，结算单上可能还有没填写的项目。`
}
