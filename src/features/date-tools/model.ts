// Which date tools a region's documents give, and the page that has them (a WeChat subpackage: a
// first open does not download them). The 异地就医 card and the year ledger link to it where the rule
// is described.
import type { PolicyPack } from '../../policy/types'

export type DateToolId = 'resettlement' | 'assistance'

export const DATE_TOOLS_PAGE = '/pages/date-tools/index'

/** Each tool's link, in the words of the rule it computes. */
export const DATE_TOOL_LINKS: Record<DateToolId, { name: string; what: string }> = {
  resettlement: { name: '算一算：备案从哪天起可以变更', what: '填写备案生效的日期' },
  assistance: { name: '算一算：申请医疗救助后最迟哪天核准发放', what: '填写提出申请的日期，按工作日推算' }
}

/** The region's documents give the rule the tool computes. */
export function hasDateTool(pack: PolicyPack, tool: DateToolId): boolean {
  if (tool === 'assistance') return Boolean(pack.chain.processingTime)
  return Object.values(pack.remoteCare).some((e) => e.status === 'published' && Boolean(e.filing?.changeLockYears))
}

export function dateToolUrl(tool: DateToolId): string {
  return `${DATE_TOOLS_PAGE}?tool=${tool}`
}

export function isDateToolId(value: unknown): value is DateToolId {
  return value === 'resettlement' || value === 'assistance'
}
