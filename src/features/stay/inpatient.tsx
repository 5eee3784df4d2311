import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { INPATIENT_SETTINGS, inpatientSettingLabel } from '../../engine'
import { Chips } from '../../components/chips'
import { TermHelp } from '../../components/term'
import { tappable } from '../../components/tappable'
import { MoneyInput, readMoney } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { usePolicy } from '../../components/page-shell'
import { useFirstScreen } from '../../components/first-screen'
import { useOnScreen } from '../../services/on-screen'
import { isUnpublished } from '../../policy/types'
import type { InpatientSetting, PolicyPack } from '../../policy/types'
import type { InpatientInput } from '../../engine'
import { inpatientFields, runInpatient } from './run-inpatient'
import type { InpatientForm } from './inpatient-form'
import { ChoiceRow, OutcomeStatus } from '../../components/estimate-form'
import { PercentInput } from '../../components/field'
import { InpatientResultView, RESULT_HEAD_ID } from './inpatient-result'
import { figureQualifier, figureText } from '../../components/range-figure'
import type { WithinYearOutcome } from './within-year-outcome'
import { STAY_FIELDS } from './form'
import './stay.scss'

/** The settings as this region names them (Weihai's referral and emergency are stays outside 威海市). */
function settingOptions(pack: PolicyPack): { value: InpatientSetting; text: string }[] {
  return INPATIENT_SETTINGS.map((value) => ({ value, text: inpatientSettingLabel(pack, value) }))
}

const ASSISTANCE_OPTIONS = [
  { value: 'none', text: '都不是/不清楚' },
  { value: 'key', text: '重点救助对象' },
  { value: 'lowIncome', text: '低收入救助对象或因病致贫重病患者' }
] as const

interface Props {
  form: InpatientForm
  onChange(patch: Partial<InpatientForm>): void
  /**
   * This stay within the year, after the ledger's earlier stays (the year feature computes it; a
   * function of what it reads, so that the estimate is recomputed only when one of them changes).
   */
  withinYear(pack: PolicyPack, form: InpatientForm, input: InpatientInput): WithinYearOutcome
  /** Puts this stay into the year ledger ("记入本年度的住院"); absent where the ledger cannot take it. */
  onRecord?(): void
}

export function InpatientEstimator({ form, onChange, withinYear, onRecord }: Props) {
  const pack = usePolicy()
  const outcome = useMemo(() => runInpatient(pack, form), [pack, form])
  // This stay within the year (after the ledger's earlier stays), by the ledger's own computation.
  const within = useMemo(
    () => (outcome.state === 'ok' ? withinYear(pack, form, outcome.result.input) : null),
    [pack, form, withinYear, outcome]
  )
  // The figure the headline and the sticky bar show: this stay's share within the year when it has one.
  const headline = outcome.state === 'ok' ? (within?.state === 'ok' ? within.value.estimate : outcome.result.estimate) : null
  const errors = outcome.state === 'invalid' ? outcome.errors : {}
  const show = inpatientFields(pack, form)
  const totalParsed = readMoney(form.total)

  const setTotal = (text: string) => onChange({ total: text })
  // The compliant part stays unknown: the engine answers from the total with what it cannot know said.
  const assumeTotal = () => onChange({ compliant: '', compliantAssumed: true })
  // The inputs that close an unknown, offered under the figure.
  const offers = {
    deductible: { text: '填写起付标准', onTap: () => focusField('est-deductible') },
    compliantCost: {
      text: '填写政策范围内费用',
      onTap: () => {
        onChange({ compliantAssumed: false })
        focusField('est-compliant')
      }
    }
  }

  const countyScope = pack.chain.countyScope
  // The costs and the result sit below the first screen (the sticky summary says what is missing).
  const firstScreen = useFirstScreen()
  // With the result's own figure on screen the bar would say it twice, right above it: it goes quiet
  // but keeps its place (dropping it would move the result up, in and out of view). Not counted: the
  // part the tab bar covers (64PX in care mode, less otherwise).
  const resultOnScreen = useOnScreen(RESULT_HEAD_ID, outcome.state === 'ok' && !firstScreen, { bottom: 64 })
  const quiet = outcome.state === 'ok' && resultOnScreen
  return (
    <View className='estimate-inpatient'>
      <Notice kind='info' testId='residents-only'>
        本测算按城乡居民医保的规定计算。职工医保住院的起付标准和报销比例，本地政策文件没有公布，不能用这里测算。未成年人和大学生：文件没有写明适用一档还是二档，请按结算单上的档次选择，或改填结算单上的“统筹基金支付”。
      </Notice>
      <View className='estimate-form' role='form' aria-label='住院费用信息'>
        <ChoiceRow id='est-earlier' label='今年之前住过院吗？' hint={<Text>{EARLIER_HINT[form.earlier]}</Text>}>
          <Chips<InpatientForm['earlier']>
            label='今年之前住过院吗？'
            testId='est-earlier'
            value={form.earlier}
            onChange={(earlier) => onChange({ earlier })}
            options={[
              { value: 'no', text: '没有，这是今年第一次' },
              { value: 'yes', text: '住过' }
            ]}
          />
        </ChoiceRow>
        <ChoiceRow
          id='est-tier'
          label='缴费档次'
          error={errors.tier}
          hint={
            <>
              {show.levelRequired ? <Text>不清楚交的是哪一档？先任选一档，下方会比较两档的报销。</Text> : null}
              <TermHelp id='tiers' pack={pack} />
            </>
          }
        >
          <Chips<InpatientForm['tier']>
            label='缴费档次'
            testId='est-tier'
            value={form.tier}
            onChange={(tier) => onChange({ tier })}
            options={[
              { value: '1', text: '一档' },
              { value: '2', text: '二档' }
            ]}
          />
        </ChoiceRow>
        <ChoiceRow id='est-level' label={show.levelRequired ? '医院级别' : '医院级别（可不选）'} error={errors.level}>
          <Chips<InpatientForm['level']>
            label='医院级别'
            testId='est-level'
            value={form.level}
            onChange={(level) => onChange({ level })}
            options={[
              { value: '1', text: '一级医院' },
              { value: '2', text: '二级医院' },
              { value: '3', text: '三级医院' }
            ]}
          />
        </ChoiceRow>
        <ChoiceRow id='est-setting' label='就医类型' error={errors.setting}>
          <Chips<InpatientSetting>
            label='就医类型'
            testId='est-setting'
            value={form.setting}
            onChange={(setting) => onChange({ setting })}
            options={settingOptions(pack)}
          />
        </ChoiceRow>
        {firstScreen ? null : (
          <>
            <MoneyInput
              id='est-total'
              label='住院总费用'
              value={form.total}
              onChange={setTotal}
              error={errors.total}
              hint={STAY_FIELDS.total.hint}
            />
            <MoneyInput
              id='est-compliant'
              label='其中政策范围内费用（不清楚可不填）'
              value={form.compliantAssumed ? '' : form.compliant}
              onChange={(compliant) => onChange({ compliant, compliantAssumed: false })}
              error={errors.compliant}
              hint={STAY_FIELDS.compliant.hint}
            />
            <View className='estimate-shortcut'>
              <Button kind='link' data-testid='assume-total' disabled={totalParsed.state !== 'ok'} onClick={assumeTotal}>
                不清楚就先按总费用估算
              </Button>
              {totalParsed.state !== 'ok' && !form.compliantAssumed ? (
                <Text className='estimate-shortcut__hint'>（先填住院总费用）</Text>
              ) : null}
            </View>
            {form.compliantAssumed ? (
              <Notice kind='info' testId='assumed-notice'>
                政策范围内费用先不填，按住院总费用估算：总费用中可能有自费的药品和项目，医保不报，所以下面写明您至少、最多付多少，以及还差哪个数字。拿到结算单后请填上其中的“政策范围内费用”。
              </Notice>
            ) : null}

            <ChoiceRow id='est-basic-source' label='基本医保报销按什么算' hint={<TermHelp id='poolingPaid' pack={pack} />}>
              <Chips<InpatientForm['basicSource']>
                label='基本医保报销按什么算'
                testId='est-basic-source'
                value={form.basicSource}
                onChange={(basicSource) => onChange({ basicSource })}
                options={[
                  { value: 'rule', text: show.ratio ? '按起付标准和支付比例测算' : '按起付标准测算' },
                  { value: 'slip', text: '填结算单上的统筹基金支付' }
                ]}
              />
            </ChoiceRow>
            {show.deductible ? (
              <MoneyInput
                id='est-deductible'
                label='就诊医院的起付标准（不清楚可不填）'
                value={form.deductible}
                onChange={(deductible) => onChange({ deductible })}
                error={errors.deductible}
                placeholder='请按医院告知的金额填写'
                hint={
                  <Text>
                    起付标准是住院费用中先由自己付、医保不报的那一段。{pack.regionName}
                    的政策文件没有公布这个数，各医院不同：请到医院住院收费处问，或看出院结算单上的“起付标准”。不知道的话可以先不填，结果会写明它影响多少；也可以改选上面的“填结算单上的统筹基金支付”。
                  </Text>
                }
              />
            ) : null}
            {show.ratio ? (
              <PercentInput
                id='est-ratio'
                label='基本医保支付比例'
                value={form.ratio}
                onChange={(ratio) => onChange({ ratio })}
                error={errors.ratio}
                hint={STAY_FIELDS.ratio.hint}
              />
            ) : null}
            {show.basicPaid ? (
              <MoneyInput
                id='est-basic-paid'
                label='结算单上的统筹基金支付'
                value={form.basicPaid}
                onChange={(basicPaid) => onChange({ basicPaid })}
                error={errors.basicPaid}
                placeholder='请按结算单填写'
                hint={STAY_FIELDS.basicPaid.hint}
              />
            ) : null}

            <ChoiceRow id='est-poverty' label='是否建档立卡贫困人口（享受政策）'>
              <Chips<'yes' | 'no'>
                label='是否建档立卡贫困人口'
                testId='est-poverty'
                value={form.poverty ? 'yes' : 'no'}
                onChange={(v) => onChange({ poverty: v === 'yes' })}
                options={[
                  { value: 'no', text: '否' },
                  { value: 'yes', text: '是' }
                ]}
              />
            </ChoiceRow>
            <ChoiceRow
              id='est-assistance'
              label='医疗救助对象类别'
              error={errors.assistance}
              hint={
                <>
                  <Text>资料没有说明这几类人怎样认定；不清楚就选“都不是/不清楚”。</Text>
                  <TermHelp id='keyAssistance' pack={pack} />
                  <TermHelp id='reassistance' pack={pack} />
                </>
              }
            >
              <Chips<InpatientForm['assistance']>
                label='医疗救助对象类别'
                testId='est-assistance'
                value={form.assistance}
                onChange={(assistance) => onChange({ assistance })}
                options={ASSISTANCE_OPTIONS.map((o) => ({ value: o.value, text: o.text }))}
              />
            </ChoiceRow>
            {countyScope && form.assistance !== 'none' ? (
              <ChoiceRow
                id='est-county'
                label='在哪里参保'
                error={errors.county}
                hint={`医疗救助、再救助的规定来自${countyScope.name}的文件，只对在${countyScope.name}参保的人测算；其他县市区的规定未收录。`}
              >
                <Chips<InpatientForm['county']>
                  label='在哪里参保'
                  testId='est-county'
                  value={form.county}
                  onChange={(county) => onChange({ county })}
                  options={[
                    { value: countyScope.county, text: countyScope.name },
                    { value: 'other', text: `${pack.regionName}其他县市区` }
                  ]}
                />
              </ChoiceRow>
            ) : null}
            {show.specialDrug ? (
              <MoneyInput
                id='est-special-drug'
                label='大病保险特药费用（没有可不填）'
                value={form.specialDrug}
                onChange={(specialDrug) => onChange({ specialDrug })}
                error={errors.specialDrug}
                placeholder='没有就不填'
                hint={
                  <>
                    <Text>{`使用大病保险特药的费用，单独计算，不含在上面的费用里。${specialDrugCaveat(pack)}`}</Text>
                    <TermHelp id='specialDrug' pack={pack} />
                  </>
                }
              />
            ) : null}
          </>
        )}
      </View>

      <View
        className={`estimate-sticky${quiet ? ' estimate-sticky--quiet' : ''}`}
        data-testid='sticky-summary'
        aria-hidden={quiet ? 'true' : undefined}
      >
        {outcome.state === 'ok' ? (
          <>
            <Text>预计个人负担</Text>
            <Text className='estimate-sticky__figure' data-testid='sticky-figure'>
              {figureText((headline ?? outcome.result.estimate).outOfPocket, (headline ?? outcome.result.estimate).range)}
            </Text>
            <Text className='estimate-sticky__hint'>
              {figureQualifier((headline ?? outcome.result.estimate).outOfPocket, (headline ?? outcome.result.estimate).range, true) ||
                '明细见下方'}
            </Text>
          </>
        ) : outcome.state === 'incomplete' ? (
          <View
            className='estimate-sticky__missing'
            role='button'
            aria-label={`还需要：${outcome.missing.join('、')}。点此转到“${outcome.missing[0]}”`}
            data-testid='sticky-missing'
            {...tappable(() => goToField(outcome.missing[0]))}
          >
            <Text className='estimate-sticky__hint'>还需要：{outcome.missing.join('、')}</Text>
            <Text className='estimate-sticky__go'>去填写 ›</Text>
          </View>
        ) : (
          <Text className='estimate-sticky__hint'>{outcome.message}</Text>
        )}
      </View>

      {firstScreen ? null : (
        <View className='estimate-result-area' aria-live='polite'>
          {outcome.state === 'ok' ? (
            <InpatientResultView
              pack={pack}
              result={outcome.result}
              tier={form.tier}
              offers={offers}
              within={within ?? undefined}
              onRecord={onRecord}
            />
          ) : (
            // what is missing is said once, in the bar above, which takes you there
            <OutcomeStatus outcome={outcome} missingNamed={false} />
          )}
        </View>
      )}
    </View>
  )
}

/** Under "今年之前住过院吗？": where the earlier stays come from. */
const EARLIER_HINT: Record<InpatientForm['earlier'], string> = {
  '': '同一年里住过院的，年度最高支付限额和按年度累计的各项要连同之前的住院一起算。住过的请选“住过”。',
  no: '按今年第一次住院测算。',
  yes: '之前的住院按下方“本年度的住院”中的记录计算（只有结算单合计的，可在那里打开“本年度此前已报销过”填写）。'
}

/** The field each missing item of the sticky bar points at (the ids of the rows above). */
const MISSING_FIELD: Record<string, string> = {
  缴费档次: 'est-tier',
  医院级别: 'est-level',
  住院总费用: 'est-total',
  政策范围内费用: 'est-compliant',
  起付标准: 'est-deductible',
  支付比例: 'est-ratio',
  统筹基金支付: 'est-basic-paid'
}

/** Goes to the field a missing item of the sticky bar names. */
export function goToField(missing: string | undefined): void {
  const id = missing ? MISSING_FIELD[missing] : undefined
  if (id) focusField(id)
}

/** Scrolls the field's label into view; on H5 also puts the cursor in its text box. */
function focusField(id: string): void {
  // WeChat's document is Taro's own tree, with no caret to place. On H5 the browser scrolls: Taro's
  // H5 pageScrollTo measures the label's offsetTop from its nearest positioned box, not the page,
  // and its animation would take the label off screen again once the page has more above the form.
  if (process.env.TARO_ENV !== 'weapp' && typeof document !== 'undefined') {
    const label = document.getElementById(`${id}-label`)
    label?.scrollIntoView?.({ block: 'center' })
    const input = document.querySelector<HTMLInputElement>(`#${id} input, [data-field=${id}] input`)
    input?.focus({ preventScroll: true })
    return
  }
  try {
    if (typeof Taro.pageScrollTo === 'function') {
      void Promise.resolve(Taro.pageScrollTo({ selector: `#${id}-label`, duration: 200 })).catch(() => undefined)
    }
  } catch {
    /* no scrolling API */
  }
}

function specialDrugCaveat(pack: PolicyPack): string {
  const rule = pack.criticalIllness.specialDrug
  return isUnpublished(rule) || !rule.caveat ? '' : `注意：${rule.caveat}。`
}
