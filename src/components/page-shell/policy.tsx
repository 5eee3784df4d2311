import { createContext, useContext } from 'react'
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
