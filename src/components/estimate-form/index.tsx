// Small form pieces every estimator (住院, 门诊, 生育) shares beside components/field: a yes/no toggle,
// a labelled row for a Chips choice, and the line that says what is still missing.
import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Notice } from '../../components/notice'
import type { Outcome } from './outcome'
import './index.scss'

export * from './outcome'
export * from './choices'
export type { FieldSpec } from './field-spec'

/** A checkbox drawn as a button: the tick mark and the word, never colour alone, show the state. */
export function Toggle({
  label,
  checked,
  onChange,
  testId
}: {
  label: string
  checked: boolean
  onChange(v: boolean): void
  testId?: string
}) {
  return (
    <Button
      className={`estimate-toggle${checked ? ' estimate-toggle--on' : ''}`}
      role='checkbox'
      aria-checked={checked ? 'true' : 'false'}
      aria-label={label}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      {checked ? '☑' : '☐'} {label}
    </Button>
  )
}

/** A labelled block for a Chips row, so the row has a visible label like every other input. */
export function ChoiceRow({
  id,
  label,
  hint,
  error,
  children
}: {
  id: string
  label: string
  hint?: ReactNode
  error?: string | null
  children: ReactNode
}) {
  return (
    <View className='estimate-choice' data-field={id}>
      <Text className='field__label estimate-choice__label' id={`${id}-label`}>
        {label}
      </Text>
      {children}
      {hint ? <View className='field__hint estimate-choice__hint'>{hint}</View> : null}
      {error ? (
        <Text className='field__error estimate-choice__hint' role='alert' data-testid={`${id}-error`}>
          ⚠ {error}
        </Text>
      ) : null}
    </View>
  )
}

/** What the result area says when there is no result: what is missing, or what to fix. */
export function OutcomeStatus({
  outcome,
  testId = 'estimate-status',
  missingNamed = true
}: {
  outcome: Outcome<unknown>
  testId?: string
  missingNamed?: boolean
}) {
  if (outcome.state === 'incomplete') {
    return (
      <Notice kind='info' testId={testId}>
        {missingNamed
          ? `填写后显示结果。还需要：${outcome.missing.join('、')}`
          : '填写上面的各项后显示结果（还需要哪几项，见“还需要”提示条，点它可转到要填的地方）。'}
      </Notice>
    )
  }
  if (outcome.state === 'invalid') {
    return (
      <Notice kind='warn' testId={testId}>
        {outcome.message}
      </Notice>
    )
  }
  return null
}
