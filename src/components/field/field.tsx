import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'

interface FieldProps {
  /** Used to tie the visible label to the control (`aria-labelledby`). */
  id: string
  label: string
  hint?: ReactNode
  /** A clear Chinese message shown beside the control; also announced. */
  error?: string | null
  children: ReactNode
}

/** A labelled form row in WeUI style: label above the control, hint and error below. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <View className={`field${error ? ' field--error' : ''}`} data-field={id}>
      <Text className='field__label' id={`${id}-label`}>
        {label}
      </Text>
      <View className='field__control'>{children}</View>
      {hint ? <View className='field__hint'>{hint}</View> : null}
      {error ? (
        <Text className='field__error' role='alert' data-testid={`${id}-error`}>
          ⚠ {error}
        </Text>
      ) : null}
    </View>
  )
}
