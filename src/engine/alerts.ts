// What the engine warns about, as data: an id and its parameters, like its notes (notes.ts). The
// calculation returns alerts; the words for every id are here and nowhere else, and a result's
// `warnings` are these words, one for one with its `alerts`, so a page that shows a warning beside
// the figure it is about can word it itself (wordAlertBesideLayers) instead of cutting a sentence up.
// Parameters are data, not prose: amounts as the API gives them (yuan, two decimals), layers by id,
// entries by index as given, the sources' own text (why a rule is not published) as is.
import type { Tier } from '../policy/types'
import type { LayerId } from './layer-ids'
import { LAYER_LABELS } from './layer-ids'
import type { Note } from './notes'
import { CORE_NOTES, note } from './notes'

// A layer's notes are the 住院 chain's: core words.
const { wordNote, wordNotes } = CORE_NOTES

/** Every alert, by id, with its parameters (`undefined`: an alert that takes none). */
export interface AlertParams {
  // 基本医保
  /** The region asks for a referral to this hospital level: the sources' own words. */
  referralRequired: { text: string }
  /** The slip's 统筹基金支付 is above the tier's annual cap. */
  slipAboveTierCap: { tier: Tier; cap: string }
  /** The slips' 统筹基金支付 over the year add up to more than the annual cap. */
  yearAboveCap: { cap: string }
  /** The sources do not cover this setting: the sources' reason. */
  basicSettingNotInSources: { reason: string }
  /** The setting adjusts the rule by an unpublished figure: the sources' reason. */
  basicSettingUnpublished: { reason: string }
  basicRatioIgnored: undefined
  basicRuleUnpublished: undefined

  // A stay's layers
  /** A layer without published figures: left out of the sum, with its own notes as the reason. */
  layerLeftOut: { layer: LayerId; reason: Note[] }
  /** A layer without figures pays 0 in the usual figure, and later layers build on it. */
  layerGap: { gap: LayerId; next: LayerId }
  /** Layers that are one county's rule, for someone insured elsewhere. */
  countyLayersNotCollected: { layers: LayerId[]; county: string }
  /** An earlier entry (index as given) has a blank input: this entry's later layers are a range. */
  earlierEntryUnentered: { entry: number }
  /** An earlier entry's (index as given) basic insurance was not computed: the same, and what to enter. */
  earlierEntryBasicUnknown: { entry: number }

  // The year
  yearInDateOrder: undefined
  yearUndated: undefined
  priorCounted: undefined

  // 生育
  /** The sources say nothing of an infant who died within 72 hours: their reason. */
  infantDiedUnpublished: { reason: string }
  /** Extra days the sources do not give for this kind of birth: their reason. */
  extraDaysUnpublished: { reason: string; extra: BirthExtra }
  /** The region sets the days in a month; the user's choice is not used. */
  monthDaysIgnored: { days: number }

  // 缴费
  /** A month outside the one policy year collected: computed at the standard rates. */
  otherYearStandardRate: { policyYear: number }
}

/** The birth circumstances that may add leave days. */
export type BirthExtra = 'caesarean' | 'difficult'

const BIRTH_EXTRA_LABELS: Record<BirthExtra, string> = { caesarean: '剖宫产', difficult: '难产' }

export type AlertId = keyof AlertParams

/** An alert: its id, and its parameters when the id takes any. */
export type Alert = { [K in AlertId]: AlertParams[K] extends undefined ? { id: K } : { id: K; params: AlertParams[K] } }[AlertId]

/** An alert of one id. */
export type AlertOf<K extends AlertId> = Extract<Alert, { id: K }>

const LEFT_OUT = '未计入报销合计（这部分暂按个人负担显示）'

/** The words of every alert: the only place the engine's warnings are worded. */
const WORDS: { [K in AlertId]: (p: AlertParams[K]) => string } = {
  referralRequired: (p) => `${p.text}：未经转诊的，报销可能受影响`,
  slipAboveTierCap: (p) => `结算单上的统筹基金支付高于${p.tier === 1 ? '一' : '二'}档年度最高支付限额 ${p.cap} 元，请核对`,
  yearAboveCap: (p) => `本年度累计统筹基金支付超过年度最高支付限额 ${p.cap} 元，请核对结算单`,
  basicSettingNotInSources: (p) => `基本医保：${p.reason}，无法测算；如有结算单，请填写“统筹基金支付”`,
  basicSettingUnpublished: (p) => `基本医保：${p.reason}`,
  basicRatioIgnored: () => '基本医保：已按文件公布的支付比例计算，未使用填写的比例',
  basicRuleUnpublished: () => `基本医保：${wordNote(note('basicRuleUnpublished'))}`,

  layerLeftOut: (p) => `${LAYER_LABELS[p.layer]}：${wordNotes(p.reason) ?? '文件未公布标准'}，${LEFT_OUT}`,
  layerGap: (p) => `${LAYER_LABELS[p.gap]}未能测算，${LAYER_LABELS[p.next]}等后续各项按其支付0元计算，实际个人负担可能更低`,
  countyLayersNotCollected: (p) =>
    `${p.layers.map((id) => LAYER_LABELS[id]).join('、')}是${p.county}的规定，您所在县市区的规定未收录，未计入报销合计`,
  earlierEntryUnentered: (p) =>
    `第${p.entry + 1}条有未填写的数字（如起付标准），本年度累计个人负担未定，本条的大病保险及以后各项只能给出范围`,
  earlierEntryBasicUnknown: (p) =>
    `第${p.entry + 1}条的基本医保未能测算，本年度累计个人负担未知，本条的大病保险及以后各项只能给出范围；请在该条填写结算单上的“统筹基金支付”`,

  yearInDateOrder: () => '已按日期先后计算各条记录：年度累计的各项按时间顺序计',
  yearUndated: () => '有记录未填日期：年度累计按填写顺序计算',
  priorCounted: () => '已计入“本年度此前已报销”的金额：年度限额、大病保险起付标准等按此累计',

  infantDiedUnpublished: (p) => `${p.reason}，按正常生育测算`,
  extraDaysUnpublished: (p) => `${p.reason}：未增加${BIRTH_EXTRA_LABELS[p.extra]}天数`,
  monthDaysIgnored: (p) => `文件已规定按${p.days}天折算日工资，未使用您选择的天数`,

  otherYearStandardRate: (p) => `只收录了${p.policyYear}年政策，其他年份按标准费率测算，未含当年可能有的减免`
}

/** Every id, in the order of the word table (for tests and for a page that words them itself). */
export const ALERT_IDS = Object.keys(WORDS) as AlertId[]

type ParamsArg<K extends AlertId> = AlertParams[K] extends undefined ? [] : [params: AlertParams[K]]

/** An alert of this id, with its parameters when it takes any. */
export function warning<K extends AlertId>(id: K, ...params: ParamsArg<K>): AlertOf<K> {
  return (params.length === 0 ? { id } : { id, params: params[0] }) as AlertOf<K>
}

/** One alert in words: what a result's `warnings` says for it. */
export function wordAlert(a: Alert): string {
  const word = WORDS[a.id] as (p: unknown) => string
  return word('params' in a ? a.params : undefined)
}

/**
 * One alert in words on a page that shows every layer's notes on its row: a layer left out of the
 * sum names the layer and what that means, not its reason again (said once per page).
 */
export function wordAlertBesideLayers(a: Alert): string {
  if (a.id === 'layerLeftOut' && wordNotes(a.params.reason) !== undefined) return `${LAYER_LABELS[a.params.layer]}：${LEFT_OUT}`
  return wordAlert(a)
}

/** A result's `warnings` (its alerts in words, one for one) and `alerts` (the same as data). */
export function alertFields(alerts: Alert[]): { warnings: string[]; alerts: Alert[] } {
  return { warnings: alerts.map(wordAlert), alerts }
}
