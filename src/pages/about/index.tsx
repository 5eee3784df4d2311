import { View, Text } from '@tarojs/components'
import { PageFrame } from '../../components/page-frame'
import { HeaderTools } from '../../components/region-bar'
import { CellGroup, Cell } from '../../components/cells'
import { Notice } from '../../components/notice'
import { DOCUMENTS } from '../../policy/documents'
import { listPacks } from '../../policy/registry'
import { REGION_NAMES } from '../../services/region'
import './index.scss'

/** The policy years the bundled packs cover, e.g. "2020年度". */
function bundledYears(): string {
  return [...new Set(listPacks().map((p) => p.year))].sort().map((y) => `${y}年度`).join('、')
}

export default function AboutPage() {
  const years = bundledYears()
  return (
    <PageFrame className='about'>
      <View className='page-header'><HeaderTools /></View>
      <Notice kind='warn' testId='about-disclaimer'>
        医保通是一个独立的测算工具，不是医保部门的官方渠道。所有结果都是按政策文件做的估算，实际报销和缴费金额以医保经办机构的结算为准。
      </Notice>
      <CellGroup title={`政策依据（${years}）`}>
        {Object.values(DOCUMENTS).map((doc) => (
          <Cell
            key={doc.id}
            label={doc.title}
            description={`${doc.publisher}，${doc.date}；适用于${doc.scope ?? REGION_NAMES[doc.region]}`}
          />
        ))}
      </CellGroup>
      <CellGroup title='使用说明'>
        <Cell label='每个数字都注明出处' description='点开各项规则可以看到文件名称、段落和原文摘录。' />
        <Cell label='文件没有公布的数字不会替您猜' description='例如威海住院起付标准、潍坊住院报销比例，需要您按医院或结算单填写，否则该项显示“未公布”。' />
        <Cell
          label='安丘市的规定单独标明'
          description='潍坊的资料来自安丘市医疗保障局。其中医疗救助（重点救助对象、低收入救助对象、重大疾病再救助）是安丘市自己的规定，本工具标为“安丘市”；潍坊其他县市区的医疗救助办法没有收录。'
        />
        <Cell label='数据只在本机' description='不需要登录，不上传任何个人信息；所选地区和保存的测算只存在您的手机上。' />
      </CellGroup>
      <View className='about__footer'>
        <Text>政策年度以文件为准：{years}。之后的政策调整不在本工具范围内。</Text>
      </View>
    </PageFrame>
  )
}
