import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { copyText, toast } from '../../services/device'
import { currentPlatform } from '../../services/platform'
import { SHARE_PAGE } from './share-link'

/** Sharing the estimate: the WeChat share button on a phone, a copyable link on H5. */
export function ShareBar({ query, page = SHARE_PAGE }: { query(): string; page?: string }) {
  if (currentPlatform() === 'h5') {
    const copy = async () => {
      const url = `${window.location.origin}${window.location.pathname}#${page}?${query()}`
      if (await copyText(url)) toast('链接已复制')
    }
    return (
      <View className='estimate-share'>
        <Button kind='secondary' className='estimate-action' data-testid='copy-share-link' onClick={copy}>
          复制分享链接
        </Button>
        <Text className='estimate-share__hint'>对方打开链接，看到的是同样的输入和结果。</Text>
      </View>
    )
  }
  return (
    <View className='estimate-share'>
      <Button kind='secondary' className='estimate-action' openType='share' data-testid='share-button'>
        分享给微信好友
      </Button>
      <Text className='estimate-share__hint'>对方打开后看到同样的输入和结果；也可以点右上角“…”分享到朋友圈。</Text>
    </View>
  )
}
