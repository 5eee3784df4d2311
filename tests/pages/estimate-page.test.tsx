import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import EstimatePage from '../../src/pages/estimate/index'
import { DEFAULT_FORMS, handedOverInpatientForm } from '../../src/pages/estimate/form-state'
import { estimateInpatient, formatYuan, tierComparison } from '../../src/engine'
import type { InpatientInput } from '../../src/engine'
import { figureText, layerFigure } from '../../src/components/range-figure'
import { memoryStorage } from '../mocks/taro'

function renderFor(region: 'weihai' | 'weifang') {
  memoryStorage.set('ybt:region', JSON.stringify({ v: 1, data: region }))
  return render(<EstimatePage />)
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))
const shown = () => screen.getByTestId('patient-share').textContent
const layerAmounts = () =>
  screen.getAllByTestId('layer').map((el) => [el.getAttribute('data-layer'), within(el).getByTestId('layer-amount').textContent])

function expectMatchesEngine(input: InpatientInput) {
  const r = estimateInpatient(input)
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
      region: 'weihai', tier: 1, hospitalLevel: 3, totalCost: '120000', compliantCost: '100000', deductible: '1000', povertyHousehold: true, assistanceGroup: 'none', setting: 'local'
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
    expectMatchesEngine({ region: 'weihai', tier: 2, hospitalLevel: 2, totalCost: '30000', compliantCost: '25000', deductible: '800', setting: 'local', povertyHousehold: false, assistanceGroup: 'none' })
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
    expectMatchesEngine({ region: 'weihai', tier: 1, hospitalLevel: 3, totalCost: '50000', compliantCost: '40000', deductible: '1200', setting: 'emergency', povertyHousehold: false, assistanceGroup: 'none' })
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
    expectMatchesEngine({ region: 'weifang', tier: 1, totalCost: '80000', compliantCost: '70000', basicPaid: '35000', assistanceGroup: 'key', povertyHousehold: false, setting: 'local' })
    expect(screen.getAllByTestId('layer-reason')[0]).toHaveTextContent('本地政策未收录（以下为安丘市规定）')
    choose('est-county', '潍坊市其他县市区')
    expectMatchesEngine({ region: 'weifang', tier: 1, totalCost: '80000', compliantCost: '70000', basicPaid: '35000', assistanceGroup: 'key', povertyHousehold: false, setting: 'local', county: 'other' })
    choose('est-county', '安丘市')
    const r = expectMatchesEngine({ region: 'weifang', tier: 1, totalCost: '80000', compliantCost: '70000', basicPaid: '35000', assistanceGroup: 'key', povertyHousehold: false, setting: 'local', county: 'anqiu' })
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
    expect(screen.getByTestId('patient-share-less')).toHaveTextContent('实际可能更少，因为：医疗机构减免的标准（文件未公布）、医疗商业保险补偿的标准（文件未公布）')
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
    expectMatchesEngine({ region: 'weifang', tier: 2, hospitalLevel: 2, totalCost: '60000', compliantCost: '50000', deductible: '600', basicRatio: '0.75', povertyHousehold: true, assistanceGroup: 'none', setting: 'local' })
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
    const r = expectMatchesEngine({ region: 'weihai', tier: 1, hospitalLevel: 1, totalCost: '20000', compliantCost: '18000', deductible: '300', povertyHousehold: true, assistanceGroup: 'none', specialDrugCost: '10000', setting: 'local' })
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
    expect(detail).toHaveTextContent('来源')
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
    const c = tierComparison({ region: 'weihai', hospitalLevel: 3, compliantCost: '100000.00', deductible: '1000.00' })
    if ('unpublished' in c && c.unpublished) throw new Error('expected a comparison')
    expect(screen.getByTestId('tier-basic')).toHaveTextContent(`${formatYuan(c.tier1.basic)}${formatYuan(c.tier2.basic)}`)
    expect(screen.getByTestId('tier-summary')).toHaveTextContent(`如果改交二档：这次住院基本医保多报 ${formatYuan(c.difference)}，每位成年人每年多交 ¥200.00`)
    choose('est-tier', '二档')
    expect(screen.getByTestId('tier-summary')).toHaveTextContent(`如果只交一档：这次住院基本医保少报 ${formatYuan(c.difference)}，每位成年人每年少交 ¥200.00`)
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

describe('other estimates on the same page', () => {
  test('Weifang general outpatient: 50% within the yearly cap, minus what was used', () => {
    renderFor('weifang')
    choose('estimate-mode', '门诊')
    type('普通门诊费用', '600')
    type('今年已报销的普通门诊金额（没有可不填）', '200')
    expect(screen.getByTestId('outpatient-amount')).toHaveTextContent('¥250.00')
    expect(screen.getByTestId('outpatient-remaining')).toHaveTextContent('¥0.00')
    expect(screen.getByTestId('chronic-rules')).toHaveTextContent('城乡居民慢性病病种：46种')
    expect(document.querySelector('[data-phone="0536-4253522"]')).toBeTruthy()
  })

  test('Weihai outpatient: chronic rules as text with the figures, ordinary chronic asks for the deductible', () => {
    renderFor('weihai')
    choose('estimate-mode', '门诊')
    expect(screen.getByTestId('general-unpublished')).toBeInTheDocument()
    const rules = screen.getByTestId('chronic-rules')
    expect(rules).toHaveTextContent('报销60%，一档每人每年最多报销500元，二档最多1000元')
    expect(rules).toHaveTextContent('起付标准每人每年300元')
    expect(rules).not.toHaveTextContent('来源')
    fireEvent.click(within(rules).getByText('查看以上各条的出处'))
    expect(rules).toHaveTextContent('原文：“起付标准是每人每年300元”')
    choose('out-tier', '二档')
    type('慢性病门诊费用', '3000')
    expect(screen.getByTestId('estimate-status')).toHaveTextContent('起付标准')
    type('普通门诊慢性病起付标准', '500')
    expect(screen.getByTestId('outpatient-amount')).toHaveTextContent('¥1,000.00')
    expect(screen.getByTestId('outpatient-amount')).toHaveAttribute('data-kind', 'exact')
    expect(screen.queryByTestId('outpatient-amount-caveat')).toBeNull()
    // 定额结算: 80% of a quota the document does not give — at most, with the reason right under it.
    choose('out-kind', '肾衰、透析、抗排异（定额结算）')
    expect(screen.getByTestId('outpatient-amount').textContent).toBe('最多 ¥2,400.00') // 3,000 × 80%
    expect(screen.getByTestId('outpatient-amount-less').textContent).toBe('实际可能更少，因为：定额结算的定额标准（文件未公布）。')
    expect(screen.queryByTestId('outpatient-amount-more')).toBeNull()
  })

  test('Weifang childbirth quota, designated or not', () => {
    renderFor('weifang')
    choose('estimate-mode', '生育')
    choose('mat-sub', '居民住院分娩报销')
    choose('mat-designated', '不是定点医院')
    type('住院分娩的医疗费用', '3000')
    expect(screen.getByTestId('childbirth-amount')).toHaveTextContent('¥560.00')
    expect(screen.getByTestId('childbirth-amount').getAttribute('data-kind')).toBe('exact')
    choose('mat-designated', '是，市内定点医院')
    expect(screen.getByTestId('childbirth-amount')).toHaveTextContent('¥800.00')
    expect(screen.queryByTestId('childbirth-amount-readings')).toBeNull()
  })

  test('designated birth of 500: 800 or 500 (weifang.designatedBirth), with the question', () => {
    renderFor('weifang')
    choose('estimate-mode', '生育')
    choose('mat-sub', '居民住院分娩报销')
    choose('mat-designated', '是，市内定点医院')
    type('住院分娩的医疗费用', '500')
    expect(screen.getByTestId('childbirth-amount')).toHaveTextContent('¥800.00')
    expect(screen.getByTestId('childbirth-amount').nextElementSibling).toBe(screen.getByTestId('childbirth-amount-caveat'))
    const reading = screen.getByTestId('childbirth-amount-reading')
    expect(reading).toHaveTextContent('在市内定点医院生孩子、花费不到800元时，按800元结算，还是按实际花费结算？')
    expect(within(reading).getAllByTestId('childbirth-amount-option').map((r) => r.textContent)).toEqual(['按定额800元结算：¥800.00', '按实际花费结算：¥500.00'])
    expect(document.body.textContent).not.toMatch(/¥[\d,.]+–¥?[\d,.]+/)
  })

  test('non-designated birth below the quota: the three readings on the page', () => {
    renderFor('weifang')
    choose('estimate-mode', '生育')
    choose('mat-sub', '居民住院分娩报销')
    choose('mat-designated', '不是定点医院')
    type('住院分娩的医疗费用', '300')
    // 300: min(300, 560) = 300; 70% × 300 = 210; the actual cost 300
    expect(screen.getByTestId('childbirth-amount')).toHaveTextContent('¥300.00')
    const options = screen.getAllByTestId('childbirth-amount-option').map((r) => r.textContent)
    expect(options).toEqual(['按实际花费，最多560元：¥300.00', '按实际花费的70%：¥210.00', '按实际花费全额结算：¥300.00'])
    expect(screen.getByTestId('childbirth-amount-reading')).toHaveTextContent('在非定点医院生孩子、花费不到800元时，按多少结算？')
  })

  test('职工生育医疗费: delivery limit, extra babies, miscarriage, spouse subsidy with both readings', () => {
    renderFor('weifang')
    choose('estimate-mode', '生育')
    choose('mat-sub', '职工生育医疗费')
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('最多 ¥2,200.00')
    type('实际发生的医疗费用', '5000')
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('¥2,200.00')
    choose('mat-medical-babies', '双胞胎')
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('¥2,700.00') // + 500
    choose('mat-medical-kind', '产前检查')
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('¥800.00')
    choose('mat-medical-kind', '流产')
    type('怀孕几个月时流产', '4')
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('¥800.00') // 满4个月
    choose('mat-medical-kind', '计划生育手术')
    type('实际发生的医疗费用', '150')
    choose('mat-medical-spouse', '参保男职工的未就业配偶')
    // 50% × 200 = 100, or 50% × 150 = 75
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('¥100.00')
    const options = screen.getAllByTestId('medical-amount-option').map((r) => r.textContent)
    expect(options).toEqual(['按标准金额的50%：¥100.00', '实际花费的50%，以标准为限：¥75.00'])
    expect(screen.getByTestId('medical-amount-reading')).toHaveTextContent('生育补助金')
    expect(document.body.textContent).not.toMatch(/NaN|undefined/)
  })

  test('spouse grant for a delivery with 1,000 spent: both readings, each with its question', () => {
    renderFor('weifang')
    choose('estimate-mode', '生育')
    choose('mat-sub', '职工生育医疗费')
    choose('mat-medical-spouse', '参保男职工的未就业配偶')
    type('实际发生的医疗费用', '1000')
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('¥1,100.00')
    const readings = screen.getAllByTestId('medical-amount-reading')
    expect(readings.map((r) => r.getAttribute('data-reading'))).toEqual(['weifang.spouseGrant', 'weifang.spouseGrantBase'])
    expect(within(readings[0]).getAllByTestId('medical-amount-option').map((r) => r.textContent)).toEqual(['按标准金额的50%：¥1,100.00', '实际花费的50%，以标准为限：¥500.00'])
    expect(within(readings[1]).getAllByTestId('medical-amount-option').map((r) => r.textContent)).toEqual(['只算生育医疗费2200元：¥1,100.00', '加上产前检查费800元：¥1,500.00'])
  })

  test('Weihai publishes no 生育医疗费 limits and says so', () => {
    renderFor('weihai')
    choose('estimate-mode', '生育')
    choose('mat-sub', '职工生育医疗费')
    expect(screen.getByTestId('medical-unpublished')).toBeInTheDocument()
  })

  test('residents only, and no sample figure in an unpublished input', () => {
    renderFor('weifang')
    expect(screen.getByTestId('residents-only')).toHaveTextContent('城乡居民')
    expect(screen.getByTestId('residents-only')).toHaveTextContent('未成年人和大学生')
    choose('est-tier', '一档')
    const ratio = screen.getByLabelText('基本医保支付比例') as HTMLInputElement
    expect(ratio.getAttribute('placeholder') ?? '').not.toMatch(/\d/)
    expect(document.body.textContent).not.toMatch(/例如\s*\d/)
  })

  test('Weihai, not in maternity insurance: the employer pays the pre-leave wage; money only on the user\'s own day basis', () => {
    renderFor('weihai')
    choose('estimate-mode', '生育')
    choose('mat-insured', '没有参加')
    expect(screen.getByTestId('allowance-days')).toHaveTextContent('98 天')
    expect(screen.getByTestId('allowance-result')).toHaveTextContent('产假前工资')
    type('本人产假前的月工资', '3000')
    expect(screen.queryByTestId('allowance-amount')).toBeNull()
    choose('mat-month-days', '我自己按每月30天估算')
    // 3,000 ÷ 30 × 98 = 9,800, labelled as the user's own estimate
    expect(screen.getByTestId('allowance-amount')).toHaveTextContent('¥9,800.00')
    expect(screen.getByTestId('allowance-result')).toHaveTextContent('用人单位支付的产假工资')
    // Weifang's document says nothing of the uninsured: no such choice there.
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '参保地' })).getByText('潍坊市'))
    expect(screen.queryByTestId('mat-insured')).toBeNull()
  })

  test('Weihai has no childbirth quota in its document and says so', () => {
    renderFor('weihai')
    choose('estimate-mode', '生育')
    choose('mat-sub', '居民住院分娩报销')
    expect(screen.getByTestId('childbirth-unpublished')).toHaveTextContent('文登区报道未涉及')
  })

  test('婴儿72小时内死亡 is its own question, away from 剖宫产 and 难产', () => {
    renderFor('weifang')
    choose('estimate-mode', '生育')
    const extras = screen.getByTestId('mat-caesarean').closest('[data-field]') as HTMLElement
    expect(extras).toHaveTextContent('剖宫产')
    expect(extras).not.toHaveTextContent('72小时')
    const own = screen.getByTestId('mat-infant').closest('[data-field]') as HTMLElement
    expect(own).not.toBe(extras)
    expect(own).not.toHaveTextContent('剖宫产')
    choose('mat-infant', '是的')
    expect(screen.getByTestId('allowance-days')).toHaveTextContent('42 天')
  })

  test('maternity allowance, both regions, with the days explained', () => {
    renderFor('weifang')
    choose('estimate-mode', '生育')
    expect(screen.getByTestId('allowance-days')).toHaveTextContent('98 天')
    // the plain 98 days are said once, not again as "天数怎么来的 · 产假98天"
    expect(screen.getByTestId('allowance-parts')).not.toHaveTextContent('产假98天')
    fireEvent.click(screen.getByTestId('mat-caesarean'))
    choose('mat-babies', '双胞胎')
    type('用人单位上年度职工月平均工资', '6000')
    // 98 + 15 + 15 = 128 days; 6000 ÷ 30 × 128
    expect(screen.getByTestId('allowance-amount')).toHaveTextContent('¥25,600.00')
    expect(screen.getByTestId('allowance-parts')).toHaveTextContent('剖宫产增加15天')
    // each part once: the basis under the list starts at the total (issue 22: 产假98天 three times)
    expect(screen.getByTestId('allowance-basis')).toHaveTextContent(/^共128天。/)
    expect(screen.getByTestId('allowance-parts').textContent!.split('产假98天').length - 1).toBe(1)
    choose('mat-event', '流产')
    type('怀孕几个月时流产', '4')
    expect(screen.getByTestId('allowance-amount')).toHaveTextContent('¥3,000.00') // Weifang: 4 months → 15 days
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '参保地' })).getByText('威海市'))
    // Weihai gives no day basis: the days and the wage basis, no money figure until the user picks one.
    expect(screen.queryByTestId('allowance-amount')).toBeNull()
    expect(screen.getByTestId('allowance-days')).toHaveTextContent('42 天') // 满4个月 → 42 days
    expect(screen.getByTestId('allowance-basis')).toHaveTextContent('月平均工资')
    expect(screen.getByTestId('allowance-basis')).not.toHaveTextContent('潍坊')
    choose('mat-month-days', '我自己按每月30天估算')
    expect(screen.getByTestId('allowance-amount')).toHaveTextContent('¥8,400.00') // 3,000 ÷ 30 × 42
    expect(screen.getByTestId('allowance-user-basis')).toHaveTextContent('您自己选的')
    type('怀孕几个月时流产', '11')
    expect(screen.getByTestId('mat-months-error')).toBeInTheDocument()
    expect(screen.queryByTestId('allowance-amount')).toBeNull()
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

  test('a hand-over is a new case: the amounts entered before are cleared, and said so (issue 19)', () => {
    const before = { ...DEFAULT_FORMS.inpatient, total: '52000', compliant: '48000', deductible: '800', tier: '2' as const }
    const { form, cleared } = handedOverInpatientForm(before, 'emergency')
    expect(cleared).toBe(true)
    expect(form).toEqual({ ...DEFAULT_FORMS.inpatient, setting: 'emergency' })
    expect(handedOverInpatientForm(DEFAULT_FORMS.inpatient, 'referral').cleared).toBe(false)
  })

  test('an FAQ link opens the requested mode', () => {
    const device = jest.requireActual('../../src/services/device')
    device.goToTab('estimate', { mode: 'childbirth' })
    renderFor('weifang')
    expect(within(screen.getByTestId('estimate-mode')).getByText('生育')).toHaveAttribute('aria-checked', 'true')
    expect(within(screen.getByTestId('mat-sub')).getByText('居民住院分娩报销')).toHaveAttribute('aria-checked', 'true')
  })

  test('unknown handed-over values are ignored', () => {
    const device = jest.requireActual('../../src/services/device')
    device.goToTab('estimate', { mode: 'dental', setting: '<script>' })
    renderFor('weihai')
    expect(within(screen.getByTestId('estimate-mode')).getByText('住院')).toHaveAttribute('aria-checked', 'true')
    expect(screen.queryByTestId('estimate-banner')).toBeNull()
  })
})
