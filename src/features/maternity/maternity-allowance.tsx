import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { describeMiscarriageDays, formatYuan } from '../../engine'
import { Chips } from '../../components/chips'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { SourceToggle } from '../../components/source-toggle'
import { usePolicy } from '../../components/page-shell'
import { isPublished } from '../../policy/types'
import type { PolicyText } from '../../policy/types'
import { runAllowance } from './run-maternity'
import { readMonths } from '../../components/field/reading'
import type { AllowanceView } from './run-maternity'
import type { MaternityForm } from './form'
import { ChoiceRow, OutcomeStatus, Toggle } from '../../components/estimate-form'
import { TextField } from '../../components/field'
import { BabiesChoice, Conditions } from './maternity-parts'
import type { Props } from './maternity-parts'

export function Allowance({ form, onChange }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runAllowance(pack, form), [pack, form])
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  const rules = pack.maternity
  const months = readMonths(form.months)
  const uninsured = form.uninsured && rules.allowance.uninsured !== undefined
  return (
    <>
      <View className='estimate-form' role='form' aria-label='生育津贴'>
        <ChoiceRow id='mat-event' label='情形'>
          <Chips<MaternityForm['event']>
            label='情形'
            testId='mat-event'
            value={form.event}
            onChange={(event) => onChange({ event })}
            options={[
              { value: 'birth', text: '生育' },
              { value: 'miscarriage', text: '流产' }
            ]}
          />
        </ChoiceRow>
        {form.event === 'birth' ? (
          <>
            <BabiesChoice id='mat-babies' value={form.babies} onChange={(babies) => onChange({ babies })} />
            <ChoiceRow id='mat-extra' label='其他情况（可多选）'>
              <View className='estimate-toggles'>
                <Toggle label='剖宫产' checked={form.caesarean} onChange={(caesarean) => onChange({ caesarean })} testId='mat-caesarean' />
                <Toggle label='难产' checked={form.difficult} onChange={(difficult) => onChange({ difficult })} testId='mat-difficult' />
              </View>
            </ChoiceRow>
            {/* a separate, sad event: its own question, never beside 剖宫产 and 难产 */}
            <ChoiceRow id='mat-infant-row' label='婴儿出生后72小时内不幸去世了吗'>
              <Chips<'no' | 'yes'>
                label='婴儿出生后72小时内不幸去世了吗'
                testId='mat-infant'
                value={form.infantDied ? 'yes' : 'no'}
                onChange={(v) => onChange({ infantDied: v === 'yes' })}
                options={[
                  { value: 'no', text: '没有' },
                  { value: 'yes', text: '是的' }
                ]}
              />
            </ChoiceRow>
          </>
        ) : (
          <TextField
            id='mat-months'
            label='怀孕几个月时流产'
            value={form.months}
            onChange={(value) => onChange({ months: value })}
            error={months.state === 'error' ? months.message : errors.months}
            placeholder='例如 3'
            maxlength={4}
            keypad='decimal'
            hint={describeMiscarriageDays(rules)}
          />
        )}
        {rules.allowance.uninsured ? (
          <ChoiceRow id='mat-insured' label='参加生育保险了吗'>
            <Chips<'insured' | 'uninsured'>
              label='参加生育保险了吗'
              testId='mat-insured'
              value={form.uninsured ? 'uninsured' : 'insured'}
              onChange={(v) => onChange({ uninsured: v === 'uninsured' })}
              options={[
                { value: 'insured', text: '参加了' },
                { value: 'uninsured', text: '没有参加' }
              ]}
            />
          </ChoiceRow>
        ) : null}
        {uninsured ? (
          <MoneyInput
            id='mat-wage'
            label='本人产假前的月工资'
            value={form.wage}
            onChange={(wage) => onChange({ wage })}
            error={errors.wage}
            placeholder='不填也能先看产假天数'
            hint='没有参加生育保险的，产假期间由用人单位按产假前工资的标准支付。'
          />
        ) : (
          <MoneyInput
            id='mat-wage'
            label='用人单位上年度职工月平均工资'
            value={form.wage}
            onChange={(wage) => onChange({ wage })}
            error={errors.wage}
            placeholder='不填也能先看产假天数'
            hint='可向单位人事或财务询问。生育津贴按这个工资计发，不是按您本人的工资。'
          />
        )}
        {isPublished(rules.allowance.divisor) && !uninsured ? null : (
          <ChoiceRow
            id='mat-month-days'
            label='津贴金额怎么折算'
            hint='文件没有规定日工资怎么折算，只说按月工资的标准支付。要看大概金额，可以自己选一种折算方法，结果会注明是您的选择，不是文件规定。'
          >
            <Chips<MaternityForm['monthDays']>
              label='津贴金额怎么折算'
              testId='mat-month-days'
              value={form.monthDays}
              onChange={(monthDays) => onChange({ monthDays })}
              options={[
                { value: '', text: '只看天数，不折算' },
                { value: '30', text: '我自己按每月30天估算' }
              ]}
            />
          </ChoiceRow>
        )}
      </View>
      <View className='estimate-result-area' aria-live='polite'>
        {outcome.state === 'ok' ? (
          <AllowanceResult view={outcome.result} notes={[rules.allowance.wageBasis, ...rules.allowance.notes]} />
        ) : (
          <OutcomeStatus outcome={outcome} />
        )}
      </View>
      <Conditions />
    </>
  )
}

function AllowanceResult({ view, notes }: { view: AllowanceView; notes: PolicyText[] }) {
  return (
    <View className='estimate-result' data-testid='allowance-result'>
      <View className='estimate-result__head'>
        {view.amount !== null ? (
          <>
            <Text className='estimate-result__label'>
              {view.payer
                ? '用人单位支付的产假工资（按您选择的折算方法估算）'
                : view.dayBasis === 'user'
                  ? '生育津贴（按您选择的折算方法估算）'
                  : '生育津贴'}
            </Text>
            <Text className='estimate-result__figure key-figure' data-testid='allowance-amount'>
              {formatYuan(view.amount)}
            </Text>
            <Text className='estimate-result__sub' data-testid='allowance-days'>
              按 {view.days} 天计发
            </Text>
            {view.dayBasis === 'user' ? (
              <Text className='estimate-result__sub' data-testid='allowance-user-basis'>
                “每月30天”是您自己选的估算方法，本地文件没有规定，实际以经办机构核定为准。
              </Text>
            ) : null}
          </>
        ) : (
          <>
            <Text className='estimate-result__label'>{view.payer ? '产假天数' : '津贴产假天数'}</Text>
            <Text className='estimate-result__figure key-figure' data-testid='allowance-days'>
              {view.days} 天
            </Text>
            <Text className='estimate-result__sub'>
              {view.payer
                ? `${view.payer}。`
                : view.basis
                  ? '按用人单位上年度职工月平均工资的标准支付这些天的津贴。'
                  : '填上月平均工资，可算出生育津贴金额。'}
            </Text>
          </>
        )}
      </View>
      <View className='estimate-result__explain' data-testid='allowance-parts'>
        {/* one part (产假98天) is the figure above itself: said once */}
        {view.parts.length > 1 ? (
          <>
            <Text className='estimate-section-title' role='heading' aria-level={2}>
              天数怎么来的
            </Text>
            {view.parts.map((p, i) => (
              <View key={i} className='estimate-result__line'>
                · {p}
              </View>
            ))}
          </>
        ) : null}
        {view.basis ? (
          <View className='estimate-result__line' data-testid='allowance-basis'>
            {basisAfterParts(view.basis, view.parts)}
          </View>
        ) : null}
      </View>
      {view.warnings.length ? (
        <Notice kind='warn' testId='allowance-warnings'>
          {view.warnings.map((w, i) => (
            <View key={i}>· {w}</View>
          ))}
        </Notice>
      ) : null}
      <View className='estimate-result__sources'>
        {notes.map((n, i) => (
          <View key={i} className='estimate-result__line'>
            · {n.text}
          </View>
        ))}
        <SourceToggle what='生育津贴' sources={[...view.sources, ...notes.map((n) => n.reference)]} />
      </View>
    </View>
  )
}

/**
 * The engine's basis opens with the parts of the days ("产假98天，剖宫产增加15天；共113天。…"); where
 * the page lists those parts just above, it starts at the total, so each part is said once.
 */
export function basisAfterParts(basis: string, parts: string[]): string {
  const prefix = `${parts.join('，')}；`
  return parts.length > 1 && basis.startsWith(prefix) ? basis.slice(prefix.length) : basis
}
