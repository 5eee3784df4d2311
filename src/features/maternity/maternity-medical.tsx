import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { formatYuan } from '../../engine'
import { Chips } from '../../components/chips'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { SourceToggle } from '../../components/source-toggle'
import { RangeFigure } from '../../components/range-figure'
import { usePolicy } from '../../components/page-shell'
import { runMaternityMedical } from './run-maternity'
import { readMonths } from '../../components/field/reading'
import type { MedicalView } from './run-maternity'
import type { MaternityForm } from './form'
import { ChoiceRow, OutcomeStatus } from '../../components/estimate-form'
import { TextField } from '../../components/field'
import { BabiesChoice, Conditions } from './maternity-parts'
import type { Props } from './maternity-parts'

const MEDICAL_KINDS: { value: MaternityForm['medicalKind']; text: string }[] = [
  { value: 'delivery', text: '生育（分娩）' },
  { value: 'prenatal', text: '产前检查' },
  { value: 'miscarriage', text: '流产' },
  { value: 'familyPlanning', text: '计划生育手术' }
]

/** 生育医疗费 of the employee maternity insurance: what the fund pays, with its limit and source. */
export function Medical({ form, onChange }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runMaternityMedical(pack, form), [pack, form])
  if (outcome.state === 'ok' && outcome.result.unpublished) {
    return (
      <Notice kind='info' testId='medical-unpublished'>
        职工生育医疗费：{outcome.result.reason}。
      </Notice>
    )
  }
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  const months = readMonths(form.months)
  return (
    <>
      <View className='estimate-form' role='form' aria-label='职工生育医疗费'>
        <ChoiceRow id='mat-medical-kind' label='哪一项费用'>
          <Chips<MaternityForm['medicalKind']>
            label='哪一项费用'
            testId='mat-medical-kind'
            value={form.medicalKind}
            onChange={(medicalKind) => onChange({ medicalKind })}
            options={MEDICAL_KINDS}
          />
        </ChoiceRow>
        {form.medicalKind === 'delivery' ? (
          <BabiesChoice id='mat-medical-babies' value={form.babies} onChange={(babies) => onChange({ babies })} />
        ) : null}
        {form.medicalKind === 'miscarriage' ? (
          <TextField
            id='mat-medical-months'
            label='怀孕几个月时流产'
            value={form.months}
            onChange={(m) => onChange({ months: m })}
            error={months.state === 'error' ? months.message : errors.months}
            maxlength={4}
          />
        ) : null}
        {form.medicalKind !== 'prenatal' ? (
          <MoneyInput
            id='mat-medical-actual'
            label='实际发生的医疗费用'
            value={form.actual}
            onChange={(actual) => onChange({ actual })}
            error={errors.actual}
            placeholder='不填也能先看限额'
            hint='在限额以内按实际费用支付。'
          />
        ) : null}
        <ChoiceRow id='mat-medical-spouse' label='谁生育'>
          <Chips<'self' | 'spouse'>
            label='谁生育'
            testId='mat-medical-spouse'
            value={form.spouse ? 'spouse' : 'self'}
            onChange={(v) => onChange({ spouse: v === 'spouse' })}
            options={[
              { value: 'self', text: '参保女职工本人' },
              { value: 'spouse', text: '参保男职工的未就业配偶' }
            ]}
          />
        </ChoiceRow>
      </View>
      <View className='estimate-result-area' aria-live='polite'>
        {outcome.state === 'ok' ? <MedicalResult view={outcome.result} spouse={form.spouse} /> : <OutcomeStatus outcome={outcome} />}
      </View>
      <Conditions />
    </>
  )
}

function MedicalResult({ view, spouse }: { view: MedicalView; spouse: boolean }) {
  if (view.unpublished) return null
  return (
    <View className='estimate-result' data-testid='medical-result'>
      <View className='estimate-result__head'>
        <Text className='estimate-result__label'>{spouse ? '生育补助金' : '生育保险支付'}</Text>
        {/* One figure when exact; otherwise each reading's question with its figure, the caveat right under it. */}
        <RangeFigure usual={view.amount} range={view.range} readings={view.readings} unknowns={view.unknowns} testId='medical-amount' />
        {view.limit !== null ? (
          <Text className='estimate-result__sub' data-testid='medical-limit'>
            {spouse ? '按标准的50%' : '限额'} {formatYuan(view.limit)}
          </Text>
        ) : null}
        <Text className='estimate-result__sub'>{view.note}</Text>
      </View>
      <View className='estimate-result__sources'>
        <SourceToggle what='生育医疗费' sources={view.sources} />
      </View>
    </View>
  )
}
