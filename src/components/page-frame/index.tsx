import { View, Text, Button } from '@tarojs/components'
import { useEffect } from 'react'
import type { ReactNode } from 'react'
import { useCareMode } from '../../services/care-mode'
import { dismissAnnouncements, useAnnouncements } from '../../services/notices'
import { ErrorBoundary } from '../error-boundary'
import { PrivacySheet } from '../privacy-sheet'
import '../error-boundary/index.scss'
import '../notice/index.scss'
import './index.scss'

/** What every page shares: care mode on the root, app notices, a render-error fallback, the consent sheet. */
export function PageFrame({ children, className = '' }: { children: ReactNode; className?: string }) {
  const [care] = useCareMode()
  const announcements = useAnnouncements()
  // H5 opens its date picker and modals on <body>, outside the page: mark the body too
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined' || !document.body) return
    document.body.classList.toggle('care-mode-root', care.enabled)
  }, [care.enabled])
  return (
    <View className={`page ${className}${care.enabled ? ' care-mode' : ''}`} data-care-mode={care.enabled ? 'on' : 'off'}>
      {announcements.length ? (
        <View className='notice notice--warn page-frame__announcements' role='alert' data-testid='app-announcements'>
          {announcements.map((m) => (
            <Text key={m} className='page-frame__announcement'>
              {m}
            </Text>
          ))}
          <Button className='page-frame__dismiss' onClick={dismissAnnouncements}>
            知道了
          </Button>
        </View>
      ) : null}
      <ErrorBoundary>{children}</ErrorBoundary>
      <PrivacySheet />
    </View>
  )
}
