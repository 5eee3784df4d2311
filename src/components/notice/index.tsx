import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/** A WeUI-style tips bar; `kind` also sets the leading word so colour is never the only signal. */
export function Notice({ kind = 'info', children, testId }: { kind?: 'info' | 'warn'; children: ReactNode; testId?: string }) {
  return (
    <View className={`notice notice--${kind}`} role={kind === 'warn' ? 'alert' : 'note'} data-testid={testId}>
      {children}
    </View>
  )
}
