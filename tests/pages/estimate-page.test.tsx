import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import EstimatePage from '../../src/pages/estimate/index'
import OutpatientPage from '../../src/pages/outpatient/index'
import MaternityPage from '../../src/pages/maternity/index'
import { DEFAULT_FORMS } from '../../src/features/share'
import { handedOverInpatientForm } from '../../src/pages/estimate/handover'
import { estimateInpatient, formatYuan, tierComparison } from '../../src/engine'
import type { InpatientInput } from '../../src/engine'
import { figureText, layerFigure } from '../../src/components/range-figure'
import { seedRegion } from '../fixtures/stored'
import { renderPageFor } from '../../src/test-support/pages'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const renderFor = (region: 'weihai' | 'weifang') => renderPageFor(EstimatePage, region, POLICY_YEAR)

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))
const shown = () => screen.getByTestId('patient-share').textContent
const layerAmounts = () =>
  screen.getAllByTestId('layer').map((el) => [el.getAttribute('data-layer'), within(el).getByTestId('layer-amount').textContent])

function expectMatchesEngine(input: InpatientInput) {
  const r = estimateInpatient({ year: POLICY_YEAR, ...input })
  // The figure is the engine's range as the range figure words it: a bound only in the direction the
  // range is open ("至少" with the high side open, "最多" with the low side open), "未公布" for a layer
  // without figures. The wording itself is checked by hand-worked cases in the component's test.
  expect(shown()).toBe(figureText(r.outOfPocket, r.range))
  expect(layerAmounts()).toEqual(r.layers.map((l) => [l.id, layerFigure(l).text]))
  expect(document.body.textContent).not.toMatch(/NaN|undefined/)
  return r
}

describe('inpatient breakdown matches the engine', () => {
  test('Weihai poverty household, 一档, level 3: all six layers in chain order', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    type('住院总费用', '12万')
    type('其中政策范围内费用（不清楚可不填）', '100,000')
    type('就诊医院的起付标准（不清楚可不填）', '1000')
    choose('est-poverty', '是')
    const r = expectMatchesEngine({
      region: 'weihai',
      tier: 1,
      hospitalLevel: 3,
      totalCost: '120000',
      compliantCost: '100000',
      deductible: '1000',
      povertyHousehold: true,
      assistanceGroup: 'none',
      setting: 'local'
    })
    expect(r.outOfPocket).toBe('26240.00')
    expect(shown()).toBe('¥26,240.00')
    expect(layerAmounts().map(([id]) => id)).toEqual(['basic', 'critical', 'hospitalWaiver', 'assistance', 'commercial', 'reassistance'])
    expect(screen.getByTestId('patient-share').className).toMatch(/key-figure/)
    // the 大病 layer's "建档立卡贫困人口倾斜支付" is explained beside the row (issue 22), outside its button
    const critical = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'critical') as HTMLElement
    expect(within(critical).getByTestId('term')).toHaveAttribute('data-term', 'tiltPayment')
    expect(within(critical).getByRole('button', { name: '什么是倾斜支付？' }).closest('[aria-expanded][role=button]')).toBeNull()
    fireEvent.click(within(critical).getByRole('button', { name: '什么是倾斜支付？' }))
    expect(within(critical).getByTestId('term-line')).toHaveTextContent('取消最高支付限额')
  })

  test('Weihai ordinary resident: 大病 greyed as 未公布 with its reason', () => {
    renderFor('weihai')
    choose('est-tier', '二档')
    choose('est-level', '二级医院')
    type('住院总费用', '30000')
    type('其中政策范围内费用（不清楚可不填）', '25000')
    type('就诊医院的起付标准（不清楚可不填）', '800')
    expectMatchesEngine({
      region: 'weihai',
      tier: 2,
      hospitalLevel: 2,
      totalCost: '30000',
      compliantCost: '25000',
      deductible: '800',
      setting: 'local',
      povertyHousehold: false,
      assistanceGroup: 'none'
    })
    const critical = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'critical') as HTMLElement
    expect(within(critical).getByTestId('layer-amount')).toHaveTextContent('未公布')
    expect(within(critical).getByTestId('layer-reason')).toHaveTextContent('文登区报道未公布普通居民大病保险')
    expect(critical.className).toMatch(/missing/)
  })

  test('Weihai emergency stay away: 10% first borne by the patient', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    choose('est-setting', '异地急诊（威海市外）')
    type('住院总费用', '50000')
    type('其中政策范围内费用（不清楚可不填）', '40000')
    type('就诊医院的起付标准（不清楚可不填）', '1200')
    expectMatchesEngine({
      region: 'weihai',
      tier: 1,
      hospitalLevel: 3,
      totalCost: '50000',
      compliantCost: '40000',
      deductible: '1200',
      setting: 'emergency',
      povertyHousehold: false,
      assistanceGroup: 'none'
    })
  })

  test('Weifang key-assistance group with a slip figure: 大病, 救助 and 再救助', () => {
    renderFor('weifang')
    choose('est-tier', '一档')
    type('住院总费用', '80000')
    type('其中政策范围内费用（不清楚可不填）', '70000')
    choose('est-basic-source', '填结算单上的统筹基金支付')
    type('结算单上的统筹基金支付', '35000')
    choose('est-assistance', '重点救助对象')
    // Until the county is said, 安丘's assistance is not counted.
    expectMatchesEngine({
      region: 'weifang',
      tier: 1,
      totalCost: '80000',
      compliantCost: '70000',
      basicPaid: '35000',
      assistanceGroup: 'key',
      povertyHousehold: false,
      setting: 'local'
    })
    expect(screen.getAllByTestId('layer-reason')[0]).toHaveTextContent('本地政策未收录（以下为安丘市规定）')
    choose('est-county', '潍坊市其他县市区')
    expectMatchesEngine({
      region: 'weifang',
      tier: 1,
      totalCost: '80000',
      compliantCost: '70000',
      basicPaid: '35000',
      assistanceGroup: 'key',
      povertyHousehold: false,
      setting: 'local',
      county: 'other'
    })
    choose('est-county', '安丘市')
    const r = expectMatchesEngine({
      region: 'weifang',
      tier: 1,
      totalCost: '80000',
      compliantCost: '70000',
      basicPaid: '35000',
      assistanceGroup: 'key',
      povertyHousehold: false,
      setting: 'local',
      county: 'anqiu'
    })
    expect(r.layers.find((l) => l.id === 'critical')?.amount).toBe('13800.00')
    expect(r.layers.find((l) => l.id === 'assistance')?.amount).toBe('8480.00')
    // 40% with no published cap: "最多" at the layer. The share is not "至少": 医疗机构减免 and 商业保险
    // are named without figures (it may be lower), the 救助 cap is not published (it may be higher).
    // The figure is the published figures' answer, said so, with both reasons directly under it.
    expect(shown()).toBe('¥17,316.00')
    expect(shown()).not.toMatch(/至少|最多/)
    const assistance = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'assistance') as HTMLElement
    expect(within(assistance).getByTestId('layer-amount')).toHaveTextContent('最多 ¥8,480.00')
    expect(assistance).toHaveTextContent('访谈未公布安丘市重点救助对象住院救助的年度限额')
    expect(screen.getByTestId('patient-share-basis')).toHaveTextContent('只按文件已公布的数字')
    expect(screen.getByTestId('patient-share-less')).toHaveTextContent(
      '实际可能更少，因为：医疗机构减免的标准（文件未公布）、医疗商业保险补偿的标准（文件未公布）'
    )
    expect(screen.getByTestId('patient-share-more')).toHaveTextContent('实际可能更多，因为：医疗救助年度限额（文件未公布）')
    expect(screen.getByTestId('estimate-warnings')).toHaveTextContent('医疗商业补充保险：未计入报销合计')
    // the reason is on the layer's row; the notice does not say it again (issue 22: each statement once)
    const commercial = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'commercial') as HTMLElement
    expect(within(commercial).getByTestId('layer-reason')).toHaveTextContent('但访谈未给出补偿标准')
    expect(screen.getByTestId('estimate-warnings')).not.toHaveTextContent('但访谈未给出补偿标准')
    expect(screen.queryByTestId('tier-comparison')).toBeNull()
  })

  test('Weifang with the deductible and a ratio typed as a percentage', () => {
    renderFor('weifang')
    choose('est-tier', '二档')
    choose('est-level', '二级医院')
    type('住院总费用', '60000')
    type('其中政策范围内费用（不清楚可不填）', '50000')
    type('就诊医院的起付标准（不清楚可不填）', '600')
    type('基本医保支付比例', '75%')
    expect(screen.getByTestId('est-ratio-echo')).toHaveTextContent('= 报销75%')
    choose('est-poverty', '是')
    expectMatchesEngine({
      region: 'weifang',
      tier: 2,
      hospitalLevel: 2,
      totalCost: '60000',
      compliantCost: '50000',
      deductible: '600',
      basicRatio: '0.75',
      povertyHousehold: true,
      assistanceGroup: 'none',
      setting: 'local'
    })
  })

  test('Weihai special drugs for a poverty household are a separate input', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '一级医院')
    type('住院总费用', '20000')
    type('其中政策范围内费用（不清楚可不填）', '18000')
    type('就诊医院的起付标准（不清楚可不填）', '300')
    expect(screen.queryByLabelText('大病保险特药费用（没有可不填）')).toBeNull()
    choose('est-poverty', '是')
    type('大病保险特药费用（没有可不填）', '１００００')
    const r = expectMatchesEngine({
      region: 'weihai',
      tier: 1,
      hospitalLevel: 1,
      totalCost: '20000',
      compliantCost: '18000',
      deductible: '300',
      povertyHousehold: true,
      assistanceGroup: 'none',
      specialDrugCost: '10000',
      setting: 'local'
    })
    expect(r.layers.map((l) => l.id)).toContain('specialDrug')
    expect(screen.getByTestId('burden-line')).toHaveTextContent('特药')
  })
})

describe('the form asks instead of guessing', () => {
  test('nothing is pre-filled; the result says what is still missing', () => {
    renderFor('weihai')
    for (const label of ['住院总费用', '其中政策范围内费用（不清楚可不填）', '就诊医院的起付标准（不清楚可不填）']) {
      expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe('')
    }
    // Only what the answer cannot do without (the compliant part and the deductible may stay blank),
    // said once: in the sticky bar, which takes you to the first of them.
    expect(screen.getByTestId('sticky-missing')).toHaveTextContent('还需要：缴费档次、医院级别、住院总费用')
    expect(screen.getByTestId('sticky-missing')).not.toHaveTextContent(/政策范围内费用|起付标准/)
    expect(screen.getByTestId('estimate-status')).not.toHaveTextContent('还需要：')
    expect(screen.queryByTestId('patient-share')).toBeNull()
  })

  test('Weihai asks for the deductible with where to find it, and offers the slip instead', () => {
    renderFor('weihai')
    const hint = screen.getByLabelText('就诊医院的起付标准（不清楚可不填）').closest('[data-field]') as HTMLElement
    expect(hint).toHaveTextContent('住院收费处')
    expect(hint).toHaveTextContent('结算单')
    expect(hint).toHaveTextContent('填结算单上的统筹基金支付')
    expect(screen.queryByLabelText('基本医保支付比例')).toBeNull() // Weihai publishes its ratios
    choose('est-basic-source', '填结算单上的统筹基金支付')
    expect(screen.queryByLabelText('就诊医院的起付标准（不清楚可不填）')).toBeNull()
    expect(screen.getByLabelText('结算单上的统筹基金支付')).toBeInTheDocument()
  })

  test('Weifang asks for both the deductible and the ratio', () => {
    renderFor('weifang')
    expect(screen.getByLabelText('就诊医院的起付标准（不清楚可不填）')).toBeInTheDocument()
    expect(screen.getByLabelText('基本医保支付比例').closest('[data-field]')).toHaveTextContent('没有公布')
  })

  test('"不清楚就先按总费用估算" leaves the compliant part unknown: the share is "至少", with what is missing and the field offered', () => {
    renderFor('weihai')
    expect(screen.getByTestId('assume-total')).toBeDisabled()
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    choose('est-poverty', '是')
    type('住院总费用', '3万')
    type('就诊医院的起付标准（不清楚可不填）', '1000')
    fireEvent.click(screen.getByTestId('assume-total'))
    // Not copied: a copy would claim every yuan is reimbursable.
    expect((screen.getByLabelText('其中政策范围内费用（不清楚可不填）') as HTMLInputElement).value).toBe('')
    expect(screen.getByTestId('assumed-notice')).toHaveTextContent('政策范围内费用先不填')
    // Poverty household held at 9.8% of the compliant part, which is at most the total: 30,000 × 9.8%.
    expect(shown()).toBe('至少 ¥2,940.00')
    expect(screen.getByTestId('patient-share-more')).toHaveTextContent('政策范围内费用（未填写，按总费用估算）')
    expect(screen.getByTestId('sticky-summary')).toHaveTextContent('至少 ¥2,940.00')
    // The self-paid part is what is unknown: never "自费 ¥0.00".
    expect(screen.getByTestId('burden-line')).toHaveTextContent('填写政策范围内费用后才能算出')
    expect(screen.getByTestId('burden-line')).not.toHaveTextContent('¥0.00')
    fireEvent.click(screen.getByTestId('patient-share-offer-compliantCost'))
    expect(screen.queryByTestId('assumed-notice')).toBeNull()
    type('其中政策范围内费用（不清楚可不填）', '30000')
    expect(shown()).toBe('¥2,940.00')
  })

  test('the deductible left blank does not block: a poverty household held at 9.8% gets the exact figure', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    choose('est-poverty', '是')
    type('住院总费用', '50000')
    type('其中政策范围内费用（不清楚可不填）', '50000')
    // 商业补充 keeps the share at 9.8% of C whatever the deductible: 50,000 × 9.8% = 4,900.
    expect(shown()).toBe('¥4,900.00')
    expect(screen.queryByTestId('patient-share-caveat')).toBeNull()
    // Which layer pays how much still moves with the deductible: said, without moving the share.
    expect(screen.getByTestId('split-only')).toHaveTextContent('不影响您的个人负担')
  })

  test('the deductible left blank for an ordinary resident: no figure, what 100 yuan of it changes, and the field offered', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    type('住院总费用', '30000')
    type('其中政策范围内费用（不清楚可不填）', '25000')
    // 一档 三级 pays 50% above the deductible: each 100 yuan of it is 50 more for the patient.
    expect(screen.getByTestId('patient-share-per-hundred')).toHaveTextContent('起付标准每多100元，您多付¥50.00')
    expect(screen.getByTestId('patient-share-missing')).toHaveTextContent('起付标准（未填写）')
    expect(shown()).not.toMatch(/¥0\.00|–/)
    const basic = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'basic') as HTMLElement
    expect(within(basic).getByTestId('layer-amount')).toHaveTextContent('最多 ¥12,500.00') // 25,000 × 50%
    const offer = screen.getByTestId('patient-share-offer-deductible')
    expect(offer).toHaveTextContent('填写起付标准')
    fireEvent.click(offer)
    expect(document.activeElement).toBe(screen.getByLabelText('就诊医院的起付标准（不清楚可不填）'))
  })

  test('compliant greater than total is flagged beside the field, with no figure shown', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '二级医院')
    type('住院总费用', '10000')
    type('其中政策范围内费用（不清楚可不填）', '12000')
    type('就诊医院的起付标准（不清楚可不填）', '500')
    expect(screen.getByTestId('est-compliant-error')).toHaveTextContent('政策范围内费用不能大于住院总费用')
    expect(screen.queryByTestId('patient-share')).toBeNull()
  })

  test('a figure disappears as soon as an input turns bad (never a stale number)', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '二级医院')
    type('住院总费用', '10000')
    type('其中政策范围内费用（不清楚可不填）', '9000')
    type('就诊医院的起付标准（不清楚可不填）', '500')
    // Ordinary resident: 大病 is not published for them, so what it may pay can only lower the share.
    expect(shown()).toBe('最多 ¥4,900.00')
    type('住院总费用', 'abc')
    expect(screen.queryByTestId('patient-share')).toBeNull()
    expect(screen.getByTestId('estimate-status')).toHaveTextContent('请先改正')
    expect(document.body.textContent).not.toMatch(/NaN/)
  })
})

describe('tapping a layer', () => {
  test('shows the rule in plain words and its source', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    type('住院总费用', '120000')
    type('其中政策范围内费用（不清楚可不填）', '100000')
    type('就诊医院的起付标准（不清楚可不填）', '1000')
    choose('est-poverty', '是')
    const commercial = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'commercial') as HTMLElement
    fireEvent.click(within(commercial).getByRole('button'))
    const detail = within(commercial).getByTestId('layer-detail')
    expect(detail).toHaveTextContent('9.8%')
    // its sources folded behind the same 查看来源 as everywhere else
    expect(detail).not.toHaveTextContent('原文')
    fireEvent.click(within(detail).getByText('查看来源 ▼'))
    expect(detail).toHaveTextContent('来源：')
    expect(detail).toHaveTextContent('原文：“确保个人累计负担合规住院医疗费用的9.8%”')
  })
})

describe('一档 vs 二档 (Weihai)', () => {
  test('the comparison comes from the engine and follows the chosen tier', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    type('住院总费用', '100000')
    type('其中政策范围内费用（不清楚可不填）', '100000')
    type('就诊医院的起付标准（不清楚可不填）', '1000')
    const c = tierComparison({ region: 'weihai', year: POLICY_YEAR, hospitalLevel: 3, compliantCost: '100000.00', deductible: '1000.00' })
    if ('unpublished' in c && c.unpublished) throw new Error('expected a comparison')
    expect(screen.getByTestId('tier-basic')).toHaveTextContent(`${formatYuan(c.tier1.basic)}${formatYuan(c.tier2.basic)}`)
    expect(screen.getByTestId('tier-summary')).toHaveTextContent(
      `如果改交二档：这次住院基本医保多报 ${formatYuan(c.difference)}，每位成年人每年多交 ¥200.00`
    )
    choose('est-tier', '二档')
    expect(screen.getByTestId('tier-summary')).toHaveTextContent(
      `如果只交一档：这次住院基本医保少报 ${formatYuan(c.difference)}，每位成年人每年少交 ¥200.00`
    )
  })

  test('with a slip figure instead of the deductible, it says how to get the comparison', () => {
    renderFor('weihai')
    choose('est-tier', '一档')
    type('住院总费用', '100000')
    type('其中政策范围内费用（不清楚可不填）', '90000')
    choose('est-basic-source', '填结算单上的统筹基金支付')
    type('结算单上的统筹基金支付', '40000')
    expect(screen.getByTestId('patient-share')).toBeInTheDocument()
    expect(screen.getByTestId('tier-hint')).toHaveTextContent('起付标准')
  })
})

describe('who the estimator is for', () => {
  test('residents only, and no sample figure in an unpublished input', () => {
    renderFor('weifang')
    expect(screen.getByTestId('residents-only')).toHaveTextContent('城乡居民')
    expect(screen.getByTestId('residents-only')).toHaveTextContent('未成年人和大学生')
    choose('est-tier', '一档')
    const ratio = screen.getByLabelText('基本医保支付比例') as HTMLInputElement
    expect(ratio.getAttribute('placeholder') ?? '').not.toMatch(/\d/)
    expect(document.body.textContent).not.toMatch(/例如\s*\d/)
  })
})

describe('parameters from other tabs and links', () => {
  test('the 异地就医 page hands over a setting: it is filled in', () => {
    const device = jest.requireActual('../../src/services/device')
    device.goToTab('estimate', { setting: 'longTermResidence' })
    renderFor('weihai')
    const chip = within(screen.getByTestId('est-setting')).getByText('异地长期居住')
    expect(chip).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('异地长期居住')
    expect(Taro.switchTab).toHaveBeenCalled()
  })

  test('the hand-over banner names the setting as the region does', () => {
    const device = jest.requireActual('../../src/services/device')
    device.goToTab('estimate', { setting: 'referral' })
    renderFor('weihai')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('已按“异地转诊转院（威海市外）”填好就医类型')
  })

  test('a hand-over is a new case: the amounts entered before are cleared, and said so', () => {
    const before = { ...DEFAULT_FORMS.inpatient, total: '52000', compliant: '48000', deductible: '800', tier: '2' as const }
    const { form, cleared } = handedOverInpatientForm(before, 'emergency')
    expect(cleared).toBe(true)
    expect(form).toEqual({ ...DEFAULT_FORMS.inpatient, setting: 'emergency' })
    expect(handedOverInpatientForm(DEFAULT_FORMS.inpatient, 'referral').cleared).toBe(false)
  })

  test('an FAQ link opens the requested mode: 生育 on its own page, with the asked-for part chosen', () => {
    const device = jest.requireActual('../../src/services/device')
    device.goToTab('estimate', { mode: 'childbirth' })
    const tab = renderFor('weifang')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/maternity/index?mode=childbirth' })
    tab.unmount()
    ;(Taro.useRouter as jest.Mock).mockReturnValueOnce({ params: { mode: 'childbirth' } })
    render(<MaternityPage />)
    expect(within(screen.getByTestId('mat-sub')).getByText('居民住院分娩报销')).toHaveAttribute('aria-checked', 'true')
  })

  test('an FAQ link to 门诊 opens the 门诊 page', () => {
    const device = jest.requireActual('../../src/services/device')
    device.goToTab('estimate', { mode: 'outpatient' })
    renderFor('weifang')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/outpatient/index?mode=outpatient' })
  })

  test('unknown handed-over values are ignored', () => {
    const device = jest.requireActual('../../src/services/device')
    device.goToTab('estimate', { mode: 'dental', setting: '<script>' })
    renderFor('weihai')
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    expect(within(screen.getByTestId('est-setting')).getByText('本地住院')).toHaveAttribute('aria-checked', 'true')
    expect(screen.queryByTestId('estimate-banner')).toBeNull()
  })
})

describe('门诊 and 生育 are their own pages, linked from the tab', () => {
  test('each link says what it estimates, in plain words, and opens its page with navigateTo', () => {
    renderFor('weihai')
    const outpatient = screen.getByTestId('open-outpatient')
    expect(outpatient).toHaveAttribute('role', 'link')
    expect(outpatient).toHaveTextContent('门诊报销测算')
    expect(outpatient).toHaveTextContent('门诊慢性病')
    fireEvent.click(outpatient)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/outpatient/index' })
    const maternity = screen.getByTestId('open-maternity')
    expect(maternity).toHaveTextContent('生育津贴和产假天数')
    fireEvent.click(maternity)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/maternity/index' })
    expect(Taro.switchTab).not.toHaveBeenCalled()
  })

  test('the sub pages have no tab bar and a way back to the tab', () => {
    seedRegion('weihai')
    ;(Taro.useRouter as jest.Mock).mockReturnValueOnce({ params: {}, path: '/pages/outpatient/index' })
    render(<OutpatientPage />)
    expect(screen.queryByTestId('tab-bar')).toBeNull()
    fireEvent.click(screen.getByTestId('back-to-estimate'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
  })
})
