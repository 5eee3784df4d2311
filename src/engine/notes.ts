// What the engine says about a figure, as data: an id and its parameters. The calculation returns
// notes; the words for every id are here and nowhere else, and a result's `note` string is these
// words joined at the edge (wordNotes), so a later step adds a note instead of editing another's
// sentence, and a page that wants other words can word the ids itself.
// Parameters are data, not prose: amounts as the API gives them (`Yuan`, two decimals), rates as
// decimal strings (`Rate`, "0.1"), the sources' own text (a reason a figure is unpublished, a
// caveat) as is. A count of years or a year stays a plain string: no unit of units.ts is one.
import type { ChainEligibility } from '../policy/types'
import { Dec, fmt } from './money'
import { rateToPercent } from './percent'
import type { Rate, Yuan } from './units'

/** Who an assistance rule names. */
export const ELIGIBILITY_LABELS: Record<ChainEligibility, string> = {
  povertyHousehold: '建档立卡贫困人口',
  povertyNotKey: '未纳入重点救助对象的贫困人口',
  keyGroup: '重点救助对象',
  lowIncomeGroup: '低收入救助对象、因病致贫家庭重病患者'
}

/** The exceptions to the base 大病保险 rule (critical-illness.ts), as named. */
export const CRITICAL_EXCEPTION_LABELS = {
  povertyTilt: '建档立卡贫困人口倾斜支付'
} as const

export type CriticalExceptionId = keyof typeof CRITICAL_EXCEPTION_LABELS

/** The notes of the 住院 chain and the year, and those every tool may carry (`undefined`: a note that takes none). */
export interface CoreNoteParams {
  /** The sources' own words: why a figure is not published, a caveat, what a rule covers. */
  policyText: { text: string }

  // 基本医保
  basicFromSlip: undefined
  selfShareFirst: { share: Rate }
  selfShareNetworkedOnly: { share: Rate }
  outOfAreaRateUnpublished: undefined
  basicRuleUnpublished: undefined
  userDeductibleAndRatio: undefined
  basicCapUnpublished: undefined
  /** This entry meets what is left of the year's cap. */
  basicCapReached: { paidSoFar: Yuan; cap: Yuan; left: Yuan }
  /** A Weihai special chronic outpatient bill: the yearly deductible, and what is left of it before this entry. */
  specialChronicDeductible: { yearly: Yuan; left: Yuan }

  // Caps of the later layers
  noCap: undefined
  capUnpublished: { reason: string }

  // 大病保险 and its 特药
  criticalAppliesTo: { appliesTo: string; exception?: CriticalExceptionId }
  outpatientNotInCritical: undefined
  criticalPerStay: undefined
  criticalFirstStay: undefined
  criticalCumulative: undefined
  specialDrugSeparate: undefined
  specialDrugRateYear: { year: string }
  specialDrugPovertyOnly: undefined

  // 医疗机构减免, 医疗救助, 商业补充, 再救助
  waiverNonCompliant: undefined
  eligibleGroup: { eligibility: ChainEligibility }
  /** The rate is not published, the deductible is. */
  rateUnpublishedDeductiblePublished: { reason: string; deductible: Yuan }
  assistancePerStay: undefined
  commercialHeldShare: { share: Rate }
  reassistancePerStay: undefined
  /** A layer that is one county's rule, for someone insured elsewhere (or whose county is not given). */
  countyNotCollected: { county: string; askCounty: boolean }
  /** A Weihai special chronic outpatient bill's assistance: the outpatient rule. */
  outpatientAssistanceInYear: { rate: Rate; countedUpTo: Yuan | null }
  outpatientAboveAsAssistance: undefined
  outpatientAboveUnknown: undefined

  // Results of the year
  dependsOnUnentered: undefined
  /** Entries (indexes as given) whose layer was not computed or not published. */
  entriesLeftOut: { entries: number[] }
}

/** The notes of the 门诊 tools (words: note-words-outpatient.ts). */
export interface OutpatientNoteParams {
  generalCapReached: undefined
  generalContracted: undefined
  fixedRateUnpublished: undefined
  ordinaryChronicUnpublished: undefined
  enterDeductible: { reason: string }
  userDeductible: undefined
  outpatientCountyNotCollected: { county: string; askCounty: boolean }
  outpatientAssistanceOnlyFor: { eligibility: ChainEligibility }
  outpatientAssistanceRate: { appliesTo: string; rate: Rate }
  countedUpToExceeded: { limit: Yuan; above: Yuan }
  countedUpTo: { limit: Yuan }
  countedUpToPerYearUnclear: undefined
  noAnnualLimitMentioned: undefined
}

/** The notes of the 生育 tools (words: note-words-maternity.ts). */
export interface MaternityNoteParams {
  birthAtQuota: { quota: Yuan }
  birthDesignatedBelowQuota: { quota: Yuan }
  birthBelowQuota: undefined
  birthNonDesignatedReadings: undefined
  birthNonDesignatedAlike: undefined
  maternityFixed: undefined
  maternityEnterActualCost: { limit: Yuan }
  maternityWithinLimit: { limit: Yuan }
  spousePrenatalAlike: undefined
  spouseReachesStandard: undefined
  spouseEnterActualCost: { limit: Yuan }
  readingsListed: undefined
}

/** The notes of the employee contribution tools (words: note-words-contribution.ts). */
export interface ContributionNoteParams {
  minimumYearsMet: undefined
  shortfallNeedsWage: undefined
  /** The lump sum as the user's rate makes it: the text names the base, not the rate. */
  shortfallByUserRate: { rate: Rate; years: string }
}

/** The notes of 核对结算单 (words: note-words-slip.ts). */
export interface SlipNoteParams {
  slipBasicUnpublished: undefined
  slipBasicUnchecked: { reason: string }
  slipNoSpecialDrugCost: undefined
  slipNotApplicable: undefined
}

/** Every note, by id, with its parameters. */
export interface NoteParams extends CoreNoteParams, OutpatientNoteParams, MaternityNoteParams, ContributionNoteParams, SlipNoteParams {}

export type NoteId = keyof NoteParams

/** A note: its id, and its parameters when the id takes any. */
export type Note = { [K in NoteId]: NoteParams[K] extends undefined ? { id: K } : { id: K; params: NoteParams[K] } }[NoteId]

/** A note of one id. */
export type NoteOf<K extends NoteId> = Extract<Note, { id: K }>

/** Where a county's rule was not collected; with `ask`, how to choose it. */
export const countyAsk = (county: string, ask: boolean): string =>
  `本地政策未收录（以下为${county}规定）：${ask ? `如您在${county}参保，请在“参保地”中选择${county}；` : ''}您所在县市区的规定未收录`

/** Words for each note of a set of ids. */
export type Words<P> = { [K in keyof P]: (p: P[K]) => string }

/**
 * The words of the core notes. The other tools' notes are worded in note-words-*.ts, one file per
 * tool, so a tool's words travel with it (the 门诊, 生育, employee and 核对结算单 tools are WeChat
 * subpackages); note-words.ts joins every table for the public API.
 */
export const CORE_WORDS: Words<CoreNoteParams> = {
  policyText: (p) => p.text,

  basicFromSlip: () => '按结算单上的“统筹基金支付”填写',
  selfShareFirst: (p) => `先由个人负担${rateToPercent(p.share)}，其余按起付标准和支付比例计算`,
  selfShareNetworkedOnly: (p) => `原文只说联网结算时先由个人负担${rateToPercent(p.share)}，此处按不先扣计算`,
  outOfAreaRateUnpublished: () => '按就医地的起付标准和支付比例支付，这些标准文件未公布',
  basicRuleUnpublished: () => '本地政策文件未公布住院起付标准和支付比例：请填写医院告知的起付标准和支付比例，或结算单上的“统筹基金支付”',
  userDeductibleAndRatio: () => '按您填写的起付标准和支付比例计算',
  basicCapUnpublished: () => '年度最高支付限额未公布，按不封顶测算',
  basicCapReached: (p) => `本年度统筹基金已支付${p.paidSoFar}元，年度最高支付限额${p.cap}元，本次只按剩余的${p.left}元支付`,
  specialChronicDeductible: (p) =>
    `特殊门诊慢性病：每人每年起付标准${p.yearly}元，本条前尚余${p.left}元；超过部分与住院费用合并计算，按住院报销比例`,

  noCap: () => '不设最高支付限额',
  capUnpublished: (p) => `${p.reason}：按不封顶测算，实际可能更低`,

  criticalAppliesTo: (p) => `适用：${p.exception ? CRITICAL_EXCEPTION_LABELS[p.exception] : p.appliesTo}`,
  outpatientNotInCritical: () => '按特殊门诊慢性病费用不计入大病保险计算',
  criticalPerStay: () => '按起付标准每次住院分别计算',
  criticalFirstStay: () => '按本次住院为本医疗年度首次住院测算',
  criticalCumulative: () => '按本医疗年度累计个人负担测算',
  specialDrugSeparate: () => '特药费用单独计算，未报销部分计入个人负担',
  specialDrugRateYear: (p) => `原文所写比例标注为${p.year}年`,
  specialDrugPovertyOnly: () => '文件只公布了建档立卡贫困人口的大病保险特药待遇，普通居民的特药报销标准未公布',

  waiverNonCompliant: () => '按政策范围外住院费用减免；另免收住院押金，先诊疗后付费',
  eligibleGroup: (p) => `适用：${ELIGIBILITY_LABELS[p.eligibility]}`,
  rateUnpublishedDeductiblePublished: (p) => `${p.reason}（起付线 ${p.deductible} 元已公布）`,
  assistancePerStay: () => '按2万元每次住院分别计算',
  commercialHeldShare: (p) => `个人累计负担的合规住院费用保持在合规费用的${rateToPercent(p.share)}`,
  reassistancePerStay: () => '按5000元每次住院分别计算',
  countyNotCollected: (p) => `${countyAsk(p.county, p.askCounty)}，此项未计入合计`,
  outpatientAssistanceInYear: (p) =>
    `门诊救助：个人自付按${fmt(new Dec(p.rate).times(100))}%救助，全年计入${p.countedUpTo ?? ''}元（含）以内`,
  outpatientAboveAsAssistance: () => '超过部分按第四层“个人负担2万元以上合规部分”救助',
  outpatientAboveUnknown: () => '个人自付超过2万元的部分，文件未说明如何救助',

  dependsOnUnentered: () => '取决于未填写的数字，此项只能给出范围',
  entriesLeftOut: (p) => `${p.entries.map((i) => `第${i + 1}条`).join('、')}未能测算或未公布，未计入本年度合计`
}

type ParamsArg<K extends NoteId> = NoteParams[K] extends undefined ? [] : [params: NoteParams[K]]

/** A note of this id, with its parameters when it takes any. */
export function note<K extends NoteId>(id: K, ...params: ParamsArg<K>): NoteOf<K> {
  return (params.length === 0 ? { id } : { id, params: params[0] }) as NoteOf<K>
}

/** The sources' own words as a note. */
export function policyNote(text: string): NoteOf<'policyText'> {
  return { id: 'policyText', params: { text } }
}

/** Notes worded with one table of words. */
export interface Worder {
  /** One note in words. */
  wordNote(n: Note): string
  /** Notes in words, one sentence after another; undefined when none says anything. */
  wordNotes(notes: readonly Note[] | undefined): string | undefined
  /** A result's `note` (its notes in words, '' when none says anything) and `notes` (the same as data). */
  noteFields(...notes: Note[]): { note: string; notes: Note[] }
}

/** Wording with a table: a note of an id the table lacks is a programming error, said at once. */
export function worder(table: Partial<Words<NoteParams>>): Worder {
  const wordNote = (n: Note): string => {
    const word = table[n.id] as ((p: unknown) => string) | undefined
    if (!word) throw new Error(`no words for note ${n.id} here`)
    return word('params' in n ? n.params : undefined)
  }
  const wordNotes = (notes: readonly Note[] | undefined): string | undefined => {
    if (notes === undefined) return undefined
    const words = notes.map(wordNote).filter((w) => w !== '')
    return words.length > 0 ? words.join('；') : undefined
  }
  return { wordNote, wordNotes, noteFields: (...notes) => ({ note: wordNotes(notes) ?? '', notes }) }
}

/** The core notes in words (the 住院 chain, the year, 缴费 results). */
export const CORE_NOTES = worder(CORE_WORDS)
