// 门诊救助: Weihai poverty households in chronic-disease management (70% of the self-pay counted up to
// 20,000) and 安丘市's key group (20% of the self-paid diabetes/hypertension drugs). Its own small
// form, so the outpatient estimator above stays as it is.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { attempt, isUnpublishedResult, parseMoney } from '../../engine'
// Straight from its module, so that it is bundled in this subpackage (see run-outpatient.ts).
import { outpatientAssistance } from '../../engine/outpatient-assistance'
import type { OutpatientAssistanceKind, OutpatientAssistanceResult } from '../../engine/outpatient-assistance'
import { Chips } from '../../components/chips'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { RangeFigure } from '../../components/range-figure'
import { SourceToggle } from '../../components/source-toggle'
import { usePolicy } from '../../components/page-shell'
import type { CountyId } from '../../policy/types'
import { ChoiceRow } from '../../components/estimate-form'
import { TermHelp } from '../../components/term'

const TITLES: Record<OutpatientAssistanceKind, string> = {
  povertyChronic: '贫困人口门诊慢性病救助',
  keyGroupDrugs: '重点救助对象“两病”门诊用药救助'
}

export function OutpatientAssistanceCard() {
  const pack = usePolicy()
  const { region } = pack
  const rule = pack.outpatient.chronic.assistanceRules?.[0]
  const [selfPay, setSelfPay] = useState('')
  const [county, setCounty] = useState<CountyId | ''>('')
  if (!rule) return null
  const scoped = rule.county !== undefined
  let result: OutpatientAssistanceResult | null = null
  let text: string | null = null
  let sources = [rule.rate.reference]
  if (selfPay.trim() !== '') {
    const r = attempt(() => {
      const value = parseMoney(selfPay)
      return outpatientAssistance({
        region,
        pack,
        kind: rule.id,
        selfPay: value,
        povertyHousehold: rule.eligibility === 'povertyHousehold',
        assistanceGroup: rule.eligibility === 'keyGroup' ? 'key' : 'none',
        county: county === '' ? undefined : county
      })
    })
    if (!r.ok) text = r.message
    else if (isUnpublishedResult(r.value)) text = r.value.reason
    else {
      result = r.value
      text = r.value.note
      sources = r.value.sources
    }
  }
  return (
    <View className='estimate-form' role='form' aria-label={TITLES[rule.id]} data-testid='outpatient-assistance'>
      {/* the key group's title already names it: no "（重点救助对象）" after it */}
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        {TITLES[rule.id]}
        {rule.eligibility === 'povertyHousehold' ? '（建档立卡贫困人口）' : ''}
      </Text>
      <Text className='estimate-shortcut__hint'>适用：{rule.appliesTo}</Text>
      {rule.eligibility === 'keyGroup' ? <TermHelp id='keyAssistance' pack={pack} /> : null}
      {scoped ? (
        <ChoiceRow id='oa-county' label='参保地'>
          <Chips<CountyId>
            label='参保地'
            testId='oa-county'
            value={county === '' ? ('' as CountyId) : county}
            onChange={setCounty}
            options={[
              { value: 'anqiu', text: pack.chain.countyScope?.name ?? '安丘市' },
              { value: 'other', text: '其他县市区' }
            ]}
          />
        </ChoiceRow>
      ) : null}
      <MoneyInput
        id='oa-self-pay'
        label={rule.id === 'povertyChronic' ? '门诊慢性病个人自付金额' : '两病门诊用药个人负担金额'}
        value={selfPay}
        onChange={setSelfPay}
      />
      {rule.id === 'povertyChronic' ? (
        // The year ledger already applies this rule to a special chronic outpatient bill (POLICY-READING
        // §6): the same bill entered there and here would be counted twice.
        <Text className='estimate-shortcut__hint' data-testid='oa-counted-once'>
          已在“住院”的“本年度的住院”中作为特殊门诊慢性病费用添加的门诊费用，这项救助已在那里计算；同一笔费用只算一次，请不要在这里再算。
        </Text>
      ) : null}
      {result !== null && result.amount !== null ? (
        <View className='estimate-result__head'>
          <Text className='estimate-result__label'>门诊救助</Text>
          <RangeFigure
            usual={result.amount}
            range={result.range}
            readings={result.readings}
            unknowns={result.unknowns}
            testId='oa-amount'
            measures='payout'
          />
        </View>
      ) : null}
      {text ? (
        <Notice kind={result === null || result.amount === null ? 'warn' : 'info'} testId='oa-note'>
          {text}
        </Notice>
      ) : null}
      <SourceToggle what='门诊救助' sources={sources} />
    </View>
  )
}
