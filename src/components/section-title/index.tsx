import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/** A section heading with its role and level, so screen readers can jump between sections. */
export function SectionTitle({ level = 2, children, className }: { level?: 2 | 3 | 4; children: ReactNode; className?: string }) {
  return (
    <Text className={`section-title section-title--${level}${className ? ` ${className}` : ''}`} role='heading' aria-level={level}>
      {children}
    </Text>
  )
}
