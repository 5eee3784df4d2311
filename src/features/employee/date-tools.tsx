// The 职工医保 date tools (转居民医保, 免滞纳金补缴, 缓缴), each one engine call (src/engine/dates.ts)
// shown with DateTool; each renders nothing where the region's documents do not give the rule.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Chips } from '../../components/chips'
import { DateTool } from '../../components/date-tool'
import { DAY_BEFORE_9AM, REMINDER_CHECK, dateToolResult } from '../../components/date-tool/run'
import { deferralEnd, lateFeeWaiver, monthSpan, transferToResidentDates } from '../../engine'
import type { PolicyPack } from '../../policy/types'
import { isUnpublished } from '../../policy/types'
import { chineseDate } from '../../services/clock'

// The 60 days run from any of three events ("应分别自中断职工医保关系、自愿放弃职工医保待遇、刑满释放之日起，
// 60日内"): the user says which, and the tool names it.
export const TRANSFER_EVENTS = [
  { value: 'break', text: '中断职工医保关系' },
  { value: 'waive', text: '自愿放弃职工医保待遇' },
  { value: 'release', text: '刑满释放' }
] as const
type TransferEvent = (typeof TRANSFER_EVENTS)[number]['value']

/** The counted last day is context (the start day not counted), never "法律规定的最晚期限". */
const COUNTED = (iso: string) => `按日期计算规则（起算当日不计入）算的最后一天：${chineseDate(iso, true)}（仅供参考）`

/** 职工医保转居民医保: apply within 60 days; benefits from the month after payment. */
export function TransferToResidentTool({ pack }: { pack: PolicyPack }) {
  const [event, setEvent] = useState<TransferEvent>('break')
  if (isUnpublished(pack.employee)) return null
  const rule = pack.employee.transferToResident
  const eventText = TRANSFER_EVENTS.find((e) => e.value === event)?.text ?? TRANSFER_EVENTS[0].text
  // The engine words its basis from the first event; the page names the one the user chose.
  const named = (text: string) => text.replace(/中断职工医保(?!关系)/g, eventText)
  return (
    <DateTool
      testId='tool-transfer'
      title={`${pack.regionName} · 算一算：职工医保转居民医保的办理截止日`}
      appliesTo={rule.appliesTo ? { text: rule.appliesTo.text, reference: rule.appliesTo.reference } : undefined}
      intro={
        <View className='date-tool__intro'>
          <Text className='date-tool__for-label'>从哪件事算起：</Text>
          <Chips<TransferEvent>
            label='从哪件事算起'
            testId='tool-transfer-event'
            options={TRANSFER_EVENTS.map((e) => ({ value: e.value, text: e.text }))}
            value={event}
            onChange={setEvent}
          />
        </View>
      }
      inputs={[
        { id: 'tool-transfer-break', label: `${eventText}的日期` },
        { id: 'tool-transfer-paid', label: '缴纳居民医保费的日期（可不填）', optional: true }
      ]}
      run={(v) =>
        dateToolResult(
          () =>
            transferToResidentDates({
              region: pack.region,
              pack,
              breakDate: v['tool-transfer-break'] ?? '',
              paymentDate: v['tool-transfer-paid'] || undefined
            }),
          (r) => ({
            label: '稳妥起见，请在这一天前办理',
            date: r.safeDeadline,
            lines: [
              `自${eventText}之日起60日内办理`,
              COUNTED(r.deadline),
              named(r.basis),
              ...(r.benefitsBasis ? [r.benefitsBasis] : ['填上缴费日期，可算出从哪天起享受居民医保待遇（自缴费下月起）']),
              ...(r.late ? ['缴费日期已超过60日办理时限，文件未说明逾期的后果，请向社会保险经办机构确认'] : [])
            ],
            sources: r.sources,
            reminder: {
              title: '职工医保转居民医保办理截止（稳妥日期）',
              date: r.safeDeadline,
              description: `请在${chineseDate(r.safeDeadline, true)}前到户籍所在地（常住地）社会保险经办机构办理居民医保手续。${named(r.basis)}。${REMINDER_CHECK}`,
              alarmOffsetSeconds: DAY_BEFORE_9AM
            }
          })
        )
      }
    />
  )
}

/** A late-fee waiver for arrears of the months the pack names, paid before its day. */
export function LateFeeWaiverTool({ pack }: { pack: PolicyPack }) {
  if (isUnpublished(pack.employee) || !pack.employee.lateFeeWaiverDates) return null
  const { arrearsFrom, arrearsTo } = pack.employee.lateFeeWaiverDates
  return (
    <DateTool
      testId='tool-late-fee'
      title={`${pack.regionName} · 算一算：欠缴${monthSpan(arrearsFrom, arrearsTo)}的医保费，哪天前补缴免滞纳金`}
      appliesTo={{ text: pack.employee.lateFeeWaiver.text, reference: pack.employee.lateFeeWaiver.reference }}
      inputs={[{ id: 'tool-late-fee-paid', label: '计划补缴的日期' }]}
      run={(v) =>
        dateToolResult(
          () => lateFeeWaiver({ region: pack.region, pack, paymentDate: v['tool-late-fee-paid'] ?? '' }),
          (r) => ({
            label: '稳妥起见，请在这一天前（含）缴费',
            date: r.safePayBy,
            lines: [
              r.waived === true
                ? '按您填的日期缴费：免收滞纳金'
                : r.waived === false
                  ? '按您填的日期缴费：已不在免收范围'
                  : '按您填的日期缴费：两种理解都有可能',
              r.basis,
              ...(r.readings ? r.readings.options.map((x) => `${x.label}：${x.value ? '免收' : '不免收'}`) : [])
            ],
            sources: r.sources
          })
        )
      }
    />
  )
}

/** 2020 deferral for small firms: at most 6 months. */
export function DeferralTool({ pack }: { pack: PolicyPack }) {
  if (isUnpublished(pack.employee)) return null
  return (
    <DateTool
      testId='tool-deferral'
      title={`${pack.regionName} · 算一算：缓缴期最长到哪天`}
      appliesTo={
        pack.employee.deferral.notes[0]
          ? { text: pack.employee.deferral.notes[0].text, reference: pack.employee.deferral.notes[0].reference }
          : undefined
      }
      inputs={[{ id: 'tool-deferral-start', label: '缓缴开始的日期（以经办机构批准为准）' }]}
      run={(v) =>
        dateToolResult(
          () => deferralEnd({ region: pack.region, pack, startDate: v['tool-deferral-start'] ?? '' }),
          (r) => ({
            label: '稳妥起见，请在这一天前足额补缴',
            date: r.safeLastDay,
            lines: [`按日期计算规则（起始日不计入）算，最长到${chineseDate(r.lastDay, true)}（仅供参考）`, r.basis],
            sources: r.sources,
            reminder: {
              title: '医保费缓缴期满，足额补缴（稳妥日期）',
              date: r.safeLastDay,
              description: `缓缴期满后企业要足额补缴职工医疗、生育保险费。${r.basis}。${REMINDER_CHECK}`,
              alarmOffsetSeconds: DAY_BEFORE_9AM
            }
          })
        )
      }
    />
  )
}

/** The employee-insurance dates together, for the 职工医保 rules. */
export function EmployeeDateTools({ pack }: { pack: PolicyPack }) {
  if (isUnpublished(pack.employee)) return null
  return (
    <View className='date-tools' data-testid='employee-date-tools'>
      <Text className='date-tools__title' role='heading' aria-level={2}>
        {pack.regionName} · 算日期
      </Text>
      <TransferToResidentTool pack={pack} />
      <LateFeeWaiverTool pack={pack} />
      <DeferralTool pack={pack} />
    </View>
  )
}
