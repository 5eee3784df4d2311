import { Text, View } from '@tarojs/components'
import type { EmployeeRules, PolicyPack } from '../../policy/types'
import { percent } from './format'
import { SourceToggle } from '../../components/source-toggle'

export interface SectionProps {
  /** The pack whose employee rules are shown (the user's own, or another city's for reference). */
  rulesPack: PolicyPack
  rules: EmployeeRules
  city: string
}

/** The rates, stated before any input, as the resident view states its standards. */
export function RatesSummary({ rulesPack, rules, city }: SectionProps) {
  const { year: policyYear } = rulesPack
  const inService = rules.personalAccount.inService
  const retiree = rules.personalAccount.retiree
  const a = inService.ageThreshold.value
  const r = retiree.ageThreshold.value
  return (
    <View className='contribution__card' data-testid='employee-rates'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {city} · 职工医保费率（{policyYear}年）
      </Text>
      <View className='contribution__row'>
        <Text className='contribution__row-label'>缴费</Text>
        <Text className='contribution__row-value' data-testid='rates-contribution'>
          单位 {percent(rules.employerRate.value)}、个人 {percent(rules.individualRate.value)}，合计 {percent(rules.totalRate.value)}
        </Text>
      </View>
      <Text className='contribution__fineprint' data-testid='rates-flexible'>
        这是用人单位和职工的缴费比例；灵活就业人员本人的缴费比例文件未说明。
      </Text>
      <View className='contribution__row'>
        <Text className='contribution__row-label'>在职职工个人账户划入</Text>
        <Text className='contribution__row-value' data-testid='rates-account'>
          {a}岁以下 {percent(inService.below.value)}，{a}岁以上 {percent(inService.fromThreshold.value)}
        </Text>
      </View>
      <Text className='contribution__fineprint'>
        正好{a}岁时，原文“{a}岁以下”“{a}岁以上”都包含{a}岁，两种比例都列出。
      </Text>
      <View className='contribution__row'>
        <Text className='contribution__row-label'>退休人员个人账户划入</Text>
        <Text className='contribution__row-value' data-testid='rates-retiree'>
          不满{r}周岁 {percent(retiree.below.value)}，{r}周岁及以上 {percent(retiree.fromThreshold.value)}
        </Text>
      </View>
      <Text className='contribution__fineprint'>{policyYear}年单位费率有阶段性降低，见下方逐月一览。</Text>
      <SourceToggle
        what='职工医保费率'
        sources={[
          rules.totalRate.reference,
          rules.employerRate.reference,
          rules.individualRate.reference,
          inService.below.reference,
          inService.fromThreshold.reference,
          retiree.below.reference,
          retiree.fromThreshold.reference
        ]}
      />
    </View>
  )
}
