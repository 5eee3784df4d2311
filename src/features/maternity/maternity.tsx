import { View } from '@tarojs/components'
import { Chips } from '../../components/chips'
import { ChoiceRow } from '../../components/estimate-form'
import type { MaternityForm } from './form'
import './maternity.scss'
import { Allowance } from './maternity-allowance'
import { Childbirth } from './maternity-childbirth'
import { Medical } from './maternity-medical'
import type { Props } from './maternity-parts'

export function MaternityEstimator({ form, onChange }: Props) {
  return (
    <View className='estimate-maternity'>
      <ChoiceRow id='mat-sub' label='要算哪一项'>
        <Chips<MaternityForm['sub']>
          label='要算哪一项'
          testId='mat-sub'
          value={form.sub}
          onChange={(sub) => onChange({ sub })}
          options={[
            { value: 'allowance', text: '生育津贴和产假天数' },
            { value: 'childbirth', text: '居民住院分娩报销' },
            { value: 'medical', text: '职工生育医疗费' }
          ]}
        />
      </ChoiceRow>
      {form.sub === 'allowance' ? <Allowance form={form} onChange={onChange} /> : null}
      {form.sub === 'childbirth' ? <Childbirth form={form} onChange={onChange} /> : null}
      {form.sub === 'medical' ? <Medical form={form} onChange={onChange} /> : null}
    </View>
  )
}
