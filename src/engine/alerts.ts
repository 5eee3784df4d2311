// What the engine warns about, as data: an id and its parameters, like its notes (notes.ts). The
// calculation returns alerts; the words for every id are here (the core) and in alert-words-*.ts
// (one file per subpackage tool) and nowhere else, and a result's `warnings` are these words, one for
// one with its `alerts`, so a page that shows a warning beside the figure it is about can word it
// itself (wordAlertBesideLayers) instead of cutting a sentence up.
// Parameters are data, not prose: amounts as the API gives them (yuan, two decimals), layers by id,
// entries by index as given, dates as YYYY-MM-DD, the sources' own text (why a rule is not
// published) as is.
import type { Tier } from '../policy/types'
import type { CivilLaw } from './date-words'
import { CIVIL_LAW_NAMES, daySpan, monthDay } from './date-words'
import type { LayerId } from './layer-ids'
import { LAYER_LABELS } from './layer-ids'
import type { Note, Words } from './notes'
import { CORE_NOTES, note } from './notes'

// A layer's notes are the 住院 chain's: core words.
const { wordNote, wordNotes } = CORE_NOTES

/**
 * The alerts of the main package's tools: the 住院 chain, the year and the 异地就医 filing deadline
 * (`undefined`: an alert that takes none). Their words are here; the subpackage tools' alerts are
 * worded in alert-words-*.ts, as notes are (notes.ts, note-words-*.ts).
 */
export interface CoreAlertParams {
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

  // 异地就医备案 (filing-deadline.ts): the 异地就医 tab is in the main package, so these are core
  /** The holiday table lacks this year: which days of the window are off cannot be told. */
  holidaysNotCollected: { year: number }
  /** Working days (Weihai): the days off from admission up to the counted last day (`until`). */
  daysOffBeforeDeadline: { until: string; daysOff: DaysOff[] }
  /** Calendar days (Weifang): discharged on the day of admission, so no day before discharge to file on. */
  dischargedOnAdmissionDay: undefined
  /** Calendar days: the safe window holds days off only. */
  noWorkingDayInWindow: { daysOff: DaysOff[]; window: FilingWindow }
  /** Calendar days: the days off leave only the admission day in the safe window to file on. */
  onlyAdmissionDayWorking: { daysOff: DaysOff[] }
  /** Calendar days: the days off leave this many working days in the safe window. */
  fewWorkingDaysInWindow: { daysOff: DaysOff[]; window: FilingWindow; workingDays: number }
  /** Calendar days: the counted last day is a day off and moves on (第二百零三条) beyond the safe window. */
  countedDayMovedBeyondSafeWindow: { days: number; countedDay: string; movedTo: string; law: CivilLaw }
}

/** The alerts of the 生育 tools (words: alert-words-maternity.ts). */
export interface MaternityAlertParams {
  /** The sources say nothing of an infant who died within 72 hours: their reason. */
  infantDiedUnpublished: { reason: string }
  /** Extra days the sources do not give for this kind of birth: their reason. */
  extraDaysUnpublished: { reason: string; extra: BirthExtra }
  /** The region sets the days in a month; the user's choice is not used. */
  monthDaysIgnored: { days: number }
}

/** The alerts of the employee contribution tools (words: alert-words-contribution.ts). */
export interface ContributionAlertParams {
  /** A month outside the one policy year collected: computed at the standard rates. */
  otherYearStandardRate: { policyYear: number }
}

/** Every alert, by id, with its parameters. */
export interface AlertParams extends CoreAlertParams, MaternityAlertParams, ContributionAlertParams {}

/** The birth circumstances that may add leave days. */
export type BirthExtra = 'caesarean' | 'difficult'

/** A run of days off, both ends inclusive (YYYY-MM-DD). */
export interface DaysOff {
  from: string
  to: string
  /** The run holds a weekday off: a public holiday ("放假"); without one it is a weekend ("是周末"). */
  publicHoliday: boolean
}

/** Where the safe filing window ends: at discharge, or after so many days counting the admission day. */
export type FilingWindow = { kind: 'beforeDischarge' } | { kind: 'daysFromAdmission'; days: number }

export type AlertId = keyof AlertParams

/** An alert: its id, and its parameters when the id takes any. */
export type Alert = { [K in AlertId]: AlertParams[K] extends undefined ? { id: K } : { id: K; params: AlertParams[K] } }[AlertId]

/** An alert of one id. */
export type AlertOf<K extends AlertId> = Extract<Alert, { id: K }>

const LEFT_OUT = '未计入报销合计（这部分暂按个人负担显示）'

/** Days off, run by run: "10月1日至8日放假，10月11日是周末". */
const daysOffWords = (runs: DaysOff[]): string =>
  runs.map((r) => `${daySpan(r.from, r.to)}${r.publicHoliday ? '放假' : '是周末'}`).join('，')

/** The safe filing window in words: "出院前", "入院5日内（入院当天算第1天）" (the rule's basis says it too). */
export function wordFilingWindow(w: FilingWindow): string {
  return w.kind === 'beforeDischarge' ? '出院前' : `入院${w.days}日内（入院当天算第1天）`
}

/**
 * The words of the core alerts. The 生育 and 缴费 alerts are worded in alert-words-*.ts, one file per
 * tool, so a tool's words travel with it into its WeChat subpackage; alert-words.ts joins every table
 * for the public API.
 */
export const CORE_ALERT_WORDS: Words<CoreAlertParams> = {
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

  holidaysNotCollected: (p) => `未收录${p.year}年的节假日安排，无法判断窗口内哪天放假`,
  daysOffBeforeDeadline: (p) => `从入院到${monthDay(p.until)}，${daysOffWords(p.daysOff)}，这些天不是工作日`,
  dischargedOnAdmissionDay: () => '当天入院当天出院，出院前没有可以备案的工作日',
  noWorkingDayInWindow: (p) => `${daysOffWords(p.daysOff)}，${wordFilingWindow(p.window)}没有工作日`,
  onlyAdmissionDayWorking: (p) => `${daysOffWords(p.daysOff)}，只有入院当天是工作日`,
  fewWorkingDaysInWindow: (p) => `${daysOffWords(p.daysOff)}，${wordFilingWindow(p.window)}只有${p.workingDays}个工作日`,
  countedDayMovedBeyondSafeWindow: (p) =>
    `入院后第${p.days}日${monthDay(p.countedDay)}不是工作日，按${CIVIL_LAW_NAMES[p.law]}第二百零三条顺延到${monthDay(p.movedTo)}，但这一天已不在“入院${p.days}日内”的稳妥范围`
}

type ParamsArg<K extends AlertId> = AlertParams[K] extends undefined ? [] : [params: AlertParams[K]]

/** An alert of this id, with its parameters when it takes any. */
export function warning<K extends AlertId>(id: K, ...params: ParamsArg<K>): AlertOf<K> {
  return (params.length === 0 ? { id } : { id, params: params[0] }) as AlertOf<K>
}

/** Alerts worded with one table of words. */
export interface AlertWorder {
  /** One alert in words: what a result's `warnings` says for it. */
  wordAlert(a: Alert): string
  /**
   * One alert in words on a page that shows every layer's notes on its row: a layer left out of the
   * sum names the layer and what that means, not its reason again (said once per page).
   */
  wordAlertBesideLayers(a: Alert): string
  /** A result's `warnings` (its alerts in words, one for one) and `alerts` (the same as data). */
  alertFields(alerts: Alert[]): { warnings: string[]; alerts: Alert[] }
}

/** Wording with a table: an alert of an id the table lacks is a programming error, said at once. */
export function alertWorder(table: Partial<Words<AlertParams>>): AlertWorder {
  const wordAlert = (a: Alert): string => {
    const word = table[a.id] as ((p: unknown) => string) | undefined
    if (!word) throw new Error(`no words for alert ${a.id} here`)
    return word('params' in a ? a.params : undefined)
  }
  const wordAlertBesideLayers = (a: Alert): string => {
    if (a.id === 'layerLeftOut' && wordNotes(a.params.reason) !== undefined) return `${LAYER_LABELS[a.params.layer]}：${LEFT_OUT}`
    return wordAlert(a)
  }
  return { wordAlert, wordAlertBesideLayers, alertFields: (alerts) => ({ warnings: alerts.map(wordAlert), alerts }) }
}

/** The core alerts in words (the 住院 chain, the year, the filing deadline): all the main package carries. */
export const CORE_ALERTS = alertWorder(CORE_ALERT_WORDS)
