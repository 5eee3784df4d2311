import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'
import { tappable } from '../tappable'

export function CellGroup({ title, children, footer }: { title?: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <View className='cell-group'>
      {title ? (
        <Text className='cell-group__title' role='heading' aria-level={2}>
          {title}
        </Text>
      ) : null}
      <View className='cell-group__body'>{children}</View>
      {footer ? <View className='cell-group__footer'>{footer}</View> : null}
    </View>
  )
}

interface CellProps {
  label: ReactNode
  value?: ReactNode
  description?: ReactNode
  onClick?: () => void
  testId?: string
}

export function Cell({ label, value, description, onClick, testId }: CellProps) {
  return (
    <View
      className={`cell${onClick ? ' cell--link' : ''}`}
      {...(onClick ? tappable(onClick) : {})}
      data-testid={testId}
      role={onClick ? 'button' : undefined}
    >
      <View className='cell__main'>
        <Text className='cell__label'>{label}</Text>
        {description ? <View className='cell__description'>{description}</View> : null}
      </View>
      {value !== undefined ? <View className='cell__value'>{value}</View> : null}
    </View>
  )
}
