import { View, Text } from '@tarojs/components'
import { goToTab } from '../../services/device'
import { tappable } from '../tappable'

/** Placeholder for a tool whose own issue has not landed yet. */
export function ComingSoon({ what }: { what: string }) {
  return (
    <View className='notice notice--info' data-testid='coming-soon'>
      <Text>{what}正在建设中，即将推出。现在可以先到 </Text>
      <Text className='about-line__link' role='link' {...tappable(() => goToTab('faq'))}>常见问题</Text>
      <Text> 查看相关政策。</Text>
    </View>
  )
}
