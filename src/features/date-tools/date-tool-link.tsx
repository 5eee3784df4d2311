import { ToolLinks } from '../../components/tool-links'
import type { PolicyPack } from '../../policy/types'
import { openPage } from '../../services/device'
import { isSinglePageMode } from '../../services/tab-bar'
import { DATE_TOOL_LINKS, dateToolUrl, hasDateTool, type DateToolId } from './model'

/**
 * Where a rule with a date is described: the way to the tool that computes it. Nothing where the
 * region's documents do not give the rule, or where WeChat allows no navigation (a Moments post).
 */
export function DateToolLink({ pack, tool }: { pack: PolicyPack; tool: DateToolId }) {
  if (!hasDateTool(pack, tool) || isSinglePageMode()) return null
  const link = DATE_TOOL_LINKS[tool]
  return (
    <ToolLinks
      testId={`date-tool-link-${tool}`}
      links={[{ name: link.name, what: link.what, testId: `open-tool-${tool}`, onOpen: () => openPage(dateToolUrl(tool)) }]}
    />
  )
}
