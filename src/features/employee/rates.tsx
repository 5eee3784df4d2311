import { Text, View } from '@tarojs/components'
import type { EmployeeRules, PolicyPack } from '../../policy/types'
import { describeEmployeeRates } from '../../engine/describe-employee'
import { SourceToggle } from '../../components/source-toggle'

export interface SectionProps {
  /** The pack whose employee rules are shown (the user's own, or another city's for reference). */
  rulesPack: PolicyPack
  rules: EmployeeRules
  city: string
}

/** The rates, stated before any input, as the resident view states its standards (worded by the engine). */
export function RatesSummary({ rulesPack }: SectionProps) {
  const d = describeEmployeeRates(rulesPack)
  if (!d) return null
  return (
    <View className='contribution__card' data-testid='employee-rates'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {d.title}
      </Text>
      <View className='contribution__row'>
        <Text className='contribution__row-label'>{d.contribution.label}</Text>
        <Text className='contribution__row-value' data-testid='rates-contribution'>
          {d.contribution.value}
        </Text>
      </View>
      <Text className='contribution__fineprint' data-testid='rates-flexible'>
        {d.contributionNote}
      </Text>
      <View className='contribution__row'>
        <Text className='contribution__row-label'>{d.inServiceAccount.label}</Text>
        <Text className='contribution__row-value' data-testid='rates-account'>
          {d.inServiceAccount.value}
        </Text>
      </View>
      <Text className='contribution__fineprint'>{d.thresholdNote}</Text>
      <View className='contribution__row'>
        <Text className='contribution__row-label'>{d.retireeAccount.label}</Text>
        <Text className='contribution__row-value' data-testid='rates-retiree'>
          {d.retireeAccount.value}
        </Text>
      </View>
      <Text className='contribution__fineprint'>{d.reliefNote}</Text>
      <SourceToggle what={d.sourcesOf} sources={d.sources} />
    </View>
  )
}
