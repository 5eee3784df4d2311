// The date tools the 异地就医 card and the year ledger link to, each one engine call
// (src/engine/dates.ts) shown with DateTool; each renders nothing where the region's documents do not
// give the rule. The employee ones are in features/employee.
import { assistanceDecisionDate, resettlementChangeDate } from '../../engine'
import type { PolicyPack } from '../../policy/types'
import { chineseDate } from '../../services/clock'
import { DateTool } from '../../components/date-tool'
import { DAY_BEFORE_9AM, REMINDER_CHECK, dateToolResult } from '../../components/date-tool/run'
import { hasDateTool } from './model'

/** 异地安置: no change within one year of taking effect. */
export function ResettlementChangeTool({ pack }: { pack: PolicyPack }) {
  if (!hasDateTool(pack, 'resettlement')) return null
  return (
    <DateTool
      testId='tool-resettlement'
      title={`${pack.regionName} · 算一算：备案从哪天起可以变更`}
      inputs={[{ id: 'tool-resettlement-effective', label: '备案生效的日期' }]}
      run={(v) =>
        dateToolResult(
          () => resettlementChangeDate({ region: pack.region, pack, effectiveDate: v['tool-resettlement-effective'] ?? '' }),
          (r) => ({
            label: '稳妥起见，从这一天起再办理变更',
            date: r.changeFrom,
            lines: [
              r.basis,
              `${r.readings.question}：${r.readings.options.map((x) => `${x.label}，${chineseDate(x.value)}起`).join('；')}`
            ],
            sources: r.sources,
            reminder: {
              title: '异地安置备案：满一年，可以办理变更',
              date: r.changeFrom,
              description: `${r.basis}。${REMINDER_CHECK}`,
              alarmOffsetSeconds: DAY_BEFORE_9AM
            }
          })
        )
      }
    />
  )
}

/** 安丘 医疗救助 (low-income and 因病致贫 groups): paid at most 47 working days after applying. */
export function AssistanceDecisionTool({ pack }: { pack: PolicyPack }) {
  if (!hasDateTool(pack, 'assistance')) return null
  return (
    <DateTool
      testId='tool-assistance'
      title={`${pack.regionName} · 算一算：申请医疗救助后最迟哪天核准发放（${pack.chain.countyScope?.name ?? pack.regionName}规定）`}
      inputs={[{ id: 'tool-assistance-applied', label: '提出申请的日期' }]}
      run={(v) =>
        dateToolResult(
          () => assistanceDecisionDate({ region: pack.region, pack, applicationDate: v['tool-assistance-applied'] ?? '' }),
          (r) => ({
            label: r.date ? '最迟在这一天核准发放救助资金' : '按自然日推算（实际会更晚）',
            date: r.date ?? r.calendarDate,
            lines: [`适用：${r.appliesTo}${r.county ? `（${r.county}规定，其他县市区未收录）` : ''}`, r.basis],
            sources: r.sources,
            reminder: r.date
              ? {
                  title: '医疗救助最迟核准发放日',
                  date: r.date,
                  description: `到这一天还未收到救助资金的，可向医疗保险经办机构询问。${r.basis}。${REMINDER_CHECK}`,
                  alarmOffsetSeconds: DAY_BEFORE_9AM
                }
              : undefined
          })
        )
      }
    />
  )
}
