// Public API of the calculation engine: pure functions over the policy packs, decimal.js money,
// no Taro or React. Amounts go in as decimal strings (yuan) and come out with exactly two decimals;
// bad input throws PolicyInputError.
// The public API. The app's pages may import from here freely: the engine's modules are marked free
// of side effects (config/index.ts), so a page bundles only what it uses, and the 门诊 and 生育 rules
// stay in their subpackages.
export { PolicyInputError, attempt } from './errors'
export type { Attempt } from './errors'
export { readPercent, rateToPercent, ratePoints } from './percent'
export type { PercentReading, PercentProblem } from './percent'
export { halfWidthDigits } from './text'
export { parseMoney, formatYuan, MAX_AMOUNT, difference, percentOf } from './money'
// What a figure's string is (yuan, a rate, days): branded strings, still readable as strings.
export type { Yuan, Rate, DayCount } from './units'
export { yuan, isYuan, rate, isRate, dayCount } from './units'
export type { UnpublishedResult } from './inputs'
export { isUnpublishedResult } from './inputs'
export type { Layer, LayerId, LayerStatus, AssistanceGroup, Household, PatientStatus, Range } from './layer'
// A result's notes as data (its `notes`), and their words: what its `note` says, for a page that words them itself.
export type { Note, NoteId, NoteOf, NoteParams } from './notes'
export { NOTE_IDS, wordNote, wordNotes } from './note-words'
// A result's warnings as data (its `alerts`), and their words: what its `warnings` say, one for one.
export type { Alert, AlertId, AlertOf, AlertParams, DaysOff, FilingWindow } from './alerts'
export type { CivilLaw } from './date-words'
export { ALERT_IDS, wordAlert, wordAlertBesideLayers } from './alert-words'
export { LAYER_LABELS, LAYER_ORDER } from './layer'
export type { InpatientInput, InpatientEstimate } from './inpatient'
export {
  estimateInpatient,
  INPATIENT_SETTINGS,
  SETTING_OF_SITUATION,
  INPATIENT_SETTING_LABELS,
  ASSISTANCE_GROUPS,
  COUNTIES,
  inpatientSettingLabel
} from './inpatient'
export { CRITICAL_ILLNESS_EXCEPTIONS, applicableCriticalIllnessRule } from './critical-illness'
export { applicableAssistanceRule, ELIGIBILITY_LABELS } from './assistance'
export type { TierComparison } from './tier-comparison'
export { tierComparison } from './tier-comparison'
export type { LayerDescription } from './describe'
export { describeLayer, describeSpecialChronicEntry } from './describe'
// The 缴费查询 tab's resident rule text; the employee page's is describe-employee.ts, imported by
// features/employee alone so that its words stay in that subpackage.
export type {
  RuleRow,
  RuleSources,
  UnpublishedStandardsDescription,
  CriticalIllnessFundingRow,
  CriticalIllnessFundingDescription,
  PaymentChannelDescription,
  PovertySubsidyAmounts,
  PovertySubsidyDescription
} from './describe-contribution'
export {
  describeUnpublishedStandards,
  describeCriticalIllnessFunding,
  describePaymentChannels,
  describePovertySubsidy,
  describeHouseholdPovertyNote
} from './describe-contribution'
export type { HouseholdMember, MemberCategory, ContributionLine, HouseholdContribution, ContributionPeriod } from './contribution'
export { householdContribution, contributionPeriod, MEMBER_CATEGORIES } from './contribution'
export type { EmployerType, EmployeeContribution, EmployeeYear, MinimumYearsShortfall } from './employee'
export { employeeContribution, employeeYear, employeeYear2020, retireeAccount, minimumYearsShortfall } from './employee'
export type {
  ChildbirthPayment,
  MaternityAllowanceResult,
  MaternityDaysResult,
  MaternityEvent,
  MaternityMedicalKind,
  MaternityMedicalResult
} from './maternity'
export type { OutpatientResult } from './outpatient'
export type { FilingDeadline } from './filing-deadline'
export { filingDeadline, isWithinHolidayData, HOLIDAY_DATA_FIRST_YEAR, HOLIDAY_DATA_LAST_YEAR } from './filing-deadline'
export type {
  StayInput,
  YearInput,
  YearEstimate,
  YearTotals,
  YearEntryInfo,
  YearEntryKind,
  PriorThisYear,
  ReadingShown,
  UnknownShown,
  Spread
} from './year'
export { MEDICAL_YEAR_NOTE } from './year'
export { exactSpread, paidRange, readingSpread, unknownShown } from './spread'
export { combosSpread } from './spread-combos'
export type { ComboFigure } from './spread-combos'
export { bundledYearOf, estimateYear, MAX_YEAR_ENTRIES } from './year'
export type { OutpatientAssistanceKind, OutpatientAssistanceResult } from './outpatient-assistance'
export { outpatientAssistance } from './outpatient-assistance'
export type { UninsuredMaternityResult } from './maternity-uninsured'
export { maternityWithoutInsurance } from './maternity-uninsured'
export { maternityAllowance, maternityDays, childbirthPayment, maternityMedical, describeMiscarriageDays } from './maternity'
export { outpatientGeneral, chronicOutpatient } from './outpatient'
export type {
  DateReading,
  TransferToResidentDates,
  WorkingDayDate,
  ResettlementChangeDate,
  LateFeeWaiverResult,
  DeferralEnd
} from './dates'
export {
  transferToResidentDates,
  assistanceDecisionDate,
  resettlementChangeDate,
  lateFeeWaiver,
  lateFeeWaiver2020,
  monthSpan,
  deferralEnd
} from './dates'
export { addDays, addMonthsClamped } from './day-arithmetic'
export type { SlipLine, SlipLineId, SlipStatus, SlipCheck, SlipInput, SlipReading } from './slip'
export type { Slip, SlipField } from './slip-fields'
export { checkSlip } from './slip'
export { SLIP_FIELDS, SLIP_FIELD_NAMES } from './slip-fields'
export type { FigureSpread } from './year'
