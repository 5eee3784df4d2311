// The 缴费查询 tab's rule text (居民医保): sentences built from a pack's figures, worded here as the
// layers' are (describe.ts), so the page only shows them. The 职工医保 words travel with their
// subpackage tool in describe-employee.ts.
import type { PaymentChannel, PolicyPack, PolicyText, Reference } from '../policy/types'
import { isPublished, isUnpublished } from '../policy/types'
import { formatYuan } from './money'

/** A figure of a rule as a row shows it: what it is, and the figure in words. */
export interface RuleRow {
  label: string
  value: string
}

/** Sources, and what they are the sources of (the words beside the button that opens them). */
export interface RuleSources {
  sourcesOf: string
  sources: Reference[]
}

/** The references of the pack's texts, in order. */
export const referencesOf = (texts: PolicyText[]): Reference[] => texts.map((t) => t.reference)

/** Why a region's resident contributions are not shown: its standards or period are unpublished. */
export interface UnpublishedStandardsDescription {
  title: string
  text: string
}

/**
 * What the page says where the pack publishes no resident contribution standards or collection
 * period: that the documents do not say, each document's reason, and that no other city's figures
 * stand in for them.
 */
export function describeUnpublishedStandards(pack: PolicyPack): UnpublishedStandardsDescription {
  const rc = pack.residentContribution
  const city = pack.regionName
  const reasons = [rc.rates.adultTier1, rc.collectionPeriod]
    .map((p) => (isUnpublished(p) ? p.reason : null))
    .filter((r): r is string => !!r)
  return {
    title: `${city}居民医保：缴费标准和缴费时间未公布`,
    text:
      `现有的${city}文件（${reasons.join('；')}）没有写居民医保每人缴多少钱、什么时候缴，` +
      `本页因此不给出${city}居民的缴费金额、家庭合计和缴费期，也不借用其他城市的标准。请以当地医保经办机构、税务部门公布的为准。`
  }
}

/** The 大病保险 funding per person, as a row: with what it is and what it is not. */
export interface CriticalIllnessFundingRow extends RuleRow {
  detail: string
  fineprint: string
}

export interface CriticalIllnessFundingDescription extends RuleSources {
  title: string
  /** Null where the pack does not publish the funding. */
  funding: CriticalIllnessFundingRow | null
  /** The texts saying the insured pay nothing more for 大病保险. */
  lines: string[]
}

/**
 * What the documents do say about contributions where the standards are unpublished: the 大病保险
 * funding drawn from the resident fund per person, and that it is not paid on top.
 */
export function describeCriticalIllnessFunding(pack: PolicyPack): CriticalIllnessFundingDescription {
  const funding = pack.criticalIllness.funding
  const notes = pack.criticalIllness.notes.filter((n) => n.text.includes('不再另行缴费'))
  return {
    title: '文件中与缴费有关的已知内容',
    funding: isPublished(funding)
      ? {
          label: '大病保险筹资（每人）',
          detail: `${pack.year}年从筹集的居民医保基金中按每人${funding.value}元投入大病保险`,
          value: formatYuan(funding.value),
          fineprint: `这${funding.value}元是从居民医保基金里划出的，不是另外要交的钱，也不是居民个人的缴费标准。`
        }
      : null,
    lines: notes.map((n) => n.text),
    sourcesOf: '大病保险筹资',
    sources: [...(isPublished(funding) ? [funding.reference] : []), ...referencesOf(notes)]
  }
}

/** How to pay, one channel: its heading, the name to search for, and its steps (or why they are missing). */
export interface PaymentChannelDescription extends RuleSources {
  id: PaymentChannel['id']
  heading: string
  /** The name to search for in WeChat or Alipay, where the channel is an account. */
  accountName?: string
  /** Null where the steps are unpublished; `missing` then says why. */
  steps: string[] | null
  missing: string | null
}

/** The payment channels of the pack, numbered as the page lists them; null where unpublished. */
export function describePaymentChannels(pack: PolicyPack): { title: string; channels: PaymentChannelDescription[] } | null {
  const channels = pack.residentContribution.channels
  if (isUnpublished(channels)) return null
  return {
    title: '怎么缴费',
    channels: channels.map((c, i) => {
      const steps = c.steps
      return {
        id: c.id,
        heading: `方式${i + 1}：${c.name}`,
        accountName: c.accountName,
        steps: isUnpublished(steps) ? null : steps.map((s) => s.text),
        missing: isUnpublished(steps) ? `${steps.reason}。` : null,
        sourcesOf: c.name,
        sources: [c.reference, ...(isUnpublished(steps) ? [] : referencesOf(steps))]
      }
    })
  }
}

/** The poverty subsidy's amounts: of the year they were published for, or why they are missing. */
export type PovertySubsidyAmounts =
  { published: true; yearTag: string; rows: RuleRow[]; note: string } | { published: false; text: string; lines: string[] }

export interface PovertySubsidyDescription extends RuleSources {
  title: string
  amounts: PovertySubsidyAmounts
  /** What happens to those who become poverty households within the year; null where unpublished. */
  midYear: { label: string; lines: string[] } | null
}

/**
 * The 建档立卡贫困人口 contribution subsidy: the amounts labelled with the year they were published
 * for (never passed off as the pack's year), and the rule for those added within the year.
 */
export function describePovertySubsidy(pack: PolicyPack): PovertySubsidyDescription {
  const rc = pack.residentContribution
  const subsidy = rc.povertySubsidy
  const midYear = isUnpublished(rc.midYearAdditions) ? [] : rc.midYearAdditions
  return {
    title: '建档立卡贫困人口参保补贴',
    amounts: isUnpublished(subsidy)
      ? { published: false, text: `补贴金额未公布：${subsidy.reason}。`, lines: rc.notes.map((n) => n.text) }
      : {
          published: true,
          yearTag: `${subsidy.year}年度标准`,
          rows: [
            { label: `成年人（${subsidy.year}年度）`, value: formatYuan(subsidy.adult.value) },
            { label: `学生（${subsidy.year}年度）`, value: formatYuan(subsidy.student.value) }
          ],
          note: `${subsidy.note}，本页不把它当作${pack.year}年度标准。`
        },
    midYear: midYear.length ? { label: '年中新增的贫困人口', lines: midYear.map((t) => t.text) } : null,
    sourcesOf: '贫困人口参保补贴',
    sources: [
      ...(isUnpublished(subsidy) ? referencesOf(rc.notes) : [subsidy.adult.reference, subsidy.student.reference]),
      ...referencesOf(midYear)
    ]
  }
}

/**
 * Why a household's 建档立卡贫困人口 are left out of its total: the pack's year publishes no subsidy,
 * so what they pay is not computed (an earlier year's amounts, where given, are named as such).
 */
export function describeHouseholdPovertyNote(pack: PolicyPack): { text: string } & RuleSources {
  const subsidy = pack.residentContribution.povertySubsidy
  return isUnpublished(subsidy)
    ? { text: `贫困人口的参保补贴：${subsidy.reason}。`, sourcesOf: '贫困人口参保补贴', sources: [] }
    : {
        text: `${pack.year}年度贫困人口的参保补贴标准文件未公布，个人要缴多少本页不计算；文件只给出${subsidy.year}年度的补贴：成年人按${subsidy.adult.value}元、学生按${subsidy.student.value}元补贴。`,
        sourcesOf: '贫困人口参保补贴',
        sources: [subsidy.adult.reference, subsidy.student.reference]
      }
}
