import { Button, View, Text } from '@tarojs/components'
import type { RegionId } from '../../policy/types'
import { DOCUMENTS } from '../../policy/documents'
import { REGION_NAMES, REGIONS } from '../../services/region'
import { useCareMode } from '../../services/care-mode'
import { openPage } from '../../services/device'
import './index.scss'

interface RegionBarProps {
  title: string
  /** The policy year the page computes for. */
  year: number
  region: RegionId | null
  onChange(region: RegionId): void
}

export function RegionBar({ title, year, region, onChange }: RegionBarProps) {
  return (
    <View className='region-bar' role='banner'>
      <View className='region-bar__row'>
        <Text className='region-bar__title'>{title}</Text>
        <Text className='region-bar__year' data-testid='policy-year'>
          {year}年度政策
        </Text>
      </View>
      <HeaderTools />
      {region ? (
        <View className='region-bar__switch' role='radiogroup' aria-label='参保地'>
          {REGIONS.map((r) => (
            <Button
              key={r}
              className={`region-bar__option${region === r ? ' region-bar__option--active' : ''}`}
              role='radio'
              aria-checked={region === r ? 'true' : 'false'}
              aria-label={`参保地：${REGION_NAMES[r]}`}
              data-region={r}
              onClick={() => onChange(r)}
            >
              {REGION_NAMES[r]}
            </Button>
          ))}
        </View>
      ) : null}
      {region ? <RegionBasis region={region} /> : null}
    </View>
  )
}

/** Whose words the city's figures are: "威海市（据文登区医疗保障局公布，2019-12-18）". */
function RegionBasis({ region }: { region: RegionId }) {
  const docs = Object.values(DOCUMENTS).filter((d) => d.region === region && d.toldBy)
  if (!docs.length) return null
  return (
    <Text className='region-bar__basis' data-testid='region-basis'>
      {REGION_NAMES[region]}（
      {docs.map((d, i) => (
        // the date stays on one line ("2020-\n06-09" in care mode)
        <Text key={d.date}>
          {i ? '；' : ''}
          {d.toldBy}，<Text className='region-bar__date'>{d.date}</Text>
        </Text>
      ))}
      ）
    </Text>
  )
}

/** Care mode and privacy, reachable from every page header. */
export function HeaderTools({ privacyLink = true }: { privacyLink?: boolean }) {
  const [care, setCare] = useCareMode()
  return (
    <View className='region-bar__tools'>
      <Button
        className={`region-bar__tool${care.enabled ? ' region-bar__tool--on' : ''}`}
        role='switch'
        aria-checked={care.enabled ? 'true' : 'false'}
        aria-label={`关怀模式（大字）：${care.enabled ? '已开启' : '已关闭'}`}
        data-testid='care-mode-switch'
        onClick={() => setCare(!care.enabled)}
      >
        {care.enabled ? '关怀模式：开' : '关怀模式：关'}
      </Button>
      {privacyLink ? (
        <Button className='region-bar__tool' data-testid='privacy-link' onClick={() => openPage('/pages/privacy/index')}>
          隐私说明
        </Button>
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
