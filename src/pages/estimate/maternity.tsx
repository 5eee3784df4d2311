import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { formatYuan } from '../../engine'
import { Chips } from '../../components/chips'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { SourceNote } from '../../components/source-note'
import { TwoReadingsView } from '../../components/two-readings'
import { usePolicy } from '../../components/page-shell'
import { isPublished, isUnpublished } from '../../policy/types'
import type { PolicyText } from '../../policy/types'
import { readMonths, runAllowance, runChildbirth, runMaternityMedical } from './form-state'
import type { AllowanceView, ChildbirthView, MaternityForm, MedicalView } from './form-state'
import { ChoiceRow, OutcomeStatus, TextField, Toggle } from './widgets'

interface Props {
  form: MaternityForm
  onChange(patch: Partial<MaternityForm>): void
}

export function MaternityEstimator({ form, onChange }: Props) {
  return (
    <View className='estimate-maternity'>
      <ChoiceRow id='mat-sub' label='要算哪一项'>
        <Chips<MaternityForm['sub']>
          label='要算哪一项'
          testId='mat-sub'
          value={form.sub}
          onChange={(sub) => onChange({ sub })}
          options={[
            { value: 'allowance', text: '生育津贴和产假天数' },
            { value: 'childbirth', text: '居民住院分娩报销' },
            { value: 'medical', text: '职工生育医疗费' }
          ]}
        />
      </ChoiceRow>
      {form.sub === 'allowance' ? <Allowance form={form} onChange={onChange} /> : null}
      {form.sub === 'childbirth' ? <Childbirth form={form} onChange={onChange} /> : null}
      {form.sub === 'medical' ? <Medical form={form} onChange={onChange} /> : null}
    </View>
  )
}

function Allowance({ form, onChange }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runAllowance(pack, form), [pack, form])
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  const rules = pack.maternity
  const m = rules.days.miscarriage
  const months = readMonths(form.months)
  return (
    <>
      <View className='estimate-form' role='form' aria-label='生育津贴'>
        <ChoiceRow id='mat-event' label='情形'>
          <Chips<MaternityForm['event']>
            label='情形'
            testId='mat-event'
            value={form.event}
            onChange={(event) => onChange({ event })}
            options={[{ value: 'birth', text: '生育' }, { value: 'miscarriage', text: '流产' }]}
          />
        </ChoiceRow>
        {form.event === 'birth' ? (
          <>
            <ChoiceRow id='mat-babies' label='这一胎生了几个孩子'>
              <Chips<MaternityForm['babies']>
                label='这一胎生了几个孩子'
                testId='mat-babies'
                value={form.babies}
                onChange={(babies) => onChange({ babies })}
                options={[
                  { value: '1', text: '1个' },
                  { value: '2', text: '双胞胎' },
                  { value: '3', text: '三胞胎' },
                  { value: '4', text: '四胞胎' }
                ]}
              />
            </ChoiceRow>
            <ChoiceRow id='mat-extra' label='其他情况（可多选）'>
              <View className='estimate-toggles'>
                <Toggle label='剖宫产' checked={form.caesarean} onChange={(caesarean) => onChange({ caesarean })} testId='mat-caesarean' />
                <Toggle label='难产' checked={form.difficult} onChange={(difficult) => onChange({ difficult })} testId='mat-difficult' />
                <Toggle label='婴儿72小时内死亡' checked={form.infantDied} onChange={(infantDied) => onChange({ infantDied })} testId='mat-infant' />
              </View>
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
            hint={`${m.shortDays.description ?? ''}：${m.shortDays.value}天；${m.longDays.description ?? ''}：${m.longDays.value}天。`}
          />
        )}
        <MoneyInput
          id='mat-wage'
          label='用人单位上年度职工月平均工资'
          value={form.wage}
          onChange={(wage) => onChange({ wage })}
          error={errors.wage}
          placeholder='不填也能先看产假天数'
          hint='可向单位人事或财务询问。生育津贴按这个工资计发，不是按您本人的工资。'
        />
        {isPublished(rules.allowance.divisor) ? null : (
          <ChoiceRow
            id='mat-month-days'
            label='津贴金额怎么折算'
            hint={`${rules.allowance.divisor.reason}：文件只说按月平均工资的标准支付。要看大概金额，可以自己选一种折算方法，结果会注明是您的选择，不是文件规定。`}
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
        {outcome.state === 'ok' ? <AllowanceResult view={outcome.result} notes={[rules.allowance.wageBasis, ...rules.allowance.notes]} /> : <OutcomeStatus outcome={outcome} />}
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
            <Text className='estimate-result__label'>{view.dayBasis === 'user' ? '生育津贴（按您选择的折算方法估算）' : '生育津贴'}</Text>
            <Text className='estimate-result__figure key-figure' data-testid='allowance-amount'>{formatYuan(view.amount)}</Text>
            <Text className='estimate-result__sub' data-testid='allowance-days'>按 {view.days} 天计发</Text>
            {view.dayBasis === 'user' ? (
              <Text className='estimate-result__sub' data-testid='allowance-user-basis'>“每月30天”是您自己选的估算方法，本地文件没有规定，实际以经办机构核定为准。</Text>
            ) : null}
          </>
        ) : (
          <>
            <Text className='estimate-result__label'>津贴产假天数</Text>
            <Text className='estimate-result__figure key-figure' data-testid='allowance-days'>{view.days} 天</Text>
            <Text className='estimate-result__sub'>
              {view.basis ? '按用人单位上年度职工月平均工资的标准支付这些天的津贴。' : '填上月平均工资，可算出生育津贴金额。'}
            </Text>
          </>
        )}
      </View>
      <View className='estimate-result__explain' data-testid='allowance-parts'>
        <Text className='estimate-section-title' role='heading' aria-level={2}>天数怎么来的</Text>
        {view.parts.map((p, i) => <View key={i} className='estimate-result__line'>· {p}</View>)}
        {view.basis ? <View className='estimate-result__line' data-testid='allowance-basis'>{view.basis}</View> : null}
      </View>
      {view.warnings.length ? (
        <Notice kind='warn' testId='allowance-warnings'>
          {view.warnings.map((w, i) => <View key={i}>· {w}</View>)}
        </Notice>
      ) : null}
      <View className='estimate-result__sources'>
        {notes.map((n, i) => <View key={i} className='estimate-result__line'>· {n.text}</View>)}
        <SourceNote sources={[...view.sources, ...notes.map((n) => n.reference)]} />
      </View>
    </View>
  )
}

function Conditions() {
  const conditions = usePolicy().maternity.conditions
  return (
    <View className='estimate-rules' data-testid='maternity-conditions'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>享受生育保险待遇的条件</Text>
      {isUnpublished(conditions) ? (
        <View className='estimate-rules__item estimate-rules__item--missing'>{conditions.reason}</View>
      ) : (
        conditions.map((c, i) => (
          <View key={i} className='estimate-rules__item'>
            <Text>{c.text}</Text>
            <SourceNote sources={[c.reference]} />
          </View>
        ))
      )}
    </View>
  )
}

function Childbirth({ form, onChange }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runChildbirth(pack, form), [pack, form])
  if (outcome.state === 'ok' && outcome.result.unpublished) {
    return <Notice kind='info' testId='childbirth-unpublished'>居民住院分娩：{outcome.result.reason}。</Notice>
  }
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  return (
    <>
      <View className='estimate-form' role='form' aria-label='住院分娩'>
        <ChoiceRow id='mat-designated' label='在居民医保定点医疗机构分娩吗'>
          <Chips<MaternityForm['designated']>
            label='在居民医保定点医疗机构分娩吗'
            testId='mat-designated'
            value={form.designated}
            onChange={(designated) => onChange({ designated })}
            options={[{ value: 'yes', text: '是，市内定点医院' }, { value: 'no', text: '不是定点医院' }]}
          />
        </ChoiceRow>
        <MoneyInput
          id='mat-actual'
          label='住院分娩的医疗费用'
          value={form.actual}
          onChange={(actual) => onChange({ actual })}
          error={errors.actual}
          hint='医疗费用实行定额结算：低于定额的按实际费用结算。'
        />
      </View>
      <View className='estimate-result-area' aria-live='polite'>
        {outcome.state === 'ok' ? <ChildbirthResult view={outcome.result} /> : <OutcomeStatus outcome={outcome} />}
      </View>
    </>
  )
}

function ChildbirthResult({ view }: { view: ChildbirthView }) {
  if (view.unpublished) return null
  return (
    <View className='estimate-result' data-testid='childbirth-result'>
      <View className='estimate-result__head'>
        <Text className='estimate-result__label'>医保按定额结算</Text>
        <Text className='estimate-result__figure key-figure' data-testid='childbirth-amount'>
          {view.amount !== null ? formatYuan(view.amount) : '无法测算'}
        </Text>
        {view.quota !== null ? <Text className='estimate-result__sub'>定额 {formatYuan(view.quota)}</Text> : null}
        <Text className='estimate-result__sub'>{view.note}</Text>
      </View>
      {view.range ? <TwoReadingsView range={view.range} format={formatYuan} testId='childbirth-readings' /> : null}
      <View className='estimate-result__sources'>
        <SourceNote sources={view.sources} />
      </View>
    </View>
  )
}

const MEDICAL_KINDS: { value: MaternityForm['medicalKind']; text: string }[] = [
  { value: 'delivery', text: '生育（分娩）' },
  { value: 'prenatal', text: '产前检查' },
  { value: 'miscarriage', text: '流产' },
  { value: 'familyPlanning', text: '计划生育手术' }
]

/** 生育医疗费 of the employee maternity insurance: what the fund pays, with its limit and source. */
function Medical({ form, onChange }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runMaternityMedical(pack, form), [pack, form])
  if (outcome.state === 'ok' && outcome.result.unpublished) {
    return <Notice kind='info' testId='medical-unpublished'>职工生育医疗费：{outcome.result.reason}。</Notice>
  }
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  const months = readMonths(form.months)
  return (
    <>
      <View className='estimate-form' role='form' aria-label='职工生育医疗费'>
        <ChoiceRow id='mat-medical-kind' label='哪一项费用'>
          <Chips<MaternityForm['medicalKind']>
            label='哪一项费用'
            testId='mat-medical-kind'
            value={form.medicalKind}
            onChange={(medicalKind) => onChange({ medicalKind })}
            options={MEDICAL_KINDS}
          />
        </ChoiceRow>
        {form.medicalKind === 'delivery' ? (
          <ChoiceRow id='mat-medical-babies' label='这一胎生了几个孩子'>
            <Chips<MaternityForm['babies']>
              label='这一胎生了几个孩子'
              testId='mat-medical-babies'
              value={form.babies}
              onChange={(babies) => onChange({ babies })}
              options={[
                { value: '1', text: '1个' },
                { value: '2', text: '双胞胎' },
                { value: '3', text: '三胞胎' },
                { value: '4', text: '四胞胎' }
              ]}
            />
          </ChoiceRow>
        ) : null}
        {form.medicalKind === 'miscarriage' ? (
          <TextField
            id='mat-medical-months'
            label='怀孕几个月时流产'
            value={form.months}
            onChange={(m) => onChange({ months: m })}
            error={months.state === 'error' ? months.message : errors.months}
            maxlength={4}
          />
        ) : null}
        {form.medicalKind !== 'prenatal' ? (
          <MoneyInput
            id='mat-medical-actual'
            label='实际发生的医疗费用'
            value={form.actual}
            onChange={(actual) => onChange({ actual })}
            error={errors.actual}
            placeholder='不填也能先看限额'
            hint='在限额以内按实际费用支付。'
          />
        ) : null}
        <ChoiceRow id='mat-medical-spouse' label='谁生育'>
          <Chips<'self' | 'spouse'>
            label='谁生育'
            testId='mat-medical-spouse'
            value={form.spouse ? 'spouse' : 'self'}
            onChange={(v) => onChange({ spouse: v === 'spouse' })}
            options={[
              { value: 'self', text: '参保女职工本人' },
              { value: 'spouse', text: '参保男职工的未就业配偶' }
            ]}
          />
        </ChoiceRow>
      </View>
      <View className='estimate-result-area' aria-live='polite'>
        {outcome.state === 'ok' ? <MedicalResult view={outcome.result} spouse={form.spouse} /> : <OutcomeStatus outcome={outcome} />}
      </View>
      <Conditions />
    </>
  )
}

function MedicalResult({ view, spouse }: { view: MedicalView; spouse: boolean }) {
  if (view.unpublished) return null
  return (
    <View className='estimate-result' data-testid='medical-result'>
      <View className='estimate-result__head'>
        <Text className='estimate-result__label'>{spouse ? '生育补助金' : '生育保险支付'}</Text>
        <Text className='estimate-result__figure key-figure' data-testid='medical-amount'>
          {view.amount !== null ? formatYuan(view.amount) : view.limit !== null ? `最多 ${formatYuan(view.limit)}` : '无法测算'}
        </Text>
        {view.limit !== null ? <Text className='estimate-result__sub' data-testid='medical-limit'>{spouse ? '按标准的50%' : '限额'} {formatYuan(view.limit)}</Text> : null}
        <Text className='estimate-result__sub'>{view.note}</Text>
      </View>
      {view.range ? <TwoReadingsView range={view.range} format={formatYuan} testId='medical-readings' /> : null}
      <View className='estimate-result__sources'>
        <SourceNote sources={view.sources} />
      </View>
    </View>
  )
}
