import { View, Text } from '@tarojs/components'

export default function Page() {
  return (
    <View className='floor' data-testid='floor-content'>
      <Text>第一页</Text>
    </View>
  )
}
