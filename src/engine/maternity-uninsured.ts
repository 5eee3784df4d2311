import type { Reference, RegionId, PolicyPack } from '../policy/types'
import type { Alert } from './alerts'
import { MATERNITY_ALERTS } from './alert-words-maternity'
import { PolicyInputError } from './errors'
import type { UnpublishedResult } from './inputs'
import { packOf } from './inputs'
import type { MaternityEvent } from './maternity'
import { daysOf } from './maternity'
import { fmt, parseAmount, toFen } from './money'
import type { Yuan } from './units'

export interface UninsuredMaternityResult {
  days: number
  /** How the days add up, one phrase per part. */
  parts: string[]
  /** Who pays and on what wage, as the text says. */
  payer: string
  /** Only when the user gave a wage and chose a day basis; the text gives no day conversion. */
  amount: Yuan | null
  basis: string
  /** What the user should know, in words (one per alert). */
  warnings: string[]
  /** The same warnings as data, one for one (`warnings[i]` is `wordAlert(alerts[i])`). */
  alerts?: Alert[]
  sources: Reference[]
}

/**
 * Weihai women without maternity insurance (seed 000 Q&A; POLICY-READING §7): the employer pays the
 * pre-leave wage for the leave days. The text gives no daily conversion, so the money figure needs
 * the user's monthly wage and the user's own days-per-month; without both the answer is the days.
 */
export function maternityWithoutInsurance(input: {
  region: RegionId
  year?: number
  /** The pack to compute on, as the page shell holds it; else region and year name one in the registry. */
  pack?: PolicyPack
  event: MaternityEvent
  /** 产假前月工资, yuan. */
  preLeaveMonthlyWage?: string
  /** Days in a month chosen by the user (the document publishes none). */
  monthDays?: number
}): UninsuredMaternityResult | UnpublishedResult {
  const pack = packOf(input)
  const uninsured = pack.maternity.allowance.uninsured
  if (!uninsured) {
    return { unpublished: true, reason: `${pack.regionName}的政策文件未说明未参加生育保险的女职工产假期间工资由谁支付`, sources: [] }
  }
  const { days, parts, alerts, sources } = daysOf(pack.maternity, input.event)
  sources.push(uninsured.reference)
  const base = `${parts.join('，')}；共${days}天。${uninsured.text}。`
  const wageGiven = input.preLeaveMonthlyWage !== undefined && input.preLeaveMonthlyWage !== ''
  if (input.monthDays !== undefined) {
    if (typeof input.monthDays !== 'number' || !Number.isInteger(input.monthDays) || input.monthDays < 1 || input.monthDays > 31) {
      throw new PolicyInputError('monthDays', '每月折算天数应为1到31之间的整数')
    }
  }
  if (!wageGiven || input.monthDays === undefined) {
    const ask = wageGiven ? '如需估算金额，请选择每月按多少天折算日工资' : ''
    return {
      days,
      parts,
      payer: uninsured.text,
      amount: null,
      basis: `${base}文件未给出日工资的折算方法，所以不折算金额：相当于${days}天的产假前工资，由用人单位支付${ask ? '。' + ask : ''}`,
      ...MATERNITY_ALERTS.alertFields(alerts),
      sources
    }
  }
  const wage = parseAmount('preLeaveMonthlyWage', input.preLeaveMonthlyWage)
  const amount = toFen(wage.times(days).div(input.monthDays))
  return {
    days,
    parts,
    payer: uninsured.text,
    amount: fmt(amount),
    basis: `${base}以下按您选择的“产假前月工资÷${input.monthDays}天×${days}天”估算，不是文件规定`,
    ...MATERNITY_ALERTS.alertFields(alerts),
    sources
  }
}
