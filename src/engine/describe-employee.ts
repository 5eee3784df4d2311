// The 职工医保 rule text of the employee page: sentences built from a pack's employee rules, worded
// here as the layers' are (describe.ts). Only features/employee imports this file (not the engine's
// index), so its words travel with that tool into the 职工医保缴费 subpackage, as
// note-words-contribution.ts does.
import type { PolicyPack, Reference } from '../policy/types'
import { isUnpublished } from '../policy/types'
import type { RuleRow, RuleSources } from './describe-contribution'
import { referencesOf } from './describe-contribution'
import { ratePoints, rateToPercent as pct } from './percent'

/** The employee rates, stated before any input: contribution, then the personal account shares. */
export interface EmployeeRatesDescription extends RuleSources {
  title: string
  /** 单位, 个人 and 合计. */
  contribution: RuleRow
  /** Whose rates these are: not the flexibly employed's own. */
  contributionNote: string
  inServiceAccount: RuleRow
  /** At exactly the threshold age both of the text's readings hold. */
  thresholdNote: string
  retireeAccount: RuleRow
  /** The year's employer relief is shown month by month below. */
  reliefNote: string
}

/** The pack's employee rates as the page states them; null where the pack has no employee rules. */
export function describeEmployeeRates(pack: PolicyPack): EmployeeRatesDescription | null {
  const rules = pack.employee
  if (isUnpublished(rules)) return null
  const inService = rules.personalAccount.inService
  const retiree = rules.personalAccount.retiree
  const a = inService.ageThreshold.value
  const r = retiree.ageThreshold.value
  return {
    title: `${pack.regionName} · 职工医保费率（${pack.year}年）`,
    contribution: {
      label: '缴费',
      value: `单位 ${pct(rules.employerRate.value)}、个人 ${pct(rules.individualRate.value)}，合计 ${pct(rules.totalRate.value)}`
    },
    contributionNote: '这是用人单位和职工的缴费比例；灵活就业人员本人的缴费比例文件未说明。',
    inServiceAccount: {
      label: '在职职工个人账户划入',
      value: `${a}岁以下 ${pct(inService.below.value)}，${a}岁以上 ${pct(inService.fromThreshold.value)}`
    },
    thresholdNote: `正好${a}岁时，原文“${a}岁以下”“${a}岁以上”都包含${a}岁，两种比例都列出。`,
    retireeAccount: {
      label: '退休人员个人账户划入',
      value: `不满${r}周岁 ${pct(retiree.below.value)}，${r}周岁及以上 ${pct(retiree.fromThreshold.value)}`
    },
    reliefNote: `${pack.year}年单位费率有阶段性降低，见下方逐月一览。`,
    sourcesOf: '职工医保费率',
    sources: [
      rules.totalRate.reference,
      rules.employerRate.reference,
      rules.individualRate.reference,
      inService.below.reference,
      inService.fromThreshold.reference,
      retiree.below.reference,
      retiree.fromThreshold.reference
    ]
  }
}

export type EmployeeRuleId = 'deferral' | 'lateFeeWaiver' | 'transferToResident' | 'notes'

/** One rule: its title (with its figure), its lines, and the sources they rest on. */
export interface EmployeeRuleDescription {
  id: EmployeeRuleId
  title: string
  lines: string[]
  sources: Reference[]
}

/**
 * 缓缴, 免收滞纳金, 转居民医保 and the other employee rules, each titled with its figure; null where
 * the pack has no employee rules.
 */
export function describeEmployeeRules(pack: PolicyPack): { title: string; rules: EmployeeRuleDescription[] } | null {
  const rules = pack.employee
  if (isUnpublished(rules)) return null
  return {
    title: `${pack.regionName} · 缓缴、滞纳金和转居民医保`,
    rules: [
      {
        id: 'deferral',
        title: `缓缴（${pack.year}年疫情期间）：最长 ${rules.deferral.maxMonths.value} 个月`,
        lines: rules.deferral.notes.map((n) => n.text),
        sources: [rules.deferral.maxMonths.reference, ...referencesOf(rules.deferral.notes)]
      },
      {
        id: 'lateFeeWaiver',
        title: '免收滞纳金',
        lines: [rules.lateFeeWaiver.text],
        sources: [rules.lateFeeWaiver.reference]
      },
      {
        id: 'transferToResident',
        title: `职工医保转居民医保：${rules.transferToResident.withinDays.value} 日内办理`,
        lines: rules.transferToResident.notes.map((n) => n.text),
        sources: [rules.transferToResident.withinDays.reference, ...referencesOf(rules.transferToResident.notes)]
      },
      {
        id: 'notes',
        title: '其他',
        lines: rules.notes.map((n) => n.text),
        sources: referencesOf(rules.notes)
      }
    ]
  }
}

/** The sentences of the employee calculators that state a rule from the pack's figures. */
export interface EmployeeCalculatorWords {
  /** For an enterprise: the rates used for the self-employed and flexibly employed, whom the text names only in the relief. */
  flexibleWorkers: string
  /** How a month's employer rate is formed, under the year's table. */
  monthlyEmployerRate: string
  /** The years of contributions required at retirement. */
  minimumYears: string
  /** What a shortfall is paid on, and what the text leaves to the user. */
  shortfallBase: string
}

/** The employee calculators' rule sentences; null where the pack has no employee rules. */
export function describeEmployeeCalculators(pack: PolicyPack): EmployeeCalculatorWords | null {
  const rules = pack.employee
  if (isUnpublished(rules)) return null
  const mm = rules.minimumYears
  return {
    flexibleWorkers:
      `个体工商户、灵活就业人员本人按什么比例缴费，访谈没有给出（只在${pack.year}年降费对象里提到他们）：本页按用人单位缴纳` +
      `${pct(rules.employerRate.value)}、个人缴纳${pct(rules.individualRate.value)}计算，是用人单位职工的算法。`,
    monthlyEmployerRate: `单位费率 = ${pct(rules.employerRate.value)} 减去当月降费。`,
    minimumYears: `办理退休时，职工医保累计缴费年限（含视同缴费年限）须达到：男 ${mm.male.value} 年，女 ${mm.female.value} 年。`,
    shortfallBase:
      `${mm.shortfallBase.text}。文件没有公布这个“规定比例”，上年度全省在岗职工平均工资也需要您提供：` +
      '填写经办机构告知的比例和工资后，才能算出一次性补缴金额。'
  }
}

/** A month's employer rate explained: the published rate less the month's relief, or that there is none. */
export function employerRateOfMonth(pack: PolicyPack, reliefPoints: string): string {
  const rules = pack.employee
  if (isUnpublished(rules)) return ''
  return reliefPoints !== '0'
    ? `（${pct(rules.employerRate.value)} 减 ${ratePoints(reliefPoints)} 个百分点，${pack.year}年阶段性降费）`
    : '（本月没有降费）'
}
