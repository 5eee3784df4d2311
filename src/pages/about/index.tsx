import { View, Text } from '@tarojs/components'
import { PageFrame } from '../../components/page-frame'
import { HeaderTools } from '../../components/region-bar'
import { CellGroup, Cell } from '../../components/cells'
import { Notice } from '../../components/notice'
import { DOCUMENTS } from '../../policy/documents'
import { currentYear, getPack, listPacks, listRegions } from '../../policy/registry'
import { isUnpublished } from '../../policy/types'
import { REGION_NAMES } from '../../services/region'
import './index.scss'

/** The policy years the bundled packs cover, e.g. "2020年度". */
function bundledYears(): string {
  return [...new Set(listPacks().map((p) => p.year))]
    .sort()
    .map((y) => `${y}年度`)
    .join('、')
}

/**
 * The inpatient figures a region's newest pack leaves for the user to fill in (an unpublished figure
 * with a name), e.g. "威海市住院起付标准": the packs say which, not this page.
 */
function unpublishedExamples(): string {
  return listRegions()
    .map((r) => getPack(r.id, currentYear(r.id)))
    .flatMap((p) =>
      [p.inpatient.deductible, p.inpatient.ratio].flatMap((f) =>
        isUnpublished(f) && f.description ? [`${p.regionName}${f.description}`] : []
      )
    )
    .join('、')
}

export default function AboutPage() {
  const years = bundledYears()
  const examples = unpublishedExamples()
  return (
    <PageFrame className='about'>
      <View className='page-header'>
        <HeaderTools />
      </View>
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
        <Cell
          label='文件没有公布的数字不会替您猜'
          description={`${examples ? `例如${examples}，` : ''}需要您按医院或结算单填写，否则该项显示“未公布”。`}
        />
        {Object.values(DOCUMENTS).flatMap((doc) =>
          doc.readerNote ? [<Cell key={doc.id} label={doc.readerNote.label} description={doc.readerNote.text} />] : []
        )}
        <Cell label='数据只在本机' description='不需要登录，不上传任何个人信息；所选地区和保存的测算只存在您的手机上。' />
      </CellGroup>
      <View className='about__footer'>
        <Text>政策年度以文件为准：{years}。之后的政策调整不在本工具范围内。</Text>
      </View>
    </PageFrame>
  )
}
