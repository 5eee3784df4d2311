import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { Notice } from '../../components/notice'
import { SourceToggle } from '../../components/source-toggle'
import { KeepDates } from '../../components/linked-text'
import { attempt, filingDeadline, HOLIDAY_DATA_FIRST_YEAR, HOLIDAY_DATA_LAST_YEAR, type Attempt, type FilingDeadline } from '../../engine'
import type { FilingDeadlineRule, PolicyPack, PolicyText } from '../../policy/types'
import { addToCalendar, type CalendarOutcome } from '../../services/calendar'
import { DateField, readDate } from '../../components/field'
import { chineseDate, today, weekdayOf } from '../../services/clock'

// The reminder fires at 09:00 the day before: the event starts at 00:00 on the deadline, 15 h later.
export const REMINDER_OFFSET_SECONDS = 15 * 60 * 60
/** How to file goes into the reminder in the document's own terms (Weifang names no phone route). */
export function reminderExplained(how: PolicyText | undefined): string {
  // the way to file is said just above the calculator: the reminder carries it, the page says so once
  return `提醒时间：稳妥日期前一天上午9点，留出一天准备材料。${how ? '提醒里附上上面的备案方式。' : ''}`
}
/** Said instead of a safe date when the window holds no working day (POLICY-READING §8). */
export const NO_WORKING_DAY_LABEL = '不保证：窗口内没有工作日，请尽快联系参保地医保经办机构'

type Outcome = Attempt<FilingDeadline> | null

function compute(pack: PolicyPack, admissionText: string, dischargeText: string, withDischarge: boolean): Outcome {
  const admission = readDate(admissionText)
  const discharge = withDischarge ? readDate(dischargeText) : ({ state: 'empty' } as const)
  if (admission.state !== 'ok' || discharge.state === 'error') return null
  return attempt(
    () =>
      filingDeadline({
        region: pack.region,
        pack,
        situation: 'emergency',
        admissionDate: admission.iso,
        dischargeDate: discharge.state === 'ok' ? discharge.iso : undefined
      }),
    { field: 'admissionDate', message: '无法推算这个日期的截止日' }
  )
}

/**
 * 异地急诊 filing deadline from the admission date (and, where the rule ends at discharge, the
 * discharge date). Dates can be typed or picked; the engine does the counting.
 */
export function DeadlineCalculator({
  pack,
  rule,
  how,
  testId = 'deadline-calculator',
  showSources = true
}: {
  pack: PolicyPack
  rule: FilingDeadlineRule
  how?: PolicyText
  testId?: string
  /** False where the card shows the rule's source after its answers (the emergency card's top). */
  showSources?: boolean
}) {
  const [admissionText, setAdmissionText] = useState(today)
  const [dischargeText, setDischargeText] = useState('')
  const [calendar, setCalendar] = useState<{ date: string; outcome: CalendarOutcome } | null>(null)
  const withDischarge = rule.kind === 'calendarDaysAfterAdmissionBeforeDischarge'
  const admissionReading = readDate(admissionText)
  const outcome = compute(pack, admissionText, dischargeText, withDischarge)
  const dischargeError = outcome && !outcome.ok && outcome.field === 'dischargeDate' ? outcome.message : null
  const otherError = outcome && !outcome.ok && outcome.field !== 'dischargeDate' ? outcome.message : null
  const result = outcome && outcome.ok ? outcome.value : null
  const holidayYears = rule.kind === 'workingDaysAfterAdmission'

  // The reminder is set for the safe date: filing by then satisfies every reading of the text.
  const addReminder = async (r: FilingDeadline) => {
    const counted = r.deadline && !r.noWorkingDay ? `按日期计算规则算的最后一天为${chineseDate(r.deadline, true)}（仅供参考）。` : ''
    const outcomeNow = await addToCalendar({
      title: `${pack.regionName}异地急诊住院备案（${r.noWorkingDay ? '窗口内没有工作日' : '稳妥截止日'}）`,
      date: r.safeDeadline,
      description: `${r.noWorkingDay ? `${NO_WORKING_DAY_LABEL}。` : `最晚${chineseDate(r.safeDeadline, true)}（含当天）备案。`}${how ? `${how.text}。` : ''}${counted}${r.safeBasis}。本提醒由医保通按政策文件推算，以医保经办机构为准。`,
      alarmOffsetSeconds: REMINDER_OFFSET_SECONDS
    })
    setCalendar({ date: r.safeDeadline, outcome: outcomeNow })
  }

  return (
    <View className='remote-deadline' data-testid={testId}>
      <Text className='remote-deadline__title' role='heading' aria-level={3}>
        算一算备案截止日
      </Text>
      <DateField
        id='remote-admission'
        label='入院日期'
        text={admissionText}
        onText={setAdmissionText}
        hint={`可直接输入，也可点“选日期”。${holidayYears ? '工作日' : '经办机构的工作日'}按国家节假日安排推算，节假日数据覆盖${HOLIDAY_DATA_FIRST_YEAR}–${HOLIDAY_DATA_LAST_YEAR}年。`}
      />
      {withDischarge ? (
        <DateField
          id='remote-discharge'
          label='出院日期（还没出院可不填）'
          text={dischargeText}
          onText={setDischargeText}
          error={dischargeError}
          pickerDefault={admissionReading.state === 'ok' ? admissionReading.iso : undefined}
          clearable
        />
      ) : null}

      {otherError ? (
        <Notice kind='warn' testId='deadline-error'>
          <Text>无法推算：{otherError}。请直接向参保地医保经办机构确认备案截止日。</Text>
        </Notice>
      ) : null}

      {result ? (
        <View className='remote-deadline__result' data-testid='deadline-result' aria-live='polite'>
          <Text
            className={`remote-deadline__label${result.noWorkingDay ? ' remote-deadline__label--warn' : ''}`}
            data-testid='deadline-lead'
          >
            {result.noWorkingDay ? NO_WORKING_DAY_LABEL : '稳妥起见，最晚在这一天备案'}
          </Text>
          <Text className='remote-deadline__date key-figure' data-testid='deadline-safe' data-iso={result.safeDeadline}>
            {result.noWorkingDay ? chineseDate(result.safeDeadline) : `最晚${chineseDate(result.safeDeadline)}（含当天）`}
            <Text className='remote-deadline__weekday'>{weekdayOf(result.safeDeadline)}</Text>
          </Text>
          {result.safeNote ? (
            <Text className='remote-deadline__note' data-testid='deadline-safe-note'>
              {result.safeNote}
            </Text>
          ) : null}
          {result.safeDeadline < today() ? (
            <Text className='remote-deadline__past' data-testid='deadline-past'>
              这一天已经过去了
            </Text>
          ) : null}
          {result.warnings?.length ? (
            <Notice kind='warn' testId='deadline-warnings'>
              {result.warnings.map((w, i) => (
                <View key={i}>{w}</View>
              ))}
            </Notice>
          ) : null}
          <Text className='remote-deadline__basis' data-testid='deadline-safe-basis'>
            <KeepDates
              text={`为什么是这天：${result.safeBasis}。${result.noWorkingDay ? '' : '按最早的读法算，这样任何读法都不会耽误。'}`}
            />
          </Text>
          {result.deadline && !result.noWorkingDay ? (
            <View className='remote-deadline__legal'>
              <Text className='remote-deadline__label'>另：按日期计算规则算的最后一天（仅供参考）</Text>
              <Text className='remote-deadline__legal-date' data-testid='deadline-date' data-iso={result.deadline}>
                {chineseDate(result.deadline)}
                <Text className='remote-deadline__weekday'>{weekdayOf(result.deadline)}</Text>
              </Text>
              <Text className='remote-deadline__basis' data-testid='deadline-basis'>
                <KeepDates text={`怎么算的：${result.basis}`} />
              </Text>
            </View>
          ) : result.deadline ? (
            <Text className='remote-deadline__basis' data-testid='deadline-basis'>
              <KeepDates text={`怎么算的：${result.basis}`} />
            </Text>
          ) : (
            <Notice kind='warn' testId='deadline-no-holidays'>
              <Text>
                <KeepDates text={`${result.basis}。请向参保地医保经办机构确认。`} />
              </Text>
            </Notice>
          )}
          {showSources ? <SourceToggle sources={result.sources} what='备案截止日' /> : null}
          <Button className='remote-deadline__calendar' data-testid='deadline-calendar' onClick={() => void addReminder(result)}>
            把稳妥日期加入手机日历
          </Button>
          <Text className='remote-deadline__reminder' data-testid='deadline-reminder'>
            {reminderExplained(how)}
          </Text>
          {calendar && calendar.date === result.safeDeadline ? (
            <Text className='remote-deadline__calendar-state' data-testid='deadline-calendar-state' aria-live='polite'>
              {CALENDAR_MESSAGES[calendar.outcome]}
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}

const CALENDAR_MESSAGES: Record<CalendarOutcome, string> = {
  added: '已加入手机日历。',
  downloaded: '已下载日历文件，打开它即可加入手机日历。',
  failed: '未能加入日历，请手动记下这个日期。'
}
