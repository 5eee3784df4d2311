// A small date calculator: dates typed as YYYY-MM-DD (or 2020/3/2, 2020.3.2), one engine call, the
// answer as a date with why, its source (folded behind 查看来源, as on every page), and "加入手机日历" where a reminder helps.
import { useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { Reference } from '../../policy/types'
import { addToCalendar } from '../../services/calendar'
import type { CalendarOutcome, CalendarReminder } from '../../services/calendar'
import { chineseDate, weekdayOf } from '../../services/clock'
import { Field, FieldInput } from '../field'
import { normalizeDate } from '../field/reading'
import { Notice } from '../notice'
import { SourceToggle } from '../source-toggle'
import { KeepDates } from '../linked-text'
import './index.scss'

// Dates are read in one place (field/reading.ts); tools and their tests still find it here.
export { normalizeDate }

export interface DateToolResult {
  /** What the date is, e.g. "最晚在这一天前办理". */
  label: string
  /** The answer, YYYY-MM-DD; null when only text can be given. */
  date: string | null
  lines: string[]
  sources: Reference[]
  /** Offered as "加入手机日历" when present. */
  reminder?: CalendarReminder
}

export interface DateToolInput {
  id: string
  label: string
  optional?: boolean
  initial?: string
}

export function DateTool({
  testId,
  title,
  appliesTo,
  intro,
  inputs,
  run
}: {
  testId: string
  title: string
  /** Whom the rule is for, said before the inputs (POLICY-READING §8): the pack's text and its source. */
  appliesTo?: { text: string; reference: Reference }
  /** Shown after whom it is for and before the inputs (e.g. which event the period starts from). */
  intro?: ReactNode
  inputs: DateToolInput[]
  /** Null while inputs are missing; a string is an error to show. */
  run(values: Record<string, string>): DateToolResult | string | null
}) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(inputs.map((i) => [i.id, i.initial ?? ''])))
  const [calendar, setCalendar] = useState<CalendarOutcome | null>(null)
  const normalized = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, normalizeDate(v)]))
  const missing = inputs.some((i) => !i.optional && normalized[i.id] === '')
  const result = missing ? null : run(normalized)
  return (
    <View className='date-tool' data-testid={testId}>
      <Text className='date-tool__title' role='heading' aria-level={3}>
        {title}
      </Text>
      {appliesTo ? (
        <View className='date-tool__for' data-testid={`${testId}-for`}>
          <Text className='date-tool__for-label'>适用于：</Text>
          <Text>{appliesTo.text}</Text>
          <SourceToggle sources={[appliesTo.reference]} what={`${title}适用于谁`} compact />
        </View>
      ) : null}
      {intro}
      {inputs.map((i) => (
        <Field key={i.id} id={i.id} label={i.label} hint='按“年-月-日”填写'>
          <FieldInput
            id={i.id}
            label={i.label}
            value={values[i.id] ?? ''}
            maxlength={12}
            invalid={typeof result === 'string'}
            placeholder='YYYY-MM-DD'
            onChange={(text: string) => {
              setValues({ ...values, [i.id]: text })
              setCalendar(null)
            }}
          />
        </Field>
      ))}
      {typeof result === 'string' ? (
        <Notice kind='warn' testId={`${testId}-error`}>
          {result}
        </Notice>
      ) : null}
      {result && typeof result !== 'string' ? (
        <View className='date-tool__result' aria-live='polite'>
          <Text className='date-tool__label'>{result.label}</Text>
          {result.date ? (
            <Text className='date-tool__date key-figure' data-testid={`${testId}-date`} data-iso={result.date}>
              {chineseDate(result.date)} <Text className='date-tool__weekday'>{weekdayOf(result.date)}</Text>
            </Text>
          ) : null}
          {result.lines.map((l, k) => (
            <Text key={k} className='date-tool__line'>
              <KeepDates text={l} />
            </Text>
          ))}
          {result.reminder ? (
            <Button
              className='date-tool__calendar'
              data-testid={`${testId}-calendar`}
              onClick={async () => setCalendar(await addToCalendar(result.reminder as CalendarReminder))}
            >
              加入手机日历
            </Button>
          ) : null}
          {calendar ? (
            <Text className='date-tool__line' role='status'>
              {calendar === 'added'
                ? '已加入手机日历'
                : calendar === 'downloaded'
                  ? '已生成日历文件，请用日历打开'
                  : '未能加入日历，请自己记下日期'}
            </Text>
          ) : null}
          <SourceToggle sources={result.sources} what={title} />
        </View>
      ) : null}
    </View>
  )
}
