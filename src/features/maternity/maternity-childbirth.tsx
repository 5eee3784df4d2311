import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { formatYuan } from '../../engine'
import { Chips } from '../../components/chips'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { SourceToggle } from '../../components/source-toggle'
import { RangeFigure } from '../../components/range-figure'
import { usePolicy } from '../../components/page-shell'
import { runChildbirth } from './run-maternity'
import type { ChildbirthView } from './run-maternity'
import type { MaternityForm } from './form'
import { ChoiceRow, OutcomeStatus } from '../../components/estimate-form'
import type { Props } from './maternity-parts'

export function Childbirth({ form, onChange }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runChildbirth(pack, form), [pack, form])
  if (outcome.state === 'ok' && outcome.result.unpublished) {
    return (
      <Notice kind='info' testId='childbirth-unpublished'>
        居民住院分娩：{outcome.result.reason}。
      </Notice>
    )
  }
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  return (
    <>
      <View className='estimate-form' role='form' aria-label='住院分娩'>
        <ChoiceRow id='mat-designated' label='在居民医保定点医疗机构分娩吗'>
          <Chips<MaternityForm['designated']>
            label='在居民医保定点医疗机构分娩吗'
            testId='mat-designated'
            value={form.designated}
            onChange={(designated) => onChange({ designated })}
            options={[
              { value: 'yes', text: '是，市内定点医院' },
              { value: 'no', text: '不是定点医院' }
            ]}
          />
        </ChoiceRow>
        <MoneyInput
          id='mat-actual'
          label='住院分娩的医疗费用'
          value={form.actual}
          onChange={(actual) => onChange({ actual })}
          error={errors.actual}
          hint='市内定点医院定额结算（800元）；非定点医院按定额的70%（560元）结算。花费不到800元时，原文可有不同理解，结果会分别列出。'
        />
      </View>
      <View className='estimate-result-area' aria-live='polite'>
        {outcome.state === 'ok' ? <ChildbirthResult view={outcome.result} /> : <OutcomeStatus outcome={outcome} />}
      </View>
    </>
  )
}

function ChildbirthResult({ view }: { view: ChildbirthView }) {
  if (view.unpublished) return null
  return (
    <View className='estimate-result' data-testid='childbirth-result'>
      <View className='estimate-result__head'>
        <Text className='estimate-result__label'>住院分娩医保结算</Text>
        {/* One figure when exact; otherwise each reading's question with its figure, the caveat right under it. */}
        <RangeFigure usual={view.amount} range={view.range} readings={view.readings} unknowns={view.unknowns} testId='childbirth-amount' />
        {view.quota !== null ? <Text className='estimate-result__sub'>定额 {formatYuan(view.quota)}</Text> : null}
        <Text className='estimate-result__sub'>{view.note}</Text>
      </View>
      <View className='estimate-result__sources'>
        <SourceToggle what='分娩费用' sources={view.sources} />
      </View>
    </View>
  )
}
