import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { formatYuan } from '../../engine'
import { describeChronicRules } from '../../engine/outpatient'
import { Chips } from '../../components/chips'
import { LinkedText } from '../../components/linked-text'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { RangeFigure } from '../../components/range-figure'
import { SourceToggle } from '../../components/source-toggle'
import { usePolicy } from '../../components/page-shell'
import { isUnpublished } from '../../policy/types'
import type { PolicyPack } from '../../policy/types'
import { ChoiceRow, OutcomeStatus } from '../../components/estimate-form'
import { runOutpatient } from './run-outpatient'
import type { OutpatientView } from './run-outpatient'
import type { OutpatientForm } from './form'
import { OutpatientAssistanceCard } from './outpatient-assistance'

interface Props {
  form: OutpatientForm
  onChange(patch: Partial<OutpatientForm>): void
}

export function OutpatientEstimator({ form, onChange }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runOutpatient(pack, form), [pack, form])
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  const general = pack.outpatient.general
  const ordinary = form.kind === 'ordinary'

  return (
    <View className='estimate-outpatient'>
      {isUnpublished(general) ? (
        <>
          <Notice kind='info' testId='general-unpublished'>
            普通门诊：{general.reason}。下面可以测算门诊慢性病。
          </Notice>
          <View className='estimate-form' role='form' aria-label='门诊慢性病'>
            <ChoiceRow id='out-kind' label='慢性病类别'>
              <Chips<OutpatientForm['kind']>
                label='慢性病类别'
                testId='out-kind'
                value={form.kind}
                onChange={(kind) => onChange({ kind })}
                options={[
                  { value: 'ordinary', text: '普通门诊慢性病' },
                  { value: 'fixedRate', text: '肾衰、透析、抗排异（定额结算）' }
                ]}
              />
            </ChoiceRow>
            <ChoiceRow id='out-tier' label='缴费档次'>
              <Chips<OutpatientForm['tier']>
                label='缴费档次'
                testId='out-tier'
                value={form.tier}
                onChange={(tier) => onChange({ tier })}
                options={[
                  { value: '1', text: '一档' },
                  { value: '2', text: '二档' }
                ]}
              />
            </ChoiceRow>
            <MoneyInput
              id='out-cost'
              label='慢性病门诊费用'
              value={form.cost}
              onChange={(cost) => onChange({ cost })}
              error={errors.cost}
            />
            {ordinary ? (
              <>
                <MoneyInput
                  id='out-deductible'
                  label='普通门诊慢性病起付标准'
                  value={form.deductible}
                  onChange={(deductible) => onChange({ deductible })}
                  error={errors.deductible}
                  placeholder='请按医院或医保窗口告知的金额填写'
                  hint={`${pack.regionName}的政策文件没有公布这个起付标准：请向就诊医院或医保经办机构询问。`}
                />
                <MoneyInput
                  id='out-used'
                  label='今年已报销的普通门诊慢性病金额（没有可不填）'
                  value={form.used}
                  onChange={(used) => onChange({ used })}
                  error={errors.used}
                  placeholder='没有就不填'
                />
              </>
            ) : null}
          </View>
        </>
      ) : (
        <View className='estimate-form' role='form' aria-label='普通门诊'>
          <ChoiceRow id='out-scheme' label='参加的医保'>
            <Chips<OutpatientForm['scheme']>
              label='参加的医保'
              testId='out-scheme'
              value={form.scheme}
              onChange={(scheme) => onChange({ scheme })}
              options={[
                { value: 'resident', text: '居民医保' },
                { value: 'employee', text: '职工医保' }
              ]}
            />
          </ChoiceRow>
          <MoneyInput
            id='out-cost'
            label='普通门诊费用'
            value={form.cost}
            onChange={(cost) => onChange({ cost })}
            error={errors.cost}
            hint='在签约的定点医疗机构看普通门诊、符合规定的费用。'
          />
          <MoneyInput
            id='out-used'
            label='今年已报销的普通门诊金额（没有可不填）'
            value={form.used}
            onChange={(used) => onChange({ used })}
            error={errors.used}
            placeholder='没有就不填'
            hint='普通门诊每年有最高支付限额，已经报过的部分要从限额里扣掉。'
          />
        </View>
      )}

      <View className='estimate-result-area' aria-live='polite'>
        {outcome.state === 'ok' ? <OutpatientResultView view={outcome.result} /> : <OutcomeStatus outcome={outcome} />}
      </View>

      <ChronicRules pack={pack} />
      <OutpatientAssistanceCard />
    </View>
  )
}

function OutpatientResultView({ view }: { view: OutpatientView }) {
  const r = view.result
  return (
    <View className='estimate-result' data-testid='outpatient-result'>
      <View className='estimate-result__head'>
        <Text className='estimate-result__label'>{view.kind === 'general' ? '普通门诊可报销' : '慢性病门诊可报销'}</Text>
        {r.amount !== null ? (
          // The caveat (what is unpublished, which way it moves the payout) is part of the figure.
          <RangeFigure
            usual={r.amount}
            range={r.range}
            readings={r.readings}
            unknowns={r.unknowns}
            testId='outpatient-amount'
            measures='payout'
          />
        ) : (
          <Text className='estimate-result__sub' data-testid='outpatient-amount'>
            无法测算
          </Text>
        )}
        {r.remainingCap !== null ? (
          <Text className='estimate-result__sub' data-testid='outpatient-remaining'>
            本年度剩余可报额度 {formatYuan(r.remainingCap)}
          </Text>
        ) : null}
        <Text className='estimate-result__sub'>{r.note}</Text>
      </View>
      <View className='estimate-result__sources'>
        <SourceToggle what='门诊报销' sources={r.sources} />
      </View>
    </View>
  )
}

function ChronicRules({ pack }: { pack: PolicyPack }) {
  const lines = describeChronicRules(pack)
  const title = `${pack.regionName}门诊慢性病政策`
  return (
    <View className='estimate-rules' data-testid='chronic-rules'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        {title}
      </Text>
      {lines.map((line, i) => (
        <View key={i} className='estimate-rules__item'>
          <Text>· </Text>
          <LinkedText text={line.text} className='estimate-rules__text' />
        </View>
      ))}
      {/* the sources of all the lines above, folded behind the same button as everywhere else */}
      <View className='estimate-rules__sources'>
        <SourceToggle sources={lines.flatMap((l) => l.sources)} what={title} />
      </View>
    </View>
  )
}
