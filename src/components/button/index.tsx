import { Button as TaroButton } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'
import './index.scss'

export type ButtonKind = 'primary' | 'secondary' | 'link' | 'danger'

export interface AppButtonProps extends Omit<ButtonProps, 'size' | 'type'> {
  kind?: ButtonKind
  /** A compact button inside a row (still a full tap target). */
  small?: boolean
  className?: string
  'data-testid'?: string
  'aria-label'?: string
  'aria-expanded'?: 'true' | 'false'
}

/**
 * The app's one button, in WeUI's kinds. A disabled button is greyed by its own class and gets no
 * `disabled={false}` (Taro's H5 Button greys any element that carries the attribute at all).
 */
export function Button({ kind = 'primary', small, className, disabled, children, ...rest }: AppButtonProps) {
  const classes = ['btn', `btn--${kind}`, small ? 'btn--small' : '', disabled ? 'btn--disabled' : '', className ?? '']
    .filter(Boolean)
    .join(' ')
  return (
    <TaroButton {...rest} className={classes} {...(disabled ? { disabled: true } : {})}>
      {children}
    </TaroButton>
  )
}
