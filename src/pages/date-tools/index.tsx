// 算日期: a subpackage page (app.config.ts) with the date tools a first open need not download, each
// opened from where its rule is described (?tool=resettlement from the 异地就医 card, ?tool=assistance
// from the year ledger). Without a tool named, or with one this region's documents do not give, it
// shows every tool the region has.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '../../components/button'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { hasDateTool, isDateToolId, type DateToolId } from '../../features/date-tools'
import { AssistanceDecisionTool, ResettlementChangeTool } from '../../features/date-tools/view'
import type { PolicyPack } from '../../policy/types'
import { goToTab } from '../../services/device'
import { useToolShare } from '../../services/share'
import { isSinglePageMode } from '../../services/tab-bar'
import './index.scss'

const TOOLS: {
  id: DateToolId
  back: { tab: 'remote' | 'estimate'; text: string }
  Tool: (p: { pack: PolicyPack }) => JSX.Element | null
}[] = [
  { id: 'resettlement', back: { tab: 'remote', text: '‹ 返回异地就医' }, Tool: ResettlementChangeTool },
  { id: 'assistance', back: { tab: 'estimate', text: '‹ 返回报销测算' }, Tool: AssistanceDecisionTool }
]

export default function DateToolsPage({ year }: PolicyYearProps = {}) {
  useToolShare('算日期', 'pages/date-tools/index')
  const asked = useRouter()?.params?.tool
  return (
    <PageShell title='算日期' year={year}>
      {(_region, pack) => {
        const named = isDateToolId(asked) && hasDateTool(pack, asked) ? TOOLS.filter((t) => t.id === asked) : []
        const shown = named.length ? named : TOOLS.filter((t) => hasDateTool(pack, t.id))
        const back = shown.length === 1 ? shown[0]?.back : undefined
        return (
          <View className='date-tools-page'>
            {back && !isSinglePageMode() ? (
              <Button kind='link' className='date-tools-page__back' data-testid='date-tools-back' onClick={() => goToTab(back.tab)}>
                {back.text}
              </Button>
            ) : null}
            {shown.length ? (
              shown.map(({ id, Tool }) => <Tool key={id} pack={pack} />)
            ) : (
              <Text className='date-tools-page__none' data-testid='date-tools-none'>
                {pack.regionName}的政策文件没有给出这里能推算的日期。
              </Text>
            )}
          </View>
        )
      }}
    </PageShell>
  )
}
