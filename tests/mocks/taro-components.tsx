// Taro's components rendered as plain DOM for Jest. Event objects carry `detail.value` as Taro's do.
import { createElement, forwardRef, type ReactNode } from 'react'

type AnyProps = Record<string, any> & { children?: ReactNode }

function strip(props: AnyProps) {
  const {
    className,
    children,
    onClick,
    onInput,
    onChange,
    onConfirm,
    onBlur,
    onFocus,
    placeholder,
    value,
    type,
    disabled,
    maxlength,
    confirmType,
    ...rest
  } = props
  void confirmType
  return {
    className,
    children,
    onClick,
    onInput,
    onChange,
    onConfirm,
    onBlur,
    onFocus,
    placeholder,
    value,
    type,
    disabled,
    maxlength,
    rest
  }
}

const block = (tag: string) =>
  forwardRef<HTMLElement, AnyProps>(function Block(props, ref) {
    const p = strip(props)
    return createElement(tag, { ...p.rest, ref, className: p.className, onClick: p.onClick }, p.children)
  })

export const View = block('div')
export const Text = block('span')
export const ScrollView = block('div')
export const Label = block('label')
export const Image = forwardRef<HTMLImageElement, AnyProps>(function Img(props, ref) {
  const { src, className, ...rest } = props
  return createElement('img', { ...rest, src, className, ref })
})

// Like WeChat, a button with open-type="agreePrivacyAuthorization" fires that event on tap.
export const Button = forwardRef<HTMLButtonElement, AnyProps>(function Btn(props, ref) {
  const { openType, onAgreePrivacyAuthorization, hoverClass, formType, ...others } = props
  void hoverClass
  void formType
  const p = strip(others)
  const onClick = (e: any) => {
    p.onClick?.(e)
    if (openType === 'agreePrivacyAuthorization') onAgreePrivacyAuthorization?.(e)
  }
  return createElement(
    'button',
    { ...p.rest, ref, type: 'button', 'data-open-type': openType, className: p.className, disabled: p.disabled, onClick },
    p.children
  )
})

export const Input = forwardRef<HTMLInputElement, AnyProps>(function In(props, ref) {
  const p = strip(props)
  const withDetail = (fn?: (e: any) => void) => fn && ((e: any) => fn({ ...e, detail: { value: e.target.value } }))
  return createElement('input', {
    ...p.rest,
    ref,
    className: p.className,
    placeholder: p.placeholder,
    value: p.value ?? '',
    type: p.type === 'digit' || p.type === 'number' || p.type === 'idcard' ? 'text' : p.type,
    maxLength: p.maxlength,
    disabled: p.disabled,
    onChange: withDetail(p.onInput ?? p.onChange),
    onBlur: withDetail(p.onBlur),
    onFocus: withDetail(p.onFocus),
    onKeyDown: p.onConfirm
      ? (e: any) => {
          if (e.key === 'Enter') p.onConfirm({ detail: { value: e.target.value } })
        }
      : undefined
  })
})

export const Switch = forwardRef<HTMLInputElement, AnyProps>(function Sw(props, ref) {
  const { checked, onChange, className, ...rest } = props
  return createElement('input', {
    ...rest,
    ref,
    type: 'checkbox',
    role: 'switch',
    className,
    checked: !!checked,
    onChange: (e: any) => onChange?.({ detail: { value: e.target.checked } })
  })
})

export const Checkbox = forwardRef<HTMLInputElement, AnyProps>(function Cb(props, ref) {
  const { checked, value, className, children, ...rest } = props
  return createElement(
    'label',
    { className },
    createElement('input', { ...rest, ref, type: 'checkbox', value, checked: !!checked, readOnly: true }),
    children
  )
})

export const Picker = forwardRef<HTMLDivElement, AnyProps>(function Pk(props, ref) {
  const { children, className, value, onChange, mode, range, start, end } = props
  void range
  return createElement(
    'div',
    { ref, className, 'data-picker': mode },
    createElement('input', {
      'data-testid': 'picker-input',
      type: mode === 'date' ? 'date' : 'text',
      value: value ?? '',
      min: start,
      max: end,
      onChange: (e: any) => onChange?.({ detail: { value: e.target.value } })
    }),
    children
  )
})
