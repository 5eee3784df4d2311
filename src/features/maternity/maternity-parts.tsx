// What the three maternity estimates share: their props and the conditions of entitlement.
import { Text, View } from '@tarojs/components'
import { SourceToggle } from '../../components/source-toggle'
import { usePolicy } from '../../components/page-shell'
import { Chips } from '../../components/chips'
import { isUnpublished } from '../../policy/types'
import { ChoiceRow } from '../../components/estimate-form'
import type { MaternityForm } from './form'
import { TermHelp } from '../../components/term'

export interface Props {
  form: MaternityForm
  onChange(patch: Partial<MaternityForm>): void
}

/** 享受生育保险待遇的条件, as the region's document states them. */
export function Conditions() {
  const pack = usePolicy()
  const conditions = pack.maternity.conditions
  return (
    <View className='estimate-rules' data-testid='maternity-conditions'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        享受生育保险待遇的条件
      </Text>
      {isUnpublished(conditions) ? (
        <View className='estimate-rules__item estimate-rules__item--missing'>{conditions.reason}</View>
      ) : (
        conditions.map((c, i) => (
          <View key={i} className='estimate-rules__item'>
            <Text>{c.text}</Text>
            {c.text.includes('免责期') ? <TermHelp id='waitingArrears' pack={pack} /> : null}
          </View>
        ))
      )}
      {/* one folded note for all the conditions: the document is named once */}
      {isUnpublished(conditions) ? null : <SourceToggle what='享受生育保险待遇的条件' sources={conditions.map((c) => c.reference)} />}
    </View>
  )
}

const BABIES: { value: MaternityForm['babies']; text: string }[] = [
  { value: '1', text: '1个' },
  { value: '2', text: '双胞胎' },
  { value: '3', text: '三胞胎' },
  { value: '4', text: '四胞胎' }
]

/** How many babies this birth brought: the leave days and the delivery limit both grow with it. */
export function BabiesChoice({
  id,
  value,
  onChange
}: {
  id: string
  value: MaternityForm['babies']
  onChange(v: MaternityForm['babies']): void
}) {
  return (
    <ChoiceRow id={id} label='这一胎生了几个孩子'>
      <Chips<MaternityForm['babies']> label='这一胎生了几个孩子' testId={id} value={value} onChange={onChange} options={BABIES} />
    </ChoiceRow>
  )
}
