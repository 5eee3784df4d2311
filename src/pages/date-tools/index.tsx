// 算日期: a subpackage page (app.config.ts) with the date tools a first open need not download, each
// opened from where its rule is described (?tool=resettlement from the 异地就医 card, ?tool=assistance
// from the year ledger). Without a tool named, or with one this region's documents do not give, it
// shows every tool the region has.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { BackToTab } from '../../components/back-to-tab'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { hasDateTool, isDateToolId, type DateToolId } from '../../features/date-tools'
import { AssistanceDecisionTool, ResettlementChangeTool } from '../../features/date-tools/view'
import type { PolicyPack } from '../../policy/types'
import { useToolShare } from '../../services/share'
import './index.scss'

const TOOLS: {
  id: DateToolId
  back: { tab: 'remote' | 'estimate'; name: string }
  Tool: (p: { pack: PolicyPack }) => JSX.Element | null
}[] = [
  { id: 'resettlement', back: { tab: 'remote', name: '异地就医' }, Tool: ResettlementChangeTool },
  { id: 'assistance', back: { tab: 'estimate', name: '报销测算' }, Tool: AssistanceDecisionTool }
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
            {back ? <BackToTab tab={back.tab} name={back.name} testId='date-tools-back' /> : null}
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
