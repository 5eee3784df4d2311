import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { onPrivacyRequest } from '../../services/privacy'
import { useCareMode } from '../../services/care-mode'
import { TABS, useActiveTab } from '../../services/tab-bar'
import { TAB_ICONS } from './icons'
import './index.scss'
import { tappable } from '../tappable'

/**
 * The tab bar for WeChat (as the custom tab bar, custom-tab-bar/) and H5 (inside each tab page):
 * WeUI's look in normal mode; in care mode 18px+ labels on 60px+ targets, which WeChat's native
 * tab bar cannot do. Care mode follows the phone's font setting unless the user chose.
 */
export function TabBar({ current }: { current?: string }) {
  const [care] = useCareMode()
  const active = useActiveTab(current)
  // On WeChat the custom tab bar sits above the page, so it would cover the consent sheet's buttons.
  const [consentOpen, setConsentOpen] = useState(false)
  useEffect(() => onPrivacyRequest(setConsentOpen), [])
  if (consentOpen) return null
  return (
    <View className={`tab-bar${care.enabled ? ' tab-bar--care' : ''}`} role='tablist' aria-label='功能' data-testid='tab-bar'>
      {TABS.map((tab) => {
        const on = tab.pagePath === active
        return (
          <View
            key={tab.name}
            className={`tab-bar__item${on ? ' tab-bar__item--active' : ''}`}
            role='tab'
            aria-selected={on ? 'true' : 'false'}
            aria-label={tab.text}
            data-tab={tab.name}
            {...tappable(() => {
              if (!on) Taro.switchTab({ url: `/${tab.pagePath}` }).catch(() => undefined)
            })}
          >
            {/* eslint-disable-next-line jsx-a11y/alt-text -- decorative and aria-hidden: the label beside it names the tab; Taro's Image has no alt */}
            <Image
              className='tab-bar__icon'
              src={on ? TAB_ICONS[tab.name].active : TAB_ICONS[tab.name].icon}
              mode='aspectFit'
              aria-hidden='true'
            />
            <Text className='tab-bar__label'>{tab.text}</Text>
          </View>
        )
      })}
    </View>
  )
}
