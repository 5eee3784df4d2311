// The route of 核对结算单 (pages/slip, a subpackage): the ledger entry's index, the region and the
// household chosen on the estimate page. Kept in the main package, where the ledger links to it.
import type { AssistanceGroup } from '../../engine'
import type { CountyId, RegionId } from '../../policy/types'
import type { InsuredPerson } from './year-store'

export interface SlipRoute {
  region: RegionId
  index: number
  household: InsuredPerson
}

const ASSISTANCE: readonly AssistanceGroup[] = ['none', 'key', 'lowIncome']
const COUNTIES: readonly ('' | CountyId)[] = ['', 'anqiu', 'other']

/** The page's query for a ledger entry: region, index and the household chosen on the estimate page. */
export function slipQuery(region: RegionId, index: number, household: InsuredPerson): string {
  const county = household.county ?? ''
  return `region=${region}&i=${index}&t=${household.tier || '0'}&p=${household.poverty ? 1 : 0}&a=${household.assistance}&n=${county}`
}

export function readSlipRoute(params: Record<string, string | undefined> | undefined): SlipRoute | undefined {
  if (!params) return undefined
  const region = params.region === 'weihai' || params.region === 'weifang' ? params.region : undefined
  const index = Number(params.i)
  const tier = params.t === '1' || params.t === '2' ? params.t : params.t === '0' ? '' : undefined
  const assistance = ASSISTANCE.find((a) => a === (params.a ?? 'none'))
  const county = COUNTIES.find((c) => c === (params.n ?? ''))
  if (!region || !Number.isInteger(index) || index < 0 || tier === undefined || !assistance || county === undefined) return undefined
  return { region, index, household: { tier, poverty: params.p === '1', assistance, county } }
}
