// What the three maternity estimates share: their props and the conditions of entitlement.
import { Text, View } from '@tarojs/components'
import { SourceNote } from '../../components/source-note'
import { usePolicy } from '../../components/page-shell'
import { isUnpublished } from '../../policy/types'
import type { MaternityForm } from './form-state'

export interface Props {
  form: MaternityForm
  onChange(patch: Partial<MaternityForm>): void
}

/** 享受生育保险待遇的条件, as the region's document states them. */
export function Conditions() {
  const conditions = usePolicy().maternity.conditions
  return (
    <View className='estimate-rules' data-testid='maternity-conditions'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>享受生育保险待遇的条件</Text>
      {isUnpublished(conditions) ? (
        <View className='estimate-rules__item estimate-rules__item--missing'>{conditions.reason}</View>
      ) : (
        conditions.map((c, i) => (
          <View key={i} className='estimate-rules__item'>
            <Text>{c.text}</Text>
            <SourceNote sources={[c.reference]} />
          </View>
        ))
      )}
    </View>
  )
}
