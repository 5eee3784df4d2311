import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useCareMode } from '../../services/care-mode'
import { ErrorBoundary } from '../error-boundary'
import { PrivacySheet } from '../privacy-sheet'
import '../error-boundary/index.scss'

/** What every page shares: care mode on the root, a render-error fallback, the consent sheet. */
export function PageFrame({ children, className = '' }: { children: ReactNode; className?: string }) {
  const [care] = useCareMode()
  return (
    <View className={`page ${className}${care.enabled ? ' care-mode' : ''}`} data-care-mode={care.enabled ? 'on' : 'off'}>
      <ErrorBoundary>{children}</ErrorBoundary>
      <PrivacySheet />
    </View>
  )
}
