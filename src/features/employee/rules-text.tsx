import { Text, View } from '@tarojs/components'
import type { PolicyText, Reference } from '../../policy/types'
import { SourceToggle } from '../../components/source-toggle'
import type { SectionProps } from './rates'

const refs = (texts: PolicyText[]): Reference[] => texts.map((t) => t.reference)

export function RulesTextSection({ rulesPack, rules, city }: SectionProps) {
  const { year: policyYear } = rulesPack
  const items: { title: string; lines: string[]; sources: Reference[]; testId: string }[] = [
    {
      title: `缓缴（${policyYear}年疫情期间）：最长 ${rules.deferral.maxMonths.value} 个月`,
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
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {city} · 缓缴、滞纳金和转居民医保
      </Text>
      {items.map((item) => (
        <View key={item.testId} className='contribution__rule' data-testid={item.testId}>
          <Text className='contribution__rule-title'>{item.title}</Text>
          {item.lines.map((line, i) => (
            <Text key={i} className='contribution__para'>
              · {line}。
            </Text>
          ))}
          <SourceToggle what={item.title} sources={item.sources} />
        </View>
      ))}
    </View>
  )
}
