import { Button, View, Text } from '@tarojs/components'
import type { RegionId } from '../../policy/types'
import { POLICY_YEAR } from '../../policy/documents'
import { REGION_NAMES, REGIONS } from '../../services/region'
import './index.scss'

interface RegionBarProps {
  title: string
  region: RegionId | null
  onChange(region: RegionId): void
}

export function RegionBar({ title, region, onChange }: RegionBarProps) {
  return (
    <View className='region-bar' role='banner'>
      <View className='region-bar__row'>
        <Text className='region-bar__title'>{title}</Text>
        <Text className='region-bar__year' data-testid='policy-year'>{POLICY_YEAR}年度政策</Text>
      </View>
      {region ? (
      <View className='region-bar__switch' role='radiogroup' aria-label='参保地'>
        {REGIONS.map((r) => (
          <Button
            key={r}
            className={`region-bar__option${region === r ? ' region-bar__option--active' : ''}`}
            role='radio'
            aria-checked={region === r}
            aria-label={`参保地：${REGION_NAMES[r]}`}
            data-region={r}
            onClick={() => onChange(r)}
          >
            {REGION_NAMES[r]}
          </Button>
        ))}
      </View>
      ) : null}
    </View>
  )
}

export function RegionChooser({ onChoose }: { onChoose(region: RegionId): void }) {
  return (
    <View className='region-chooser'>
      <Text className='region-chooser__title'>请先选择您的参保地</Text>
      <Text className='region-chooser__hint'>选择后会记在本机，以后可在页面顶部随时切换。</Text>
      {REGIONS.map((r) => (
        <Button key={r} className='region-chooser__button' data-choose={r} onClick={() => onChoose(r)}>
          {REGION_NAMES[r]}
        </Button>
      ))}
    </View>
  )
}
