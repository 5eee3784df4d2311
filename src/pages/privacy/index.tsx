import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import { PageFrame } from '../../components/page-frame'
import { HeaderTools } from '../../components/region-bar'
import { AboutLine } from '../../components/region-bar/about-line'
import { CellGroup, Cell } from '../../components/cells'
import { Notice } from '../../components/notice'
import { clearAllAppData } from '../../services/storage'
import { newestYear } from '../../policy/registry'
import { resetRegion } from '../../services/region'
import { resetCareMode } from '../../services/care-mode'
import { toast } from '../../services/device'
import { STORED_ITEMS, storageKey } from './stored-items'
import './index.scss'

function storedKeys(): Set<string> {
  try {
    return new Set(Taro.getStorageInfoSync().keys)
  } catch {
    return new Set()
  }
}

export default function PrivacyPage() {
  const [keys, setKeys] = useState(storedKeys)
  const [cleared, setCleared] = useState(false)

  const clearAll = async () => {
    const answer = await Taro.showModal({
      title: '清除本机数据',
      content: '将删除所选地区、保存的测算、本年度住院记录（含结算单金额）、家庭成员和清单勾选，且无法恢复。确定清除吗？',
      confirmText: '清除',
      cancelText: '取消'
    }).catch(() => ({ confirm: false }))
    if (!answer.confirm) return
    clearAllAppData()
    resetRegion()
    resetCareMode()
    setKeys(storedKeys())
    setCleared(true)
    toast('已清除本机数据')
  }

  return (
    <PageFrame className='privacy'>
      <View className='page-header'>
        <HeaderTools privacyLink={false} />
      </View>
      <Notice kind='info' testId='privacy-summary'>
        医保通不收集、不上传任何信息：不需要登录，不联网计算，没有统计或广告代码。所有测算都在您的手机上完成。
      </Notice>
      <CellGroup title='本机保存的内容（只存在这台手机上）'>
        {STORED_ITEMS.map((item) => (
          <Cell
            key={item.name}
            label={item.what}
            value={<Text data-testid={`stored-${item.name}`}>{keys.has(storageKey(item.name)) ? '已保存' : '无'}</Text>}
          />
        ))}
      </CellGroup>
      <CellGroup title='需要您同意的微信功能'>
        <Cell label='复制到剪贴板' description='仅在您点“复制”时使用，用于复制公众号或小程序名称。不同意也可以手动输入。' />
        <Cell label='写入手机日历' description='仅在您点“加入手机日历”时使用，用于提醒缴费期或备案期限。不同意也可以自己记下日期。' />
      </CellGroup>
      <View className='privacy__actions'>
        <Button className='privacy__clear' data-testid='clear-all-data' onClick={clearAll}>
          清除本机全部数据
        </Button>
        {cleared ? (
          <Text className='privacy__done' role='status' data-testid='clear-done'>
            已清除。下次打开工具时会请您重新选择参保地。
          </Text>
        ) : null}
      </View>
      <AboutLine year={newestYear()} />
    </PageFrame>
  )
}
