import { View, Text } from '@tarojs/components'
import { openPage } from '../../services/device'
import { tappable } from '../tappable'

/** The disclaimer every page carries, with the way to the full 关于 page. */
export function AboutLine({ year }: { year: number }) {
  return (
    <View className='about-line'>
      <Text className='about-line__text'>本工具为独立测算工具，非官方渠道；依据{year}年度政策文件，实际金额以医保经办机构结算为准。</Text>
      <Text className='about-line__link' role='link' data-testid='about-link' {...tappable(() => openPage('/pages/about/index'))}>
        关于本工具
      </Text>
    </View>
  )
}
