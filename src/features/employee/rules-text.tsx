import { Text, View } from '@tarojs/components'
import { describeEmployeeRules, type EmployeeRuleId } from '../../engine/describe-employee'
import { SourceToggle } from '../../components/source-toggle'
import type { SectionProps } from './rates'

const TEST_IDS: Record<EmployeeRuleId, string> = {
  deferral: 'rule-deferral',
  lateFeeWaiver: 'rule-late-fee',
  transferToResident: 'rule-transfer',
  notes: 'rule-notes'
}

/** 缓缴, 滞纳金, 转居民医保 and the rest, as the engine words them. */
export function RulesTextSection({ rulesPack }: SectionProps) {
  const d = describeEmployeeRules(rulesPack)
  if (!d) return null
  return (
    <View className='contribution__card' data-testid='employee-rules-text'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {d.title}
      </Text>
      {d.rules.map((rule) => (
        <View key={rule.id} className='contribution__rule' data-testid={TEST_IDS[rule.id]}>
          <Text className='contribution__rule-title'>{rule.title}</Text>
          {rule.lines.map((line, i) => (
            <Text key={i} className='contribution__para'>
              · {line}。
            </Text>
          ))}
          <SourceToggle what={rule.title} sources={rule.sources} />
        </View>
      ))}
    </View>
  )
}
