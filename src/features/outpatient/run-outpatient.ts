// The outpatient rules straight from their engine module, not the engine's index: the main package
// imports the index, and what it re-exports would be bundled there instead of in this subpackage.
import { chronicOutpatient, outpatientGeneral } from '../../engine/outpatient'
import type { OutpatientResult } from '../../engine/outpatient'
import { isUnpublished } from '../../policy/types'
import type { PolicyPack } from '../../policy/types'
import { tierOf } from '../../components/estimate-form/choices'
import { amountOf, engineError, FIX_INPUT, moneyErrors } from '../../components/estimate-form/outcome'
import type { Outcome } from '../../components/estimate-form/outcome'
import type { OutpatientForm } from './form'

export interface OutpatientView {
  kind: 'general' | 'chronic'
  result: OutpatientResult
}

export function runOutpatient(pack: PolicyPack, form: OutpatientForm): Outcome<OutpatientView> {
  const { region } = pack
  const general = !isUnpublished(pack.outpatient.general)
  const ordinary = !general && form.kind === 'ordinary'
  const money: [string, string][] = [['cost', form.cost]]
  if (general || ordinary) money.push(['used', form.used])
  if (ordinary) money.push(['deductible', form.deductible])
  const errors = moneyErrors(money)
  if (Object.keys(errors).length) return { state: 'invalid', errors, message: FIX_INPUT }
  const missing: string[] = []
  const cost = amountOf(form.cost)
  const tier = tierOf(form.tier)
  if (!general && tier === undefined) missing.push('缴费档次')
  if (cost === undefined) missing.push(general ? '门诊费用' : '慢性病门诊费用')
  const deductible = ordinary ? amountOf(form.deductible) : undefined
  if (ordinary && deductible === undefined) missing.push('起付标准')
  if (missing.length || cost === undefined) return { state: 'incomplete', missing }
  const used = amountOf(form.used)
  const map = { cost: 'cost', paidThisYear: 'used', deductible: 'deductible', tier: 'tier', scheme: 'scheme' }
  try {
    if (general) {
      return {
        state: 'ok',
        result: { kind: 'general', result: outpatientGeneral({ region, pack, scheme: form.scheme, cost, paidThisYear: used }) }
      }
    }
    if (tier === undefined) return { state: 'incomplete', missing: ['缴费档次'] }
    const result = chronicOutpatient({
      region,
      pack,
      kind: form.kind,
      tier,
      cost,
      deductible,
      paidThisYear: ordinary ? used : undefined
    })
    return { state: 'ok', result: { kind: 'chronic', result } }
  } catch (e) {
    return engineError(e, map)
  }
}
