import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { Notice } from '../../components/notice'
import { DOCUMENTS } from '../../policy/documents'
import { currentYear, getPack, listRegions } from '../../policy/registry'
import { usePolicy } from '../../components/page-shell'
import { EmployeeDateTools } from './date-tools'
import type { PolicyPack } from '../../policy/types'
import { isUnpublished } from '../../policy/types'
import { RatesSummary } from './rates'
import { MonthlySection } from './monthly'
import { MinimumYearsSection, RetireeSection } from './retirement'
import { RulesTextSection } from './rules-text'
import './index.scss'

/**
 * Which packs publish employee rules is data: the view asks the registry, it names no city. Each
 * other region by its own newest year, so a new year of one city does not hide the other's rules.
 */
function otherPackWithEmployeeRules(pack: PolicyPack): PolicyPack | undefined {
  return listRegions()
    .filter((r) => r.id !== pack.region)
    .map((r) => getPack(r.id, currentYear(r.id)))
    .find((p) => !isUnpublished(p.employee))
}

export function EmployeeView() {
  const pack = usePolicy()
  const [showOther, setShowOther] = useState(false)
  if (!isUnpublished(pack.employee)) return <EmployeeRulesView rulesPack={pack} borrowed={false} />
  const other = otherPackWithEmployeeRules(pack)
  return (
    <View className='contribution__employee' data-testid='employee-view'>
      <Notice kind='warn' testId='employee-unpublished'>
        <View className='contribution__notice-title'>{pack.regionName}职工医保：文件未涉及</View>
        <View>
          {pack.employee.reason}。本应用没有{pack.regionName}职工医保的缴费比例和个人账户规定，不能为{pack.regionName}的职工测算。
        </View>
      </Notice>
      {other ? (
        <Button
          kind='secondary'
          className='contribution__reveal'
          data-testid='show-weifang-employee'
          aria-expanded={showOther ? 'true' : 'false'}
          onClick={() => setShowOther(!showOther)}
        >
          {showOther ? `收起${other.regionName}规定` : `查看${other.regionName}的职工医保规定（仅供参考）`}
        </Button>
      ) : null}
      {showOther && other ? <EmployeeRulesView rulesPack={other} borrowed /> : null}
    </View>
  )
}

function EmployeeRulesView({ rulesPack: pack, borrowed }: { rulesPack: PolicyPack; borrowed: boolean }) {
  const rules = pack.employee
  if (isUnpublished(rules)) return null
  const [docId] = pack.documents
  const doc = docId ? DOCUMENTS[docId] : undefined
  const city = pack.regionName
  return (
    <View className='contribution__employee' data-testid='employee-rules' data-rules-region={pack.region}>
      {borrowed ? (
        <Notice kind='warn' testId='borrowed-rules'>
          <View className='contribution__notice-title'>以下是{city}的规定，不是您所选参保地的政策</View>
          <View>仅供了解，不能当作您所在城市的缴费标准；请以当地医保经办机构的规定为准。</View>
        </Notice>
      ) : null}
      <Text className='contribution__rules-origin'>
        {city}职工医保（{pack.year}年）
        {doc ? (
          <>
            · 依据：{doc.publisher}（<Text className='contribution__date'>{doc.date}</Text>）
          </>
        ) : null}
      </Text>
      <RatesSummary rulesPack={pack} rules={rules} city={city} />
      <MonthlySection rulesPack={pack} rules={rules} city={city} />
      <RetireeSection rulesPack={pack} rules={rules} city={city} />
      <MinimumYearsSection rulesPack={pack} rules={rules} city={city} />
      <RulesTextSection rulesPack={pack} rules={rules} city={city} />
      <EmployeeDateTools pack={pack} />
    </View>
  )
}
