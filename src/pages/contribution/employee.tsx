import { useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { Chips } from '../../components/chips'
import { Field, FieldInput } from '../../components/field'
import { MoneyInput, readMoney } from '../../components/money-input'
import { Notice } from '../../components/notice'
import {
  attempt,
  employeeContribution,
  employeeYear2020,
  formatYuan,
  isUnpublishedResult,
  minimumYearsShortfall,
  retireeAccount,
  type Attempt,
  type EmployerType
} from '../../engine'
import { DOCUMENTS, POLICY_YEAR } from '../../policy/documents'
import { getPack } from '../../policy/registry'
import { EmployeeDateTools } from '../../components/date-tool/tools'
import type { EmployeeRules, PolicyText, Reference, RegionId } from '../../policy/types'
import { isUnpublished } from '../../policy/types'
import { percent, points, readAge, readPercent, readYears, type Read } from './format'
import { SourceToggle } from './source-toggle'

/** The only region whose documents give employee rules. */
const EMPLOYEE_RULES_REGION: RegionId = 'weifang'

const MONTHS = Array.from({ length: 12 }, (_, i) => `${POLICY_YEAR}-${String(i + 1).padStart(2, '0')}`)
const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`

const EMPLOYER_OPTIONS: { value: EmployerType; text: string }[] = [
  { value: 'enterprise', text: '企业、个体、灵活就业等' },
  { value: 'institution', text: '机关事业单位、社会团体等' }
]

const refs = (texts: PolicyText[]): Reference[] => texts.map((t) => t.reference)

export function EmployeeView({ region }: { region: RegionId }) {
  const pack = getPack(region, POLICY_YEAR)
  const [showOther, setShowOther] = useState(false)
  if (!isUnpublished(pack.employee)) return <EmployeeRulesView rulesRegion={region} borrowed={false} />
  const other = getPack(EMPLOYEE_RULES_REGION, POLICY_YEAR)
  return (
    <View className='contribution__employee' data-testid='employee-view'>
      <Notice kind='warn' testId='employee-unpublished'>
        <View className='contribution__notice-title'>{pack.regionName}职工医保：文件未涉及</View>
        <View>
          {pack.employee.reason}。本应用没有{pack.regionName}职工医保的缴费比例和个人账户规定，不能为{pack.regionName}的职工测算。
        </View>
      </Notice>
      <Button
        className='contribution__secondary'
        data-testid='show-weifang-employee'
        aria-expanded={showOther ? 'true' : 'false'}
        onClick={() => setShowOther(!showOther)}
      >
        {showOther ? `收起${other.regionName}规定` : `查看${other.regionName}的职工医保规定（仅供参考）`}
      </Button>
      {showOther ? <EmployeeRulesView rulesRegion={EMPLOYEE_RULES_REGION} borrowed /> : null}
    </View>
  )
}

function EmployeeRulesView({ rulesRegion, borrowed }: { rulesRegion: RegionId; borrowed: boolean }) {
  const pack = getPack(rulesRegion, POLICY_YEAR)
  const rules = pack.employee
  if (isUnpublished(rules)) return null
  const doc = DOCUMENTS[pack.documents[0]]
  const city = pack.regionName
  return (
    <View className='contribution__employee' data-testid='employee-rules' data-rules-region={rulesRegion}>
      {borrowed ? (
        <Notice kind='warn' testId='borrowed-rules'>
          <View className='contribution__notice-title'>以下是{city}的规定，不是您所选参保地的政策</View>
          <View>仅供了解，不能当作您所在城市的缴费标准；请以当地医保经办机构的规定为准。</View>
        </Notice>
      ) : null}
      <Text className='contribution__rules-origin'>
        {city}职工医保（{POLICY_YEAR}年）· 依据：{doc.publisher}（{doc.date}）
      </Text>
      <MonthlySection rulesRegion={rulesRegion} rules={rules} city={city} />
      <RetireeSection rulesRegion={rulesRegion} rules={rules} city={city} />
      <MinimumYearsSection rulesRegion={rulesRegion} rules={rules} city={city} />
      <RulesTextSection rules={rules} city={city} />
      <EmployeeDateTools pack={pack} />
    </View>
  )
}

/** A whole-number or decimal field in the Field layout, with an aria-label and Chinese errors. */
function NumberField(props: {
  id: string
  label: string
  value: string
  onChange(text: string): void
  error: string | null
  unit: string
  placeholder: string
  hint?: ReactNode
  decimal?: boolean
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} hint={props.hint}>
      <FieldInput
        id={props.id}
        label={props.label}
        value={props.value}
        onChange={props.onChange}
        invalid={!!props.error}
        type={props.decimal ? 'digit' : 'number'}
        maxlength={8}
        placeholder={props.placeholder}
        className='contribution__number-input'
      />
      <Text className='money-input__unit'>{props.unit}</Text>
    </Field>
  )
}

/** The message for a field: its own parse error first, then the engine's message for it. */
function errorFor<T>(read: Read<T>, field: string, result: Attempt<unknown> | null): string | null {
  if (read.state === 'error') return read.message
  if (result && !result.ok && result.field === field) return result.message
  return null
}

function MonthlySection({ rulesRegion, rules, city }: { rulesRegion: RegionId; rules: EmployeeRules; city: string }) {
  const [baseText, setBaseText] = useState('')
  const [ageText, setAgeText] = useState('')
  const [employerType, setEmployerType] = useState<EmployerType>('enterprise')
  const [month, setMonth] = useState(MONTHS[0])
  const base = readMoney(baseText)
  const age = readAge(ageText)
  const ready = base.state === 'ok' && age.state === 'ok'
  const monthly = ready
    ? attempt(() => employeeContribution({ region: rulesRegion, base: base.amount, month, employerType, age: age.value }))
    : null
  const year = ready
    ? attempt(() => employeeYear2020({ region: rulesRegion, base: base.amount, employerType, age: age.value }))
    : null
  const account = rules.personalAccount.inService

  return (
    <View className='contribution__card' data-testid='employee-monthly'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>{city} · 在职职工每月缴费</Text>
      <MoneyInput
        id='employee-base'
        label='月缴费基数'
        value={baseText}
        onChange={setBaseText}
        placeholder='例如 5000'
        hint='按单位或经办机构核定的月缴费基数填写'
        error={monthly && !monthly.ok && monthly.field === 'base' ? monthly.message : null}
      />
      <NumberField
        id='employee-age'
        label='年龄（周岁）'
        value={ageText}
        onChange={setAgeText}
        error={errorFor(age, 'age', monthly)}
        unit='岁'
        placeholder='例如 45'
        hint='个人账户划入比例按年龄分档'
      />
      <Text className='contribution__label'>单位类型</Text>
      <Chips<EmployerType> label='单位类型' testId='employer-type' value={employerType} onChange={setEmployerType} options={EMPLOYER_OPTIONS} />
      <Text className='contribution__fineprint contribution__indent' data-testid='employer-type-scope'>
        降费适用于：{rules.reliefAppliesTo[employerType].text}
      </Text>
      <Text className='contribution__label'>月份（{POLICY_YEAR}年）</Text>
      <Chips<string>
        label={`月份（${POLICY_YEAR}年）`}
        testId='employee-month'
        value={month}
        onChange={setMonth}
        options={MONTHS.map((m) => ({ value: m, text: monthLabel(m) }))}
      />

      {!ready ? (
        <Text className='contribution__empty' data-testid='employee-waiting'>
          {base.state !== 'ok' && age.state !== 'ok' ? '填写缴费基数和年龄后显示每月缴费。' : base.state !== 'ok' ? '填写缴费基数后显示每月缴费。' : '填写年龄后显示每月缴费。'}
        </Text>
      ) : monthly && !monthly.ok ? (
        monthly.field === 'base' || monthly.field === 'age' ? null : <Notice kind='warn'>无法计算：{monthly.message}</Notice>
      ) : monthly && monthly.ok && !isUnpublishedResult(monthly.value) ? (
        <View className='contribution__result' data-testid='employee-result'>
          <Text className='contribution__result-title'>{monthLabel(month)}（{POLICY_YEAR}年）</Text>
          <View className='contribution__row'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>单位缴费</Text>
              <Text className='contribution__row-desc' data-testid='employer-rate'>
                费率 {percent(monthly.value.employerRate)}
                {monthly.value.reliefPoints !== '0'
                  ? `（${percent(rules.employerRate.value)} 减 ${points(monthly.value.reliefPoints)} 个百分点，${POLICY_YEAR}年阶段性降费）`
                  : '（本月没有降费）'}
              </Text>
            </View>
            <Text className='contribution__row-value' data-testid='employer-amount'>{formatYuan(monthly.value.employer)}</Text>
          </View>
          <View className='contribution__row'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>个人缴费</Text>
              <Text className='contribution__row-desc'>费率 {percent(monthly.value.individualRate)}</Text>
            </View>
            <Text className='contribution__row-value' data-testid='individual-amount'>{formatYuan(monthly.value.individual)}</Text>
          </View>
          <View className='contribution__total'>
            <Text className='contribution__row-label'>本月合计</Text>
            <Text className='key-figure' data-testid='employee-total'>{formatYuan(monthly.value.total)}</Text>
          </View>
          <View className='contribution__row'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>每月划入个人账户</Text>
              <Text className='contribution__row-desc' data-testid='account-rate'>
                按缴费基数的 {percent(monthly.value.personalAccountRate)} 划入；从筹集的医保基金中划入社保卡个人医疗账户，不另外缴钱
              </Text>
            </View>
            <Text className='contribution__row-value' data-testid='account-amount'>{formatYuan(monthly.value.personalAccount)}</Text>
          </View>
          {account.ageThreshold.description ? (
            <Text className='contribution__fineprint'>年龄分档：{account.ageThreshold.description}。</Text>
          ) : null}
          {monthly.value.warnings.map((w, i) => <Notice key={i} kind='warn'>{w}</Notice>)}
          <SourceToggle what='职工每月缴费' sources={monthly.value.sources} />
        </View>
      ) : null}

      {year && year.ok && !isUnpublishedResult(year.value) ? (
        <View className='contribution__table' data-testid='employee-year' role='table' aria-label={`${POLICY_YEAR}年逐月缴费`}>
          <Text className='contribution__result-title'>{POLICY_YEAR}年逐月一览（{EMPLOYER_OPTIONS.find((o) => o.value === employerType)?.text}）</Text>
          <View className='contribution__tr contribution__tr--head' role='row'>
            <Text className='contribution__td' role='columnheader'>月份</Text>
            <Text className='contribution__td' role='columnheader'>费率</Text>
            <Text className='contribution__td contribution__td--num' role='columnheader'>单位</Text>
            <Text className='contribution__td contribution__td--num' role='columnheader'>个人</Text>
            <Text className='contribution__td contribution__td--num' role='columnheader'>账户划入</Text>
          </View>
          {year.value.rows.map((row) => (
            <View
              key={row.month}
              className={`contribution__tr${row.month === month ? ' contribution__tr--current' : ''}`}
              role='row'
              data-testid='year-row'
              data-month={row.month}
            >
              <Text className='contribution__td' role='cell'>{monthLabel(row.month)}{row.month === month ? '◀' : ''}</Text>
              <Text className='contribution__td' role='cell' data-testid='year-rate'>{percent(row.employerRate)}</Text>
              <Text className='contribution__td contribution__td--num' role='cell'>{formatYuan(row.employer)}</Text>
              <Text className='contribution__td contribution__td--num' role='cell'>{formatYuan(row.individual)}</Text>
              <Text className='contribution__td contribution__td--num' role='cell'>{formatYuan(row.personalAccount)}</Text>
            </View>
          ))}
          <View className='contribution__tr contribution__tr--total' role='row'>
            <Text className='contribution__td' role='cell'>全年</Text>
            <Text className='contribution__td' role='cell'>—</Text>
            <Text className='contribution__td contribution__td--num' role='cell' data-testid='year-employer'>{formatYuan(year.value.totals.employer)}</Text>
            <Text className='contribution__td contribution__td--num' role='cell' data-testid='year-individual'>{formatYuan(year.value.totals.individual)}</Text>
            <Text className='contribution__td contribution__td--num' role='cell'>{formatYuan(year.value.totals.personalAccount)}</Text>
          </View>
          <Text className='contribution__fineprint'>◀ 标出的是上面所选的月份。单位费率 = {percent(rules.employerRate.value)} 减去当月降费。</Text>
          <SourceToggle what={`${POLICY_YEAR}年逐月费率`} sources={year.value.sources} />
        </View>
      ) : null}
    </View>
  )
}

function RetireeSection({ rulesRegion, rules, city }: { rulesRegion: RegionId; rules: EmployeeRules; city: string }) {
  const [pensionText, setPensionText] = useState('')
  const [ageText, setAgeText] = useState('')
  const pension = readMoney(pensionText)
  const age = readAge(ageText)
  const result = pension.state === 'ok' && age.state === 'ok'
    ? attempt(() => retireeAccount({ region: rulesRegion, pension: pension.amount, age: age.value }))
    : null
  const threshold = rules.personalAccount.retiree.ageThreshold
  return (
    <View className='contribution__card' data-testid='retiree'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>{city} · 退休人员个人账户</Text>
      <MoneyInput
        id='retiree-pension'
        label='每月退休金'
        value={pensionText}
        onChange={setPensionText}
        placeholder='例如 3000'
        error={result && !result.ok && result.field === 'pension' ? result.message : null}
      />
      <NumberField
        id='retiree-age'
        label='年龄（周岁）'
        value={ageText}
        onChange={setAgeText}
        error={errorFor(age, 'age', result)}
        unit='岁'
        placeholder='例如 70'
      />
      {result && result.ok && !isUnpublishedResult(result.value) ? (
        <View className='contribution__result' data-testid='retiree-result'>
          <View className='contribution__total'>
            <View className='contribution__row-main'>
              <Text className='contribution__row-label'>每月划入个人账户</Text>
              <Text className='contribution__row-desc' data-testid='retiree-rate'>按退休金的 {percent(result.value.rate)} 划入</Text>
            </View>
            <Text className='key-figure' data-testid='retiree-amount'>{formatYuan(result.value.personalAccount)}</Text>
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

function MinimumYearsSection({ rulesRegion, rules, city }: { rulesRegion: RegionId; rules: EmployeeRules; city: string }) {
  const [sex, setSex] = useState<Sex | ''>('')
  const [yearsText, setYearsText] = useState('')
  const [rateText, setRateText] = useState('')
  const [wageText, setWageText] = useState('')
  const years = readYears(yearsText)
  const rate = readPercent(rateText)
  const wage = readMoney(wageText)
  const result = sex !== '' && years.state === 'ok'
    ? attempt(() =>
        minimumYearsShortfall({
          region: rulesRegion,
          sex,
          yearsPaid: years.value,
          rate: rate.state === 'ok' ? rate.value : undefined,
          averageWage: wage.state === 'ok' ? wage.amount : undefined
        })
      )
    : null
  const value = result && result.ok && !isUnpublishedResult(result.value) ? result.value : null
  const mm = rules.minimumYears
  return (
    <View className='contribution__card' data-testid='minimum-years'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>{city} · 退休时最低缴费年限</Text>
      <Text className='contribution__para'>
        办理退休时，职工医保累计缴费年限（含视同缴费年限）须达到：男 {mm.male.value} 年，女 {mm.female.value} 年。
      </Text>
      <Text className='contribution__label'>性别</Text>
      <Chips<Sex | ''>
        label='性别'
        testId='sex'
        value={sex}
        onChange={setSex}
        options={[{ value: 'male', text: '男' }, { value: 'female', text: '女' }]}
      />
      <NumberField
        id='years-paid'
        label='已缴费年限（含视同缴费年限）'
        value={yearsText}
        onChange={setYearsText}
        error={errorFor(years, 'yearsPaid', result)}
        unit='年'
        placeholder='例如 26.5'
        decimal
      />
      {sex === '' || years.state !== 'ok' ? (
        <Text className='contribution__empty'>选择性别并填写已缴年限后，显示还差几年。</Text>
      ) : value ? (
        <View className='contribution__result' data-testid='shortfall-result'>
          <View className='contribution__total'>
            <Text className='contribution__row-label'>还差（最低 {value.requiredYears} 年）</Text>
            <Text className='key-figure' data-testid='shortfall-years'>{value.shortfallYears} 年</Text>
          </View>
          {value.shortfallYears > 0 ? (
            <>
              <Notice kind='info' testId='shortfall-rate-unpublished'>
                {`${mm.shortfallBase.text}。文件没有公布这个“规定比例”，上年度全省在岗职工平均工资也需要您提供：` +
                  '填写经办机构告知的比例和工资后，才能算出一次性补缴金额。'}
              </Notice>
              <NumberField
                id='shortfall-rate'
                label='补缴比例（经办机构告知）'
                value={rateText}
                onChange={setRateText}
                error={errorFor(rate, 'rate', result)}
                unit='%'
                placeholder='例如 8'
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
                  <Text className='key-figure' data-testid='shortfall-amount'>{formatYuan(value.amount)}</Text>
                </View>
              ) : (
                <Text className='contribution__status-text' data-testid='shortfall-amount-missing'>补缴金额：未计算（需填写比例和平均工资）。</Text>
              )}
              {value.amount !== null ? <Text className='contribution__fineprint'>{value.note}。</Text> : null}
              <Text className='contribution__para'>{mm.consequence.text}。</Text>
            </>
          ) : (
            <Text className='contribution__para' data-testid='shortfall-none'>{value.note}。</Text>
          )}
          <SourceToggle what='最低缴费年限' sources={[...value.sources, mm.consequence.reference]} />
        </View>
      ) : result && !result.ok && result.field !== 'yearsPaid' && result.field !== 'rate' && result.field !== 'averageWage' ? (
        <Notice kind='warn'>无法计算：{result.message}</Notice>
      ) : null}
    </View>
  )
}

function RulesTextSection({ rules, city }: { rules: EmployeeRules; city: string }) {
  const items: { title: string; lines: string[]; sources: Reference[]; testId: string }[] = [
    {
      title: `缓缴（${POLICY_YEAR}年疫情期间）：最长 ${rules.deferral.maxMonths.value} 个月`,
      lines: rules.deferral.notes.map((n) => n.text),
      sources: [rules.deferral.maxMonths.reference, ...refs(rules.deferral.notes)],
      testId: 'rule-deferral'
    },
    {
      title: '免收滞纳金',
      lines: [rules.lateFeeWaiver.text],
      sources: [rules.lateFeeWaiver.reference],
      testId: 'rule-late-fee'
    },
    {
      title: `职工医保转居民医保：${rules.transferToResident.withinDays.value} 日内办理`,
      lines: rules.transferToResident.notes.map((n) => n.text),
      sources: [rules.transferToResident.withinDays.reference, ...refs(rules.transferToResident.notes)],
      testId: 'rule-transfer'
    },
    {
      title: '其他',
      lines: rules.notes.map((n) => n.text),
      sources: refs(rules.notes),
      testId: 'rule-notes'
    }
  ]
  return (
    <View className='contribution__card' data-testid='employee-rules-text'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>{city} · 缓缴、滞纳金和转居民医保</Text>
      {items.map((item) => (
        <View key={item.testId} className='contribution__rule' data-testid={item.testId}>
          <Text className='contribution__rule-title'>{item.title}</Text>
          {item.lines.map((line, i) => <Text key={i} className='contribution__para'>· {line}。</Text>)}
          <SourceToggle what={item.title} sources={item.sources} />
        </View>
      ))}
    </View>
  )
}
