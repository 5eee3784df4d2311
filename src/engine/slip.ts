// 核对结算单 (issue 24): a settlement slip of one stay of the year, line by line against the range
// the policy gives for the same household, year and earlier stays. The slip's 总费用, 政策范围内费用
// and 统筹基金支付 stand for the stay's own figures in the computation (as a slip figure does in the
// estimator); every other line is compared with its layer's range. Nothing here says the slip is
// wrong: a line is within the range, lower or higher than it, or not checkable on an open side.
import type Decimal from 'decimal.js'
import type { PolicyPack, PolicyText, Reference, RemoteSituation } from '../policy/types'
import { isUnpublished } from '../policy/types'
import type { SlipHelpLine, SlipHelpTexts } from '../policy/slip-help'
import { slipHelpFor } from '../policy/slip-help'
import { PolicyInputError } from './errors'
import type { LayerId, Range } from './layer'
import { LAYER_LABELS, LAYER_ORDER } from './layer'
import { Dec, fmt, parseOptionalAmount, ZERO } from './money'
import type { Note } from './notes'
import { note } from './notes'
import { SLIP_NOTES } from './note-words-slip'
import type { FigureSpread, InpatientEstimate, ReadingShown, StayInput, UnknownShown, YearInput } from './year'
import { entriesOf, explainYear } from './year'
import { SLIP_FIELDS, type Slip, type SlipField } from './slip-fields'
import type { Yuan } from './units'
import { yuan } from './units'

export type { Slip, SlipField } from './slip-fields'
export { SLIP_FIELDS, SLIP_FIELD_NAMES } from './slip-fields'

/** The slip's payment lines, the chain's layers (basic is the slip's 统筹基金支付). */
const PAYMENT_FIELD: Record<LayerId, SlipField> = {
  basic: 'basicPaid',
  critical: 'critical',
  specialDrug: 'specialDrug',
  hospitalWaiver: 'hospitalWaiver',
  assistance: 'assistance',
  commercial: 'commercial',
  reassistance: 'reassistance'
}

export type SlipLineId = LayerId | 'outOfPocket'
export type SlipStatus = 'within' | 'lower' | 'higher' | 'open'

export interface SlipLine {
  id: SlipLineId
  label: string
  /** The slip's figure, two decimals; '0.00' for a layer the slip leaves out while it shows its total. */
  slip: Yuan
  /** False when the slip does not show this line and it counts as 0 (the slip shows 总费用 and 个人负担). */
  shown: boolean
  /** What the policy gives for this line, for this household, year and earlier stays. */
  range: Range
  status: SlipStatus
  /** 'lower': what the text gives above the slip figure (high null: no upper limit from the sources). */
  mayBeOwed?: Range
  /** 'higher': how far the slip figure is above the range. */
  above?: Range
  /** Sides of the range the sources leave open, and why (unknowns, layers without figures). */
  openSides?: { low: boolean; high: boolean; reasons: string[] }
  /** Readings that move this line's range: each option with the line's range under it. */
  readings: SlipReading[]
  unknowns: UnknownShown[]
  /** False when the text gives no such layer to this household as entered (its range is 0). */
  applicable: boolean
  /** The notes in words. */
  note?: string
  /** The same notes as data (an id and its parameters each), for a page that words them itself; present with `note`. */
  notes?: Note[]
  sources: Reference[]
  /** 'lower' and 'open' payment lines: who handles it and what to bring, as the sources say, and what they do not say. */
  help?: SlipHelpTexts
}

export interface SlipReading {
  id: string
  question: string
  /** Each option with the line's range under it; `slipWithin`: the slip figure is within that range (or on its open side). */
  options: { label: string; range: Range; reference: Reference; slipWithin: boolean }[]
}

export interface SlipCheck {
  lines: SlipLine[]
  /** The slip shows 总费用 and 个人负担, and 总费用 = every payment shown + 个人负担, to the fen. */
  sumsOk: boolean
  /** 总费用 − (payments + 个人负担) on the slip; '0.00' when the sums cannot be checked. */
  sumsDifference: Yuan
  /** Whether the slip shows both 总费用 and 个人负担, so its sums can be checked. */
  sumsChecked: boolean
  /** The stay as computed with the slip's figures. */
  stay: InpatientEstimate
  /**
   * The figures the stay was computed on: the slip's (two decimals) where it shows them, else the
   * entry's own as typed ("110000"), so plain strings, not `Yuan`.
   */
  used: { totalCost: string; compliantCost: string | null; basicPaid: string | null }
}

export interface SlipInput extends YearInput {
  /** The stay of `entries` the slip belongs to (its index as given). */
  stayIndex: number
  slip: Slip
}

const MONEY_FIELDS: Record<SlipField, string> = {
  totalCost: '总费用',
  compliantCost: '政策范围内费用',
  basicPaid: '统筹基金支付',
  critical: '大病保险',
  specialDrug: '大病保险特药',
  hospitalWaiver: '医疗机构减免',
  assistance: '医疗救助',
  commercial: '医疗商业补充保险',
  reassistance: '再救助',
  outOfPocket: '个人负担'
}

function parseSlip(slip: unknown): Partial<Record<SlipField, Decimal>> {
  if (typeof slip !== 'object' || slip === null || Array.isArray(slip)) throw new PolicyInputError('slip', '结算单数据无效')
  const out: Partial<Record<SlipField, Decimal>> = {}
  for (const f of SLIP_FIELDS) {
    try {
      const v = parseOptionalAmount(`slip.${f}`, (slip as Slip)[f])
      if (v !== undefined) out[f] = v
    } catch (e) {
      if (e instanceof PolicyInputError) throw new PolicyInputError(`slip.${f}`, `结算单上的“${MONEY_FIELDS[f]}”：${e.message}`)
      throw e
    }
  }
  if (Object.keys(out).length === 0) throw new PolicyInputError('slip', '请至少填写结算单上的一项金额')
  if (out.totalCost && out.compliantCost && out.compliantCost.gt(out.totalCost)) {
    throw new PolicyInputError('slip.compliantCost', '结算单上的“政策范围内费用”不能大于“总费用”')
  }
  if (out.compliantCost && out.basicPaid && out.basicPaid.gt(out.compliantCost)) {
    throw new PolicyInputError('slip.basicPaid', '结算单上的“统筹基金支付”不能大于“政策范围内费用”')
  }
  return out
}

/** An error of the computation about a figure the slip supplied, named as the slip's. */
function slipError(e: unknown, stayIndex: number, supplied: SlipField[]): unknown {
  if (!(e instanceof PolicyInputError)) return e
  const prefix = `stays[${stayIndex}].`
  if (!e.field.startsWith(prefix)) return e
  const f = e.field.slice(prefix.length) as SlipField
  if (!supplied.includes(f)) return e
  return new PolicyInputError(`slip.${f}`, `结算单：${e.reason}`)
}

function statusOf(slip: Decimal, range: Range): SlipStatus {
  if (range.low !== null && slip.lt(range.low)) return 'lower'
  if (range.high !== null && slip.gt(range.high)) return 'higher'
  return range.low !== null && range.high !== null ? 'within' : 'open'
}

function readingsOf(readings: ReadingShown[], slip: Decimal): SlipReading[] {
  return readings.map((r) => ({
    id: r.id,
    question: r.question,
    options: r.options.map((o) => ({
      label: o.label,
      range: o.range,
      reference: o.reference,
      slipWithin: statusOf(slip, o.range) !== 'lower' && statusOf(slip, o.range) !== 'higher'
    }))
  }))
}

const REMOTE: Partial<Record<string, RemoteSituation>> = {
  referral: 'referral',
  emergency: 'emergency',
  longTermResidence: 'longTermResidence',
  unreferred: 'unfiled'
}

/** The pack's remote-care card words for a stay settled away from home: how a claim at home goes. */
function remoteHelp(pack: PolicyPack, stay: StayInput): { who: PolicyText[]; bring: PolicyText[] } {
  const situation = REMOTE[stay.setting ?? 'local']
  if (situation === undefined) return { who: [], bring: [] }
  const card = pack.remoteCare[situation]
  if (card.status !== 'published') return { who: [], bring: [] }
  const who = card.settlement.notNetworked ? [card.settlement.notNetworked] : []
  const bring = isUnpublished(card.settlement.claimMaterials) ? [] : card.settlement.claimMaterials
  return { who, bring }
}

function lineOf(
  id: SlipLineId,
  slipFigure: Decimal,
  shown: boolean,
  range: Range,
  spread: FigureSpread,
  extra: { applicable: boolean; notes?: Note[]; sources: Reference[]; unpublished: boolean }
): SlipLine {
  const status = statusOf(slipFigure, range)
  const line: SlipLine = {
    id,
    label: id === 'outOfPocket' ? '个人负担' : LAYER_LABELS[id],
    slip: fmt(slipFigure),
    shown,
    range,
    status,
    readings: readingsOf(spread.readings, slipFigure),
    unknowns: spread.unknowns,
    applicable: extra.applicable,
    sources: extra.sources
  }
  const words = SLIP_NOTES.wordNotes(extra.notes)
  if (words !== undefined && extra.notes !== undefined) {
    line.note = words
    line.notes = [...extra.notes]
  }
  if (status === 'lower' && range.low !== null) {
    line.mayBeOwed = {
      low: fmt(new Dec(range.low).minus(slipFigure)),
      high: range.high === null ? null : fmt(new Dec(range.high).minus(slipFigure))
    }
  }
  if (status === 'higher' && range.high !== null) {
    line.above = { low: fmt(slipFigure.minus(range.high)), high: range.low === null ? null : fmt(slipFigure.minus(range.low)) }
  }
  if (range.low === null || range.high === null) {
    // A layer without figures is open for that reason alone; otherwise the unknowns that move it.
    const reasons = extra.unpublished ? [] : spread.unknowns.map((u) => u.label)
    if (reasons.length === 0 && words) reasons.push(words)
    line.openSides = { low: range.low === null, high: range.high === null, reasons }
  }
  return line
}

/**
 * Checks a settlement slip of `entries[stayIndex]` against the policy. The slip's 总费用, 政策范围内费用
 * and 统筹基金支付 replace the stay's own; each payment line and 个人负担 is compared with the range
 * the policy gives (earlier stays of the year count). A layer the slip leaves out counts as 0 when
 * the slip shows 总费用 and 个人负担, the total it belongs to. Bad input throws PolicyInputError.
 */
export function checkSlip(input: SlipInput): SlipCheck {
  if (typeof input !== 'object' || input === null) throw new PolicyInputError('', '核对数据无效')
  const entries = entriesOf(input)
  const i = input.stayIndex
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= entries.length) {
    throw new PolicyInputError('stayIndex', '要核对的记录不存在')
  }
  const own = entries[i]
  if (typeof own !== 'object' || own === null) throw new PolicyInputError(`stays[${i}]`, '住院记录无效')
  if ((own.kind ?? 'inpatient') !== 'inpatient') throw new PolicyInputError('stayIndex', '核对结算单只适用于住院记录')
  const slip = parseSlip(input.slip)

  const stay: StayInput = { ...own }
  const supplied: SlipField[] = []
  if (slip.totalCost) {
    stay.totalCost = fmt(slip.totalCost)
    supplied.push('totalCost')
  }
  if (slip.compliantCost) {
    stay.compliantCost = fmt(slip.compliantCost)
    supplied.push('compliantCost')
  }
  if (slip.basicPaid) {
    stay.basicPaid = fmt(slip.basicPaid)
    supplied.push('basicPaid')
    if (stay.compliantCost === undefined || stay.compliantCost === '') {
      throw new PolicyInputError('slip.compliantCost', '填写了结算单上的“统筹基金支付”时，请同时填写“政策范围内费用”')
    }
  }
  const withSlip = entries.map((s, k) => (k === i ? stay : s))
  const yearInput: YearInput = { ...input, entries: withSlip }
  delete yearInput.stays
  delete (yearInput as Partial<SlipInput>).stayIndex
  delete (yearInput as Partial<SlipInput>).slip

  let explained: ReturnType<typeof explainYear>
  try {
    explained = explainYear(yearInput)
  } catch (e) {
    throw slipError(e, i, supplied)
  }
  const estimate = explained.estimate.stays[i]
  // One estimate per stay, in the input's order: i was checked against the entries above.
  if (estimate === undefined) throw new PolicyInputError('stayIndex', '要核对的记录不存在')

  // The basic layer's own range: the stay without any slip figure for it (its deductible and ratio as entered).
  let basicRange: { range: Range; spread: FigureSpread; notes?: Note[]; sources: Reference[]; unpublished: boolean } | undefined
  const wantsBasic = slip.basicPaid !== undefined || (slip.totalCost !== undefined && slip.outOfPocket !== undefined)
  if (wantsBasic) {
    const bare: StayInput = { ...stay }
    delete bare.basicPaid
    try {
      const alt = explainYear({ ...yearInput, entries: withSlip.map((s, k) => (k === i ? bare : s)) })
      const l = alt.estimate.stays[i]?.layers.find((x) => x.id === 'basic')
      if (l) {
        const unpublished = l.status === 'unpublished'
        basicRange = {
          range: l.range,
          spread: alt.spread(i, 'basic'),
          notes: unpublished ? [note('slipBasicUnpublished')] : l.notes,
          sources: l.sources,
          unpublished
        }
      }
    } catch (e) {
      // The slip's figure carries the stay; only the rule's own figure lacks an input (e.g. the hospital level).
      if (!(e instanceof PolicyInputError)) throw e
      basicRange = {
        range: { low: null, high: null },
        spread: { readings: [], unknowns: [] },
        notes: [note('slipBasicUnchecked', { reason: e.reason })],
        sources: [],
        unpublished: true
      }
    }
  }

  const sumsChecked = slip.totalCost !== undefined && slip.outOfPocket !== undefined
  const household = {
    povertyHousehold: input.povertyHousehold === true,
    assistanceGroup: input.assistanceGroup ?? 'none',
    anqiu: input.county === 'anqiu'
  }
  // The words come from the pack the figures were computed on (the year of the stays' dates, or the given pack).
  const { pack } = explained
  const remote = remoteHelp(pack, own)
  const lines: SlipLine[] = []
  for (const id of LAYER_ORDER) {
    const field = PAYMENT_FIELD[id]
    const figure = slip[field]
    const layer = estimate.layers.find((l) => l.id === id)
    if (figure === undefined && (!sumsChecked || layer === undefined)) continue
    const shown = figure !== undefined
    const value = figure ?? ZERO
    let line: SlipLine
    if (!layer) {
      const noDrugCost = id === 'specialDrug' && household.povertyHousehold
      line = lineOf(
        id,
        value,
        shown,
        { low: yuan('0.00'), high: yuan('0.00') },
        { readings: [], unknowns: [] },
        {
          applicable: false,
          notes: [note(noDrugCost ? 'slipNoSpecialDrugCost' : 'slipNotApplicable')],
          sources: [],
          unpublished: false
        }
      )
    } else if (id === 'basic') {
      if (!basicRange) continue
      line = lineOf(id, value, shown, basicRange.range, basicRange.spread, {
        applicable: true,
        notes: basicRange.notes,
        sources: basicRange.sources,
        unpublished: basicRange.unpublished
      })
    } else {
      line = lineOf(id, value, shown, layer.range, explained.spread(i, id), {
        applicable: true,
        notes: layer.notes,
        sources: layer.sources,
        unpublished: layer.status === 'unpublished'
      })
    }
    // Where the slip may show less than the text gives: below the range, or on a side the sources leave open.
    if (line.status === 'lower' || line.status === 'open') {
      const help = slipHelpFor(id as SlipHelpLine, { region: pack.region, year: pack.year, ...household })
      if (id === 'basic' && remote.who.length + remote.bring.length > 0) {
        help.who = [...help.who, ...remote.who]
        help.bring = [...help.bring, ...remote.bring]
        help.silent = ['文件写的是这种就医不能联网结算时的报销办法和材料，没有写明对结算单上的数额有疑问时找谁']
      }
      line.help = help
    }
    lines.push(line)
  }
  if (slip.outOfPocket !== undefined) {
    lines.push(
      lineOf(
        'outOfPocket',
        slip.outOfPocket,
        true,
        estimate.range,
        { readings: estimate.readings, unknowns: estimate.unknowns },
        { applicable: true, sources: [], unpublished: false }
      )
    )
  }

  let sumsDifference = ZERO
  if (sumsChecked) {
    let parts = slip.outOfPocket as Decimal
    for (const id of LAYER_ORDER) parts = parts.plus(slip[PAYMENT_FIELD[id]] ?? ZERO)
    sumsDifference = (slip.totalCost as Decimal).minus(parts)
  }
  return {
    lines,
    sumsOk: sumsChecked && sumsDifference.isZero(),
    sumsDifference: fmt(sumsDifference),
    sumsChecked,
    stay: estimate,
    used: {
      totalCost: stay.totalCost,
      compliantCost: stay.compliantCost === undefined || stay.compliantCost === '' ? null : stay.compliantCost,
      basicPaid: stay.basicPaid ?? null
    }
  }
}
