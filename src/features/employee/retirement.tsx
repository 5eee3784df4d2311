import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Chips } from '../../components/chips'
import { MoneyInput, readMoney } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { attempt, formatYuan, isUnpublishedResult, minimumYearsShortfall, retireeAccount } from '../../engine'
import { readAge, readSuppliedRate, readYears } from '../../components/field/reading'
import { percent } from './format'
import { SourceToggle } from '../../components/source-toggle'
import { errorFor, NumberField } from './fields'
import type { SectionProps } from './rates'
import { describeEmployeeCalculators } from '../../engine/describe-employee'

export function RetireeSection({ rulesPack, rules, city }: SectionProps) {
  const { region: rulesRegion } = rulesPack
  const [pensionText, setPensionText] = useState('')
  const [ageText, setAgeText] = useState('')
  const pension = readMoney(pensionText)
  const age = readAge(ageText)
  const result =
    pension.state === 'ok' && age.state === 'ok'
      ? attempt(() => retireeAccount({ region: rulesRegion, pack: rulesPack, pension: pension.amount, age: age.value }))
      : null
  const threshold = rules.personalAccount.retiree.ageThreshold
  return (
    <View className='contribution__card' data-testid='retiree'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {city} · 退休人员个人账户
      </Text>
      <MoneyInput
        id='retiree-pension'
        label='每月退休金'
        value={pensionText}
        onChange={setPensionText}
        placeholder='每月领取的金额'
        error={result && !result.ok && result.field === 'pension' ? result.message : null}
      />
      <NumberField
        id='retiree-age'
        label='年龄（周岁）'
        value={ageText}
        onChange={setAgeText}
        error={errorFor(age, 'age', result)}
        unit='岁'
        placeholder='填周岁'
      />
      {result && result.ok && !isUnpublishedResult(result.value) ? (
        <View className='contribution__result' data-testid='retiree-result'>
          <View className='contribution__total'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>每月划入个人账户</Text>
              <Text className='contribution__row-desc' data-testid='retiree-rate'>
                按退休金的 {percent(result.value.rate)} 划入
              </Text>
            </View>
            <Text className='key-figure' data-testid='retiree-amount'>
              {formatYuan(result.value.personalAccount)}
            </Text>
          </View>
          {threshold.description ? <Text className='contribution__fineprint'>年龄分档：{threshold.description}。</Text> : null}
          <SourceToggle what='退休人员个人账户' sources={result.value.sources} />
        </View>
      ) : result === null ? (
        <Text className='contribution__empty'>填写退休金和年龄后显示每月划入个人账户的金额。</Text>
      ) : null}
    </View>
  )
}

type Sex = 'male' | 'female'

export function MinimumYearsSection({ rulesPack, rules, city }: SectionProps) {
  const { region: rulesRegion } = rulesPack
  const [sex, setSex] = useState<Sex | ''>('')
  const [yearsText, setYearsText] = useState('')
  const [rateText, setRateText] = useState('')
  const [wageText, setWageText] = useState('')
  const years = readYears(yearsText)
  const rate = readSuppliedRate(rateText)
  const wage = readMoney(wageText)
  const result =
    sex !== '' && years.state === 'ok'
      ? attempt(() =>
          minimumYearsShortfall({
            region: rulesRegion,
            pack: rulesPack,
            sex,
            yearsPaid: years.value,
            rate: rate.state === 'ok' ? rate.value : undefined,
            averageWage: wage.state === 'ok' ? wage.amount : undefined
          })
        )
      : null
  const value = result && result.ok && !isUnpublishedResult(result.value) ? result.value : null
  const mm = rules.minimumYears
  const words = describeEmployeeCalculators(rulesPack)
  return (
    <View className='contribution__card' data-testid='minimum-years'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {city} · 退休时最低缴费年限
      </Text>
      <Text className='contribution__para'>{words?.minimumYears}</Text>
      <Text className='contribution__label'>性别</Text>
      <Chips<Sex | ''>
        label='性别'
        testId='sex'
        value={sex}
        onChange={setSex}
        options={[
          { value: 'male', text: '男' },
          { value: 'female', text: '女' }
        ]}
      />
      <NumberField
        id='years-paid'
        label='已缴费年限（含视同缴费年限）'
        value={yearsText}
        onChange={setYearsText}
        error={errorFor(years, 'yearsPaid', result)}
        unit='年'
        placeholder='可填小数'
        decimal
      />
      {sex === '' || years.state !== 'ok' ? (
        <Text className='contribution__empty'>选择性别并填写已缴年限后，显示还差几年。</Text>
      ) : value ? (
        <View className='contribution__result' data-testid='shortfall-result'>
          <View className='contribution__total'>
            <Text className='contribution__row-label'>还差（最低 {value.requiredYears} 年）</Text>
            <Text className='key-figure' data-testid='shortfall-years'>
              {value.shortfallYears} 年
            </Text>
          </View>
          {value.shortfallYears > 0 ? (
            <>
              <Notice kind='info' testId='shortfall-rate-unpublished'>
                {words?.shortfallBase}
              </Notice>
              <NumberField
                id='shortfall-rate'
                label='补缴比例（经办机构告知）'
                value={rateText}
                onChange={setRateText}
                error={errorFor(rate, 'rate', result)}
                unit='%'
                placeholder='按经办机构告知的比例填写'
                decimal
              />
              <MoneyInput
                id='average-wage'
                label='上年度全省在岗职工平均工资（全年）'
                value={wageText}
                onChange={setWageText}
                placeholder='经办机构告知的金额'
                error={result && !result.ok && result.field === 'averageWage' ? result.message : null}
              />
              {value.amount !== null ? (
                <View className='contribution__total'>
                  <Text className='contribution__row-label'>一次性补缴（按您填写的数测算）</Text>
                  <Text className='key-figure' data-testid='shortfall-amount'>
                    {formatYuan(value.amount)}
                  </Text>
                </View>
              ) : (
                <Text className='contribution__status-text' data-testid='shortfall-amount-missing'>
                  补缴金额：未计算（需填写比例和平均工资）。
                </Text>
              )}
              {value.amount !== null ? <Text className='contribution__fineprint'>{value.note}。</Text> : null}
              <Text className='contribution__para'>{mm.consequence.text}。</Text>
            </>
          ) : (
            <Text className='contribution__para' data-testid='shortfall-none'>
              {value.note}。
            </Text>
          )}
          <SourceToggle what='最低缴费年限' sources={[...value.sources, mm.consequence.reference]} />
        </View>
      ) : result && !result.ok && result.field !== 'yearsPaid' && result.field !== 'rate' && result.field !== 'averageWage' ? (
        <Notice kind='warn'>无法计算：{result.message}</Notice>
      ) : null}
    </View>
  )
}
