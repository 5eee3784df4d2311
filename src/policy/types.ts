// Policy data is modelled after OpenFisca parameters: every figure is a value with a unit, the
// period it applies to, and a reference that names the document, the section and a short verbatim
// quote (checked by ../shared/tools/check-quotes.mjs). A figure the documents do not give is an
// `Unpublished` with its reason, never a guessed number.

export type RegionId = 'weihai' | 'weifang'

/** The two source documents in ../shared/seeds. */
export type DocumentId = 'wendeng-2019-12' | 'anqiu-2020-06'

export interface SourceDocument {
  id: DocumentId
  /** Short title shown to users. */
  title: string
  publisher: string
  /** ISO date of publication. */
  date: string
  /** File name in shared/seeds, for maintainers. */
  seedFile: string
  region: RegionId
  /** Where the document's rules hold, when that is narrower in part than its region. */
  scope?: string
  /** Who told the city's figures, said beside the city's name ("据文登区医疗保障局公布"). */
  toldBy?: string
  /** What 关于 says of this document's reach, when a reader needs telling (a county's own rules). */
  readerNote?: { label: string; text: string }
}

export interface Reference {
  doc: DocumentId
  /** The section heading or question in the document, as a reader finds it. */
  section: string
  /** A short excerpt that appears verbatim in the document ("…" may skip text). */
  quote: string
}

export interface Period {
  /** Inclusive ISO date. */
  start: string
  /** Inclusive ISO date; absent when open-ended. */
  end?: string
}

export type Unit = 'yuan' | 'rate' | 'days' | 'workingDays' | 'years' | 'months' | 'count' | 'age' | 'period' | 'date'

export interface Parameter<T = string> {
  /** Decimal values are strings so that money never passes through a float. */
  value: T
  unit: Unit
  period: Period
  reference: Reference
  description?: string
  /** Why the quote cannot show this figure as written (tests/policy/figures-in-quotes.test.ts). */
  figureNote?: string
  /** Carried from an earlier year's document by this sentence of the new one (carryForward). */
  carriedBy?: Reference
}

export interface Unpublished {
  unpublished: true
  /** One line: why the app cannot give this figure. */
  reason: string
  description?: string
}

export type MaybeParameter<T = string> = Parameter<T> | Unpublished

export function isPublished<T>(p: MaybeParameter<T>): p is Parameter<T> {
  return !(p as Unpublished).unpublished
}

/** A marginal-rate bracket; `to` absent means no upper bound. Amounts in yuan. */
export interface Bracket {
  from: string
  to?: string
  rate: string
}

export interface Scale {
  brackets: Bracket[]
  unit: 'yuan'
  period: Period
  reference: Reference
}

/** A text the app shows rather than computes (steps, materials, conditions), with its source. */
export interface PolicyText {
  text: string
  reference: Reference
}

// ---------------------------------------------------------------------------------------------
// The policy pack: one per region and year. Both regions share this shape; where a document is
// silent the field holds an `Unpublished` (with its reason) rather than disappearing, so a page can
// always say "本地政策文件未公布此项" instead of guessing.
// ---------------------------------------------------------------------------------------------

export type Tier = 1 | 2
export type HospitalLevel = 1 | 2 | 3

/** A cap the document explicitly abolishes ("取消最高支付限额"), as opposed to one it does not give. */
export interface Uncapped {
  uncapped: true
  reference: Reference
}

export type Cap = Parameter | Uncapped | Unpublished

export function isUncapped(c: Cap): c is Uncapped {
  return (c as Uncapped).uncapped === true
}

export type MaybeScale = Scale | Unpublished
export type MaybeTexts = PolicyText[] | Unpublished

export interface Hotline {
  name: string
  number: string
  purpose: string
  reference: Reference
}

/** One way to pay; `steps` are shown as a numbered list in this order. */
export interface PaymentChannel {
  id: 'wechatOfficialAccount' | 'wechatMiniProgram' | 'alipay' | 'terminal' | 'nongjintong'
  name: string
  /** Official account or mini-program name to search for. */
  accountName?: string
  /** Menu path, each element one tap. */
  menuPath?: string[]
  /** Where the channel is found (terminals). */
  locations?: string[]
  /** What to bring or have at hand. */
  whatToBring?: string[]
  steps: MaybeTexts
  reference: Reference
}

export interface PovertySubsidy {
  /** The year the figures were published for: the app shows it next to the amounts. */
  year: number
  adult: Parameter
  student: Parameter
  note: string
}

export interface ResidentContributionRules {
  rates: {
    adultTier1: MaybeParameter
    adultTier2: MaybeParameter
    minor: MaybeParameter
    student: MaybeParameter
  }
  collectionPeriod: MaybeParameter<Period>
  channels: PaymentChannel[] | Unpublished
  povertySubsidy: PovertySubsidy | Unpublished
  midYearAdditions: MaybeTexts
  notes: PolicyText[]
}

export interface TierInpatientRule {
  /** Brackets on the compliant cost C itself; the part below the deductible is never paid. */
  scaleByLevel: Record<HospitalLevel, Scale> | Unpublished
  annualCap: MaybeParameter
}

export type InpatientSetting = 'local' | 'referral' | 'emergency' | 'longTermResidence' | 'unreferred'

export type SettingRule =
  /** Paid like a local stay. */
  | { kind: 'standard'; reference?: Reference }
  /** The patient first bears `share` of the compliant cost; the rest goes through the usual rule. */
  | { kind: 'selfShareFirst'; share: Parameter }
  /** The document says an adjustment exists but gives no figure: compute on the user's figures, warn. */
  | { kind: 'unpublishedAdjustment'; reason: string; reference?: Reference }
  /** The document says nothing about this setting: the basic layer is not computed. */
  | { kind: 'notInSources'; reason: string }

export interface InpatientRules {
  /** Region-specific names of settings where the common name would mislead (Weihai: a referral is out of the city). */
  settingLabels?: Partial<Record<InpatientSetting, string>>
  deductible: MaybeParameter
  ratio: MaybeParameter
  tiers: Record<Tier, TierInpatientRule>
  settings: Record<InpatientSetting, SettingRule>
  /** Access rules (referral needs, direct settlement), shown as text. */
  access: PolicyText[]
  /** Stays that need a referral first (Weifang: 一档 residents at a level-3 hospital). */
  referralRequired?: { tier: Tier; hospitalLevel: HospitalLevel; text: PolicyText }[]
}

export interface CriticalIllnessRule {
  deductible: MaybeParameter
  /** Brackets on P1, the compliant personal burden after basic insurance. */
  scale: MaybeScale
  annualCap: Cap
  appliesTo: string
}

export interface SpecialDrugRule {
  deductible: Parameter
  rate: Parameter
  annualCap: Parameter
  /** Why the rule is not a confirmed one (what the text leaves open); shown wherever the rule is. */
  caveat?: string
}

export interface CriticalIllnessRules {
  /** The base rule, for ordinary residents. */
  base: CriticalIllnessRule
  /** Exception to the base rule for 建档立卡贫困人口 (Catala style: it replaces the base when it applies). */
  povertyTilt: CriticalIllnessRule
  /** 大病保险特药 for poverty households. */
  specialDrug: SpecialDrugRule | Unpublished
  funding: MaybeParameter
  notes: PolicyText[]
}

/** Who a chain layer is for. */
export type ChainEligibility = 'povertyHousehold' | 'povertyNotKey' | 'keyGroup' | 'lowIncomeGroup'

export interface HospitalWaiverRule {
  eligibility: ChainEligibility
  /** Share of the non-compliant part (T − C) waived. */
  rate: Parameter
  maxPerPerson: Parameter
  notes: PolicyText[]
}

export interface AssistanceRule {
  eligibility: ChainEligibility
  /** Amount of P2 the patient keeps before assistance starts; '0' when there is none. */
  deductible: MaybeParameter
  rate: MaybeParameter
  annualCap: Cap
}

export interface CommercialRule {
  eligibility: ChainEligibility
  /** The compliant burden is held at this share of C. */
  heldShare: Parameter
  annualCap: Parameter
  notes: PolicyText[]
}

export interface ReassistanceRule {
  eligibility: ChainEligibility
  threshold: Parameter
  rate: Parameter
  annualCap: Parameter
}

/** A rule of one county inside the region (Weifang's 医疗救助 are 安丘市's own rules). */
export interface CountyScope {
  county: CountyId
  name: string
  reference: Reference
}

/** The counties the app knows rules of; 'other' is any county whose rules are not collected. */
export type CountyId = 'anqiu' | 'other'

/** The layers after 大病保险, in chain order. Absent (undefined) means the region has no such category. */
export interface ChainRules {
  /** When set, every layer after 大病保险 is that county's rule and applies only to people insured there. */
  countyScope?: CountyScope
  hospitalWaiver: HospitalWaiverRule | (Unpublished & { eligibility: ChainEligibility })
  assistance: {
    /** Weihai: poverty households not in the key-assistance group. */
    povertyNotKey?: AssistanceRule
    key: AssistanceRule | Unpublished
    lowIncome: AssistanceRule | Unpublished
  }
  commercial: CommercialRule | (Unpublished & { eligibility: ChainEligibility })
  reassistance: ReassistanceRule | Unpublished
  /** Outpatient assistance and other texts. */
  notes: PolicyText[]
  /** Longest time from applying for assistance to payment, in working days, and who it is for. */
  processingTime?: { workingDays: Parameter<number>; appliesTo: ChainEligibility }
}

export interface ChronicRules {
  diseaseCounts: { label: string; count: Parameter<number> }[]
  /** Weihai 普通门诊慢性病. */
  ordinary?: {
    deductible: MaybeParameter
    rate: Parameter
    annualCapByTier: Record<Tier, Parameter>
  }
  /** Weihai 特殊门诊慢性病. */
  special?: {
    deductible: Parameter
    /** Above the deductible, pooled with inpatient costs at the inpatient ratio. */
    mergedWithInpatient: PolicyText
    fixedRate: { diseases: PolicyText; fundShare: Parameter; selfShare: Parameter }
  }
  /** Poverty or key-group outpatient assistance. */
  assistance: PolicyText[]
  /** The outpatient assistance the engine computes (outpatientAssistance). */
  assistanceRules?: OutpatientAssistanceRule[]
  notes: PolicyText[]
}

/** An outpatient assistance rule with its figures (POLICY-READING §5, §6). */
export interface OutpatientAssistanceRule {
  id: 'povertyChronic' | 'keyGroupDrugs'
  eligibility: ChainEligibility
  /** The self-pay the rate applies to, as the text names it. */
  appliesTo: string
  rate: Parameter
  /** Self-pay counted up to this amount (inclusive); absent when the text gives no limit. */
  countedUpTo?: Parameter
  /** Set when the rule is one county's own (安丘市): other counties' users get no figure. */
  county?: CountyId
}

export interface OutpatientRules {
  general: { rate: Parameter; annualCap: { resident: Parameter; employee: Parameter }; notes: PolicyText[] } | Unpublished
  chronic: ChronicRules
}

export interface ResidentDeliveryRule {
  quota: Parameter
  nonDesignatedRate: Parameter
  nonDesignatedQuota: Parameter
  notes: PolicyText[]
}

export interface MaternityRules {
  days: {
    normal: Parameter<number>
    caesareanExtra: MaybeParameter<number>
    difficultExtra: MaybeParameter<number>
    perExtraBaby: Parameter<number>
    infantDiedWithin72h: MaybeParameter<number>
    miscarriage: {
      thresholdMonths: Parameter<number>
      /** Which side exactly `thresholdMonths` falls on: Weihai "满4个月" → long, Weifang "含4个月" → short. */
      atThreshold: 'short' | 'long'
      shortDays: Parameter<number>
      longDays: Parameter<number>
    }
  }
  allowance: {
    /** Days in a month for the daily wage; Weihai does not give it. */
    divisor: MaybeParameter<number>
    wageBasis: PolicyText
    /** Women without maternity insurance: who pays and on what wage. */
    uninsured?: PolicyText
    notes: PolicyText[]
  }
  /** Weifang employee 生育医疗费. */
  medical:
    | {
        prenatal: Parameter
        delivery: Parameter
        perExtraBaby: Parameter
        miscarriageShort: Parameter
        miscarriageLong: Parameter
        familyPlanning: Parameter
        unemployedSpouseShare: Parameter
        notes: PolicyText[]
      }
    | Unpublished
  conditions: MaybeTexts
}

export interface EmployerRelief {
  employerType: 'enterprise' | 'institution'
  /** Inclusive months, 'YYYY-MM'. */
  from: string
  to: string
  /** Percentage points taken off the employer rate, as a rate ('0.025'). */
  points: Parameter
}

export interface EmployeeRules {
  totalRate: Parameter
  employerRate: Parameter
  individualRate: Parameter
  relief: EmployerRelief[]
  reliefAppliesTo: Record<'enterprise' | 'institution', PolicyText>
  personalAccount: {
    inService: { ageThreshold: Parameter<number>; below: Parameter; fromThreshold: Parameter }
    retiree: { ageThreshold: Parameter<number>; below: Parameter; fromThreshold: Parameter }
  }
  deferral: { maxMonths: Parameter<number>; notes: PolicyText[] }
  lateFeeWaiver: PolicyText
  /** The waiver as dates: arrears of these months ('YYYY-MM', inclusive) paid before `payBefore`. */
  lateFeeWaiverDates?: { arrearsFrom: string; arrearsTo: string; payBefore: Parameter }
  minimumYears: {
    male: Parameter<number>
    female: Parameter<number>
    shortfallRate: MaybeParameter
    shortfallBase: PolicyText
    consequence: PolicyText
  }
  transferToResident: {
    withinDays: Parameter<number>
    /** Who may transfer, all the groups the text names (the date tool says it before its input). */
    appliesTo?: PolicyText
    /** "自缴费下月起": benefits start in the month after payment. */
    benefitsFromNextMonth?: PolicyText
    notes: PolicyText[]
  }
  notes: PolicyText[]
}

export type RemoteSituation = 'referral' | 'emergency' | 'longTermResidence' | 'postedWorker' | 'migrantWorker' | 'unfiled'

/** Machine-readable filing deadline, used by the engine's filingDeadline. */
export type FilingDeadlineRule =
  | { kind: 'workingDaysAfterAdmission'; days: Parameter<number> }
  | { kind: 'calendarDaysAfterAdmissionBeforeDischarge'; days: Parameter<number> }

export interface RemoteCareGuide {
  situation: RemoteSituation
  status: 'published'
  title: string
  /** Who the situation is for, as the document defines it. */
  appliesTo: PolicyText
  /** Weihai counts posted workers as long-term residents: the page can link to that card. */
  sameAs?: RemoteSituation
  filing?: {
    whoFiles: PolicyText | Unpublished
    where?: PolicyText
    deadline?: FilingDeadlineRule & { text: PolicyText }
    /** Numbered steps. */
    steps: PolicyText[]
    materials: MaybeTexts
    /** Alternatives: any one of the listed materials suffices. */
    anyOneOf?: boolean
    validity?: PolicyText
    /** How to file, as the document says it (the emergency card's second answer, POLICY-READING §8). */
    how?: PolicyText
    /** What happens without filing, or that the document does not say (the card's third answer). */
    ifNotFiled?: PolicyText | Unpublished
    /** Who the materials list is for, when the document gives another path for others. */
    materialsFor?: PolicyText
    /** Another path that needs none of the listed materials (e.g. a roster from the labour agency). */
    otherPath?: PolicyText
    /** The filing cannot be changed for this many years after it takes effect. */
    changeLockYears?: Parameter<number>
  }
  settlement: {
    networked?: PolicyText
    notNetworked?: PolicyText
    /** What to bring when claiming at home. */
    claimMaterials: MaybeTexts
    reimbursement: PolicyText | Unpublished
  }
  notes: PolicyText[]
}

export interface RemoteCareNotCovered {
  situation: RemoteSituation
  status: 'notInSources'
  title: string
  reason: string
}

export type RemoteCareEntry = RemoteCareGuide | RemoteCareNotCovered

/**
 * The readings the sources leave open (POLICY-READING §10), by id. Each is data in the pack of the
 * region whose text it reads; the engine evaluates every option and the answer spans them.
 */
export type ReadingId =
  | 'weifang.age45'
  | 'weifang.nonDesignatedBirth'
  | 'weifang.designatedBirth'
  | 'weifang.spouseGrant'
  | 'weifang.spouseGrantBase'
  | 'weifang.drugCapPeriod'
  | 'weihai.waiverPeriod'
  | 'weihai.criticalPeriod'
  | 'weihai.assistancePeriod'
  | 'weihai.tier2Band'
  | 'weihai.capMeaning'
  | 'weihai.outOfAreaRatio'
  | 'weihai.outpatientInCritical'
  | 'weihai.assistanceScope'
  | 'weihai.tenPercentManual'
  | 'weihai.drugItem'
  | 'anqiu.reassistancePeriod'

/** One way of reading an open text: a short answer in plain Chinese and the words it rests on. */
export interface ReadingOption {
  label: string
  reference: Reference
}

export interface OpenReading {
  id: ReadingId
  /** The question the text leaves open, in plain Chinese ("救助的2万元按全年累计还是每次住院计？"). */
  question: string
  /** The first option is the one the usual figures use; the order of the rest is the option index. */
  options: [ReadingOption, ReadingOption, ...ReadingOption[]]
}

export interface PolicyPack {
  region: RegionId
  regionName: string
  /** Two letters that name the region in share links (stable across years). */
  regionCode: string
  year: number
  documents: DocumentId[]
  hotlines: Hotline[]
  residentContribution: ResidentContributionRules
  inpatient: InpatientRules
  criticalIllness: CriticalIllnessRules
  chain: ChainRules
  outpatient: OutpatientRules
  residentDelivery: ResidentDeliveryRule | Unpublished
  maternity: MaternityRules
  employee: EmployeeRules | Unpublished
  remoteCare: Record<RemoteSituation, RemoteCareEntry>
  /** Weihai 医保工作站 "一站式" service; Weifang "一站式" settlement. */
  oneStopService: PolicyText[]
  /** 2020 COVID exceptions (Weifang). */
  covid: PolicyText[]
  /** The open readings of this pack's text (POLICY-READING §10). */
  readings: Partial<Record<ReadingId, OpenReading>>
}

// Builders used by the packs, so that each figure reads as one line of data.

/** The whole calendar year: the usual period of a pack's figures. */
export function calendarYear(year: number): Period {
  return { start: `${year}-01-01`, end: `${year}-12-31` }
}

/** A figure with its unit, source and the period it applies to. No period is assumed. */
export function param<T = string>(
  value: T,
  unit: Unit,
  reference: Reference,
  description: string | undefined,
  period: Period
): Parameter<T> {
  return description === undefined ? { value, unit, period, reference } : { value, unit, period, reference, description }
}

/**
 * The `param` of one pack: figures default to that pack's own period, which the pack states once
 * (a pack for another year cannot inherit 2020 by accident).
 */
export function paramsFor(period: Period) {
  return function packParam<T = string>(
    value: T,
    unit: Unit,
    reference: Reference,
    description?: string,
    own: Period = period
  ): Parameter<T> {
    return param(value, unit, reference, description, own)
  }
}

export function unpublished(reason: string, description?: string): Unpublished {
  return description === undefined ? { unpublished: true, reason } : { unpublished: true, reason, description }
}

export function policyText(text: string, reference: Reference): PolicyText {
  return { text, reference }
}

/** True for any field the documents leave unpublished (parameter, scale, text list, rule). */
export function isUnpublished(value: unknown): value is Unpublished {
  return typeof value === 'object' && value !== null && (value as Unpublished).unpublished === true
}
