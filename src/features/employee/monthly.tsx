import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Chips } from '../../components/chips'
import { Field, FieldInput } from '../../components/field'
import { MoneyInput, readMoney } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { attempt, employeeContribution, employeeYear, formatYuan, isUnpublishedResult, type EmployerType } from '../../engine'
import { RangeFigure } from '../../components/range-figure'
import { readAge, readBirthMonth } from '../../components/field/reading'
import { percent } from './format'
import { SourceToggle } from '../../components/source-toggle'
import { TermHelp } from '../../components/term'
import { errorFor, NumberField } from './fields'
import type { SectionProps } from './rates'
import { describeEmployeeCalculators, employerRateOfMonth } from '../../engine/describe-employee'

export const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
export const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`

export const EMPLOYER_OPTIONS: { value: EmployerType; text: string }[] = [
  // Flexible workers appear only in the 2020 relief; their own rate is not given (POLICY-READING §8).
  { value: 'enterprise', text: '企业等用人单位' },
  { value: 'institution', text: '机关事业单位、社会团体等' }
]

export function MonthlySection({ rulesPack, rules, city }: SectionProps) {
  const { region: rulesRegion, year: policyYear } = rulesPack
  const words = describeEmployeeCalculators(rulesPack)
  const [baseText, setBaseText] = useState('')
  const [ageText, setAgeText] = useState('')
  const [employerType, setEmployerType] = useState<EmployerType>('enterprise')
  const months = monthsOf(policyYear)
  const [january = `${policyYear}-01`] = months // monthsOf gives all twelve
  const [month, setMonth] = useState(january)
  const [birthText, setBirthText] = useState('')
  const base = readMoney(baseText)
  const age = readAge(ageText)
  const birth = readBirthMonth(birthText)
  const ready = base.state === 'ok' && age.state === 'ok' && birth.state !== 'error'
  const year = ready
    ? attempt(() =>
        employeeYear({
          region: rulesRegion,
          pack: rulesPack,
          base: base.amount,
          employerType,
          age: age.value,
          birthMonth: birth.state === 'ok' ? birth.value : undefined
        })
      )
    : null
  // With a birth month, the selected month is figured at that month's age (the year table's row).
  const monthAge = year && year.ok && !isUnpublishedResult(year.value) ? year.value.rows.find((r) => r.month === month)?.age : undefined
  const monthly = ready
    ? attempt(() =>
        employeeContribution({ region: rulesRegion, pack: rulesPack, base: base.amount, month, employerType, age: monthAge ?? age.value })
      )
    : null
  const account = rules.personalAccount.inService

  return (
    <View className='contribution__card' data-testid='employee-monthly'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {city} · 在职职工每月缴费
      </Text>
      <MoneyInput
        id='employee-base'
        label='月缴费基数'
        value={baseText}
        onChange={setBaseText}
        placeholder='按核定的基数填写'
        hint={
          <>
            <Text>按单位或经办机构核定的月缴费基数填写</Text>
            <TermHelp id='monthlyBase' pack={rulesPack} />
          </>
        }
        error={monthly && !monthly.ok && monthly.field === 'base' ? monthly.message : null}
      />
      <NumberField
        id='employee-age'
        label='年龄（周岁）'
        value={ageText}
        onChange={setAgeText}
        error={errorFor(age, 'age', monthly)}
        unit='岁'
        placeholder='填周岁'
        hint='个人账户划入比例按年龄分档'
      />
      <Field
        id='employee-birth'
        label='出生年月（可不填）'
        error={birth.state === 'error' ? birth.message : year && !year.ok && year.field === 'birthMonth' ? year.message : null}
        hint={`填了出生年月，${policyYear}年中过生日换档的月份会按当月年龄计算`}
      >
        <FieldInput
          id='employee-birth'
          label='出生年月'
          value={birthText}
          onChange={setBirthText}
          invalid={birth.state === 'error'}
          maxlength={10}
          placeholder='年-月'
        />
      </Field>
      <Text className='contribution__label'>单位类型</Text>
      <Chips<EmployerType>
        label='单位类型'
        testId='employer-type'
        value={employerType}
        onChange={setEmployerType}
        options={EMPLOYER_OPTIONS}
      />
      <Text className='contribution__fineprint contribution__indent' data-testid='employer-type-scope'>
        降费适用于：{rules.reliefAppliesTo[employerType].text}
      </Text>
      {employerType === 'enterprise' ? (
        <Text className='contribution__fineprint contribution__indent' data-testid='employer-type-flexible'>
          {words?.flexibleWorkers}
        </Text>
      ) : null}
      <Text className='contribution__label'>月份（{policyYear}年）</Text>
      <Chips<string>
        label={`月份（${policyYear}年）`}
        testId='employee-month'
        value={month}
        onChange={setMonth}
        options={months.map((m) => ({ value: m, text: monthLabel(m) }))}
      />

      {!ready ? (
        <Text className='contribution__empty' data-testid='employee-waiting'>
          {base.state !== 'ok' && age.state !== 'ok'
            ? '填写缴费基数和年龄后显示每月缴费。'
            : base.state !== 'ok'
              ? '填写缴费基数后显示每月缴费。'
              : '填写年龄后显示每月缴费。'}
        </Text>
      ) : monthly && !monthly.ok ? (
        monthly.field === 'base' || monthly.field === 'age' ? null : (
          <Notice kind='warn'>无法计算：{monthly.message}</Notice>
        )
      ) : monthly && monthly.ok && !isUnpublishedResult(monthly.value) ? (
        <View className='contribution__result' data-testid='employee-result'>
          <Text className='contribution__result-title'>
            {monthLabel(month)}（{policyYear}年）
          </Text>
          <View className='contribution__row'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>单位缴费</Text>
              <Text className='contribution__row-desc' data-testid='employer-rate'>
                费率 {percent(monthly.value.employerRate)}
                {employerRateOfMonth(rulesPack, monthly.value.reliefPoints)}
              </Text>
            </View>
            <Text className='contribution__row-value' data-testid='employer-amount'>
              {formatYuan(monthly.value.employer)}
            </Text>
          </View>
          <View className='contribution__row'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>个人缴费</Text>
              <Text className='contribution__row-desc'>费率 {percent(monthly.value.individualRate)}</Text>
            </View>
            <Text className='contribution__row-value' data-testid='individual-amount'>
              {formatYuan(monthly.value.individual)}
            </Text>
          </View>
          <View className='contribution__total'>
            <Text className='contribution__row-label'>本月合计</Text>
            <Text className='key-figure' data-testid='employee-total'>
              {formatYuan(monthly.value.total)}
            </Text>
          </View>
          <View className='contribution__row'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>每月划入个人账户</Text>
              <Text className='contribution__row-desc' data-testid='account-rate'>
                按缴费基数的{' '}
                {monthly.value.readings.length
                  ? `${percent(account.below.value)} 或 ${percent(account.fromThreshold.value)}`
                  : percent(monthly.value.personalAccountRate)}{' '}
                划入；从筹集的医保基金中划入社保卡个人医疗账户，不另外缴钱
              </Text>
            </View>
            {monthly.value.readings.length ? null : (
              <Text className='contribution__row-value' data-testid='account-amount'>
                {formatYuan(monthly.value.personalAccount)}
              </Text>
            )}
          </View>
          {monthly.value.readings.length ? (
            // At exactly 45 the text reads two ways: the figure, its question and each option's credit together.
            <RangeFigure
              usual={monthly.value.personalAccount}
              range={monthly.value.range}
              readings={monthly.value.readings}
              unknowns={monthly.value.unknowns}
              testId='account-amount'
            />
          ) : null}
          {account.ageThreshold.description ? (
            <Text className='contribution__fineprint'>年龄分档：{account.ageThreshold.description}。</Text>
          ) : null}
          {monthly.value.warnings.map((w, i) => (
            <Notice key={i} kind='warn'>
              {w}
            </Notice>
          ))}
          <SourceToggle what='职工每月缴费' sources={monthly.value.sources} />
        </View>
      ) : null}

      {year && year.ok && !isUnpublishedResult(year.value) ? (
        <View className='contribution__table' data-testid='employee-year' role='table' aria-label={`${policyYear}年逐月缴费`}>
          <Text className='contribution__result-title'>
            {policyYear}年逐月一览（{EMPLOYER_OPTIONS.find((o) => o.value === employerType)?.text}）
          </Text>
          <View className='contribution__tr contribution__tr--head' role='row'>
            <Text className='contribution__td' role='columnheader'>
              月份
            </Text>
            <Text className='contribution__td' role='columnheader'>
              费率
            </Text>
            <Text className='contribution__td contribution__td--num' role='columnheader'>
              单位
            </Text>
            <Text className='contribution__td contribution__td--num' role='columnheader'>
              个人
            </Text>
            <Text className='contribution__td contribution__td--num' role='columnheader'>
              账户划入
            </Text>
          </View>
          {year.value.rows.map((row) => (
            <View
              key={row.month}
              className={`contribution__tr${row.month === month ? ' contribution__tr--current' : ''}`}
              role='row'
              data-testid='year-row'
              data-month={row.month}
            >
              <Text className='contribution__td' role='cell'>
                {monthLabel(row.month)}
                {row.month === month ? '◀' : ''}
              </Text>
              <Text className='contribution__td' role='cell' data-testid='year-rate'>
                {percent(row.employerRate)}
              </Text>
              <Text className='contribution__td contribution__td--num' role='cell'>
                {formatYuan(row.employer)}
              </Text>
              <Text className='contribution__td contribution__td--num' role='cell'>
                {formatYuan(row.individual)}
              </Text>
              <Text className='contribution__td contribution__td--num' role='cell'>
                {/* A month at exactly 45: each option's credit, first option first; the question is under the table. */}
                {row.readings[0]?.options.map((o) => formatYuan(o.figure ?? '')).join('或') ?? formatYuan(row.personalAccount)}
              </Text>
            </View>
          ))}
          <View className='contribution__tr contribution__tr--total' role='row'>
            <Text className='contribution__td' role='cell'>
              全年
            </Text>
            <Text className='contribution__td' role='cell'>
              —
            </Text>
            <Text className='contribution__td contribution__td--num' role='cell' data-testid='year-employer'>
              {formatYuan(year.value.totals.employer)}
            </Text>
            <Text className='contribution__td contribution__td--num' role='cell' data-testid='year-individual'>
              {formatYuan(year.value.totals.individual)}
            </Text>
            <Text className='contribution__td contribution__td--num' role='cell' data-testid='year-account'>
              {year.value.readings[0]?.options.map((o) => formatYuan(o.figure ?? '')).join('或') ??
                formatYuan(year.value.totals.personalAccount)}
            </Text>
          </View>
          {year.value.readings.length ? (
            <View className='contribution__readings'>
              <Text className='contribution__row-label'>全年划入个人账户</Text>
              <RangeFigure
                usual={year.value.totals.personalAccount}
                range={year.value.range}
                readings={year.value.readings}
                unknowns={year.value.unknowns}
                testId='year-account-amount'
              />
            </View>
          ) : null}
          <Text className='contribution__fineprint'>◀ 标出的是上面所选的月份。{words?.monthlyEmployerRate}</Text>
          <SourceToggle what={`${policyYear}年逐月费率`} sources={year.value.sources} />
        </View>
      ) : null}
    </View>
  )
}
