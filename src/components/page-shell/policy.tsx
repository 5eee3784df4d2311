import { createContext, useContext } from 'react'
import { getPack } from '../../policy/registry'
import type { PolicyPack } from '../../policy/types'

const PolicyContext = createContext<PolicyPack | null>(null)

export const PolicyProvider = PolicyContext.Provider

/**
 * The pack the page computes for: the chosen region's newest year, or the year an estimate being
 * reopened names. Every tool reads its pack here, never from the registry directly.
 */
export function usePolicy(): PolicyPack {
  const pack = useContext(PolicyContext)
  if (!pack) throw new Error('usePolicy() outside a PageShell with a chosen region')
  return pack
}

/**
 * The pack of another bundled year of the page's region, for a part of the page computed under its
 * own year (a ledger of dated stays keeps the year of its dates). Looked up here, beside the shell,
 * so the tools themselves still never read the registry.
 */
export function usePolicyOfYear(year: number | undefined): PolicyPack {
  const pack = usePolicy()
  return year === undefined || year === pack.year ? pack : getPack(pack.region, year)
}
