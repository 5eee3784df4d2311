import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ContributionPage from '../../src/pages/contribution/index'
import EmployeePage from '../../src/pages/employee/index'
import { employeeContribution, formatYuan, type EmployeeContribution } from '../../src/engine'
import { goToTab } from '../../src/services/device'
import { seedRegion } from '../fixtures/stored'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

function renderEmployee(region: 'weihai' | 'weifang') {
  seedRegion(region)
  return render(<EmployeePage year={POLICY_YEAR} />)
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } })
const chip = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))
const monthly = () => within(screen.getByTestId('employee-monthly'))

function fillMonthly(base: string, age: string, employer: '企业等用人单位' | '机关事业单位、社会团体等', month: number) {
  const card = monthly()
  fireEvent.change(card.getByLabelText('月缴费基数', { selector: 'input' }), { target: { value: base } })
  fireEvent.change(card.getByLabelText('年龄（周岁）', { selector: 'input' }), { target: { value: age } })
  chip('employer-type', employer)
  chip('employee-month', `${month}月`)
}

const engine = (base: string, month: number, employerType: 'enterprise' | 'institution', age: number) =>
  employeeContribution({
    region: 'weifang',
    year: POLICY_YEAR,
    base,
    month: `2020-${String(month).padStart(2, '0')}`,
    employerType,
    age
  }) as EmployeeContribution

describe('Weifang employees: monthly contribution across the relief months', () => {
  test.each([
    [1, 'enterprise', '8%', '（本月没有降费）'],
    [2, 'enterprise', '8%', '（本月没有降费）'],
    [3, 'enterprise', '5.5%', '8% 减 2.5 个百分点'],
    [5, 'enterprise', '5.5%', '8% 减 2.5 个百分点'],
    [7, 'enterprise', '5.5%', '8% 减 2.5 个百分点'],
    [8, 'enterprise', '7%', '8% 减 1 个百分点'],
    [12, 'enterprise', '7%', '8% 减 1 个百分点'],
    [2, 'institution', '8%', '（本月没有降费）'],
    [3, 'institution', '7%', '8% 减 1 个百分点'],
    [12, 'institution', '7%', '8% 减 1 个百分点']
  ] as const)('month %i, %s: employer rate %s', (month, employerType, rate, relief) => {
    renderEmployee('weifang')
    fillMonthly('6000', '30', employerType === 'enterprise' ? '企业等用人单位' : '机关事业单位、社会团体等', month)
    const expected = engine('6000.00', month, employerType, 30)
    expect(screen.getByTestId('employer-rate')).toHaveTextContent(`费率 ${rate}`)
    expect(screen.getByTestId('employer-rate')).toHaveTextContent(relief)
    expect(screen.getByTestId('employer-amount')).toHaveTextContent(formatYuan(expected.employer))
    expect(screen.getByTestId('individual-amount')).toHaveTextContent(formatYuan(expected.individual))
    expect(screen.getByTestId('employee-total')).toHaveTextContent(formatYuan(expected.total))
  })

  test('May 2020, enterprise, base 6000: 5.5% → 330.00 employer, 120.00 individual', () => {
    renderEmployee('weifang')
    fillMonthly('6000', '30', '企业等用人单位', 5)
    expect(screen.getByTestId('employer-amount')).toHaveTextContent('¥330.00')
    expect(screen.getByTestId('individual-amount')).toHaveTextContent('¥120.00')
    expect(screen.getByTestId('employee-total')).toHaveTextContent('¥450.00')
    fireEvent.click(within(screen.getByTestId('employee-result')).getByTestId('source-toggle'))
    expect(screen.getByTestId('employee-result')).toHaveTextContent('2020年3月至7月降低2.5个百分点')
  })

  test('the 12-month table shows the employer rate each month for the chosen employer type', () => {
    renderEmployee('weifang')
    fillMonthly('5000', '40', '企业等用人单位', 5)
    const rates = screen.getAllByTestId('year-rate').map((c) => c.textContent)
    expect(rates).toEqual(['8%', '8%', '5.5%', '5.5%', '5.5%', '5.5%', '5.5%', '7%', '7%', '7%', '7%', '7%'])
    const current = screen.getAllByTestId('year-row').find((r) => r.className.includes('--current'))
    expect(current).toHaveAttribute('data-month', '2020-05')
    expect(current).toHaveTextContent('5月◀')
    // 5000 × (8%×2 + 5.5%×5 + 7%×5) = 5000 × 0.785 = 3925
    expect(screen.getByTestId('year-employer')).toHaveTextContent('¥3,925.00')
    expect(screen.getByTestId('year-individual')).toHaveTextContent('¥1,200.00')

    chip('employer-type', '机关事业单位、社会团体等')
    expect(screen.getAllByTestId('year-rate').map((c) => c.textContent)).toEqual(['8%', '8%', ...Array(10).fill('7%')])
  })

  test.each([
    ['44', '2.9%', '¥145.00'],
    // Exactly 45 is in both bands (POLICY-READING §10): the first option leads, the other is listed under it.
    ['45', '2.9% 或 3.9%', '¥145.00'],
    ['46', '3.9%', '¥195.00']
  ])('in work, age %s: personal account %s of the base', (age, rate, amount) => {
    renderEmployee('weifang')
    fillMonthly('5000', age, '企业等用人单位', 1)
    expect(screen.getByTestId('account-rate')).toHaveTextContent(`按缴费基数的 ${rate} 划入`)
    expect(screen.getByTestId('account-amount')).toHaveTextContent(amount)
  })

  test.each([
    ['69', '4.9%', '¥147.00'],
    ['70', '5.9%', '¥177.00']
  ])('retired, age %s: account %s of the pension', (age, rate, amount) => {
    renderEmployee('weifang')
    const card = within(screen.getByTestId('retiree'))
    fireEvent.change(card.getByLabelText('每月退休金', { selector: 'input' }), { target: { value: '3000' } })
    fireEvent.change(card.getByLabelText('年龄（周岁）', { selector: 'input' }), { target: { value: age } })
    expect(screen.getByTestId('retiree-rate')).toHaveTextContent(`按退休金的 ${rate} 划入`)
    expect(screen.getByTestId('retiree-amount')).toHaveTextContent(amount)
    expect(screen.getByTestId('retiree-amount').className).toContain('key-figure')
  })

  test.each([
    ['abc', '年龄请只填数字'],
    ['45.5', '年龄请填整数'],
    ['200', '年龄应为0到150之间的整数'],
    ['-3', '年龄请只填数字']
  ])('a bad age (%s) gets a Chinese message and no stale figure', (age, message) => {
    renderEmployee('weifang')
    fillMonthly('5000', '45', '企业等用人单位', 1)
    expect(screen.getByTestId('account-amount')).toHaveTextContent('¥145.00')
    fireEvent.change(monthly().getByLabelText('年龄（周岁）', { selector: 'input' }), { target: { value: age } })
    expect(screen.getByTestId('employee-age-error')).toHaveTextContent(message)
    expect(screen.queryByTestId('employee-result')).toBeNull()
    expect(screen.queryByTestId('employee-year')).toBeNull()
    expect(document.body.textContent).not.toMatch(/NaN|undefined/)
  })

  test('a bad base gets the money field message; an empty one asks for it', () => {
    renderEmployee('weifang')
    fillMonthly('-5', '45', '企业等用人单位', 1)
    expect(screen.getByTestId('employee-base-error')).toHaveTextContent('金额不能为负数')
    expect(screen.queryByTestId('employee-result')).toBeNull()
    type('月缴费基数', '')
    expect(screen.getByTestId('employee-waiting')).toHaveTextContent('填写缴费基数后显示每月缴费')
  })

  test('"5千" and full-width digits are read as money', () => {
    renderEmployee('weifang')
    fillMonthly('５千', '４５', '企业等用人单位', 1)
    expect(screen.getByTestId('employer-amount')).toHaveTextContent('¥400.00')
  })
})

describe('minimum years at retirement', () => {
  const card = () => within(screen.getByTestId('minimum-years'))

  test('years missing; the lump sum only once the user gives the rate and the wage', () => {
    renderEmployee('weifang')
    chip('sex', '女')
    fireEvent.change(card().getByLabelText('已缴费年限（含视同缴费年限）', { selector: 'input' }), { target: { value: '21.5' } })
    expect(screen.getByTestId('shortfall-years')).toHaveTextContent('3.5 年')
    expect(screen.getByTestId('shortfall-rate-unpublished')).toHaveTextContent('文件没有公布这个“规定比例”')
    expect(screen.getByTestId('shortfall-amount-missing')).toHaveTextContent('未计算')
    expect(screen.queryByTestId('shortfall-amount')).toBeNull()

    fireEvent.change(card().getByLabelText('补缴比例（经办机构告知）', { selector: 'input' }), { target: { value: '8%' } })
    expect(screen.queryByTestId('shortfall-amount')).toBeNull()
    fireEvent.change(card().getByLabelText('上年度全省在岗职工平均工资（全年）', { selector: 'input' }), { target: { value: '8万' } })
    // 80000 × 8% × 3.5 = 22400
    expect(screen.getByTestId('shortfall-amount')).toHaveTextContent('¥22,400.00')

    fireEvent.change(card().getByLabelText('补缴比例（经办机构告知）', { selector: 'input' }), { target: { value: '150' } })
    expect(screen.getByTestId('shortfall-rate-error')).toHaveTextContent('比例不能超过 100%')
    expect(screen.queryByTestId('shortfall-amount')).toBeNull()
  })

  test('men need 30 years; enough years need nothing', () => {
    renderEmployee('weifang')
    chip('sex', '男')
    fireEvent.change(card().getByLabelText('已缴费年限（含视同缴费年限）', { selector: 'input' }), { target: { value: '30' } })
    expect(screen.getByTestId('shortfall-years')).toHaveTextContent('0 年')
    expect(screen.getByTestId('shortfall-none')).toHaveTextContent('已达到最低缴费年限，无需补缴')
    fireEvent.change(card().getByLabelText('已缴费年限（含视同缴费年限）', { selector: 'input' }), { target: { value: '12' } })
    expect(screen.getByTestId('shortfall-years')).toHaveTextContent('18 年')
  })

  test('bad years get a Chinese message', () => {
    renderEmployee('weifang')
    chip('sex', '男')
    fireEvent.change(card().getByLabelText('已缴费年限（含视同缴费年限）', { selector: 'input' }), { target: { value: '99' } })
    expect(screen.getByTestId('years-paid-error')).toHaveTextContent('缴费年限应为0到80之间的数字')
    fireEvent.change(card().getByLabelText('已缴费年限（含视同缴费年限）', { selector: 'input' }), { target: { value: '二十' } })
    expect(screen.getByTestId('years-paid-error')).toHaveTextContent('缴费年限请填数字')
    expect(screen.queryByTestId('shortfall-result')).toBeNull()
  })
})

test('deferral, late fee and the 60-day transfer are shown as text with sources', () => {
  renderEmployee('weifang')
  expect(screen.getByTestId('rule-deferral')).toHaveTextContent('最长 6 个月')
  expect(screen.getByTestId('rule-deferral')).toHaveTextContent('缓缴期间免收滞纳金')
  expect(screen.getByTestId('rule-late-fee')).toHaveTextContent('5月1日前缴费的免收滞纳金')
  expect(screen.getByTestId('rule-transfer')).toHaveTextContent('60 日内办理')
  fireEvent.click(within(screen.getByTestId('rule-transfer')).getByTestId('source-toggle'))
  expect(screen.getByTestId('rule-transfer')).toHaveTextContent('60日内持本人身份证、户口簿、居住证等')
})

describe('Weihai: the document does not cover employees', () => {
  test('says so, and shows Weifang rules only on request, clearly labelled 潍坊', () => {
    renderEmployee('weihai')
    expect(screen.getByTestId('employee-unpublished')).toHaveTextContent('文登区报道未涉及职工医保缴费和个人账户政策')
    expect(screen.getByTestId('employee-unpublished')).toHaveTextContent('不能为威海市的职工测算')
    expect(screen.queryByTestId('employee-rules')).toBeNull()
    fireEvent.click(screen.getByTestId('show-weifang-employee'))
    const rules = screen.getByTestId('employee-rules')
    expect(rules).toHaveAttribute('data-rules-region', 'weifang')
    expect(screen.getByTestId('borrowed-rules')).toHaveTextContent('以下是潍坊市的规定，不是您所选参保地的政策')
    expect(
      within(rules)
        .getAllByRole('heading')
        .every((h) => h.textContent?.startsWith('潍坊市 · '))
    ).toBe(true)
    fillMonthly('6000', '30', '企业等用人单位', 5)
    expect(screen.getByTestId('employer-rate')).toHaveTextContent('费率 5.5%')
    fireEvent.click(screen.getByTestId('show-weifang-employee'))
    expect(screen.queryByTestId('employee-rules')).toBeNull()
  })

  test('switching to Weifang shows the rules without the borrowed label', () => {
    renderEmployee('weihai')
    fireEvent.click(screen.getByRole('radio', { name: '参保地：潍坊市' }))
    expect(screen.getByTestId('employee-rules')).toBeInTheDocument()
    expect(screen.queryByTestId('borrowed-rules')).toBeNull()
    expect(screen.queryByTestId('employee-unpublished')).toBeNull()
  })
})

describe('the employee calculator is a page of its own, linked from the 缴费查询 tab', () => {
  test('the tab says what it holds, in plain words, and opens it with navigateTo', () => {
    seedRegion('weifang')
    render(<ContributionPage year={POLICY_YEAR} />)
    const link = screen.getByTestId('open-employee')
    expect(link).toHaveAttribute('role', 'link')
    expect(link).toHaveTextContent('职工医保缴费')
    expect(link).toHaveTextContent('个人账户划入')
    expect(screen.queryByTestId('employee-rules')).toBeNull()
    fireEvent.click(link)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/employee/index' })
  })

  test('another tab asking for the employee view (goToTab params) is sent on to the page', () => {
    seedRegion('weifang')
    goToTab('contribution', { view: 'employee' })
    render(<ContributionPage year={POLICY_YEAR} />)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/employee/index' })
    expect(screen.getByTestId('resident-view')).toBeInTheDocument()
  })

  test('the page has no tab bar and a way back to the tab', () => {
    seedRegion('weifang')
    ;(Taro.useRouter as jest.Mock).mockReturnValueOnce({ params: {}, path: '/pages/employee/index' })
    render(<EmployeePage year={POLICY_YEAR} />)
    expect(screen.getByTestId('employee-rules')).toBeInTheDocument()
    expect(screen.queryByTestId('tab-bar')).toBeNull()
    fireEvent.click(screen.getByTestId('back-to-contribution'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/contribution/index' })
  })
})

describe('rates first, age 45 both readings, birth month', () => {
  test('the rates are stated before any input', () => {
    renderEmployee('weifang')
    const rates = screen.getByTestId('employee-rates')
    expect(within(rates).getByTestId('rates-contribution')).toHaveTextContent('单位 8%、个人 2%，合计 10%')
    expect(within(rates).getByTestId('rates-account')).toHaveTextContent('45岁以下 2.9%，45岁以上 3.9%')
    expect(within(rates).getByTestId('rates-retiree')).toHaveTextContent('不满70周岁 4.9%，70周岁及以上 5.9%')
    // It comes before the first input on the page.
    const first = screen.getByLabelText('月缴费基数', { selector: 'input' })
    expect(rates.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  test('exactly 45: the question, and each option with its credit, first option first', () => {
    renderEmployee('weifang')
    fillMonthly('6000', '45', '企业等用人单位', 1)
    // 6,000 × 2.9% = 174.00 (the first option leads); 6,000 × 3.9% = 234.00
    expect(screen.getByTestId('account-amount')).toHaveTextContent('¥174.00')
    expect(screen.getByTestId('account-amount').getAttribute('data-kind')).toBe('readings')
    const reading = screen.getByTestId('account-amount-reading')
    expect(reading).toHaveTextContent('在职职工正好45岁时，个人账户按2.9%划入，还是按3.9%划入？')
    expect(
      within(reading)
        .getAllByTestId('account-amount-option')
        .map((r) => r.textContent)
    ).toEqual(['按2.9%划入：¥174.00', '按3.9%划入：¥234.00'])
    // The caveat sits right after the figure.
    expect(screen.getByTestId('account-amount').nextElementSibling).toBe(screen.getByTestId('account-amount-caveat'))
    // The year: 12 × 174 = 2,088 or 12 × 234 = 2,808, with the same question.
    expect(screen.getByTestId('year-account')).toHaveTextContent('¥2,088.00或¥2,808.00')
    expect(screen.getByTestId('year-account-amount')).toHaveTextContent('¥2,088.00')
    expect(screen.getByTestId('year-account-amount-readings')).toHaveTextContent('正好45岁')
    expect(document.body.textContent).not.toMatch(/¥[\d,.]+–¥?[\d,.]+/)
  })

  test('a birth month moves the rate in the month of the birthday', () => {
    renderEmployee('weifang')
    fillMonthly('6000', '44', '机关事业单位、社会团体等', 5)
    type('出生年月', '1975年6月')
    const rows = screen.getAllByTestId('year-row')
    expect(rows[4]).toHaveTextContent('¥174.00')
    expect(rows[4]).not.toHaveTextContent('或')
    expect(rows[5]).toHaveTextContent('¥174.00或¥234.00')
    expect(screen.getByTestId('account-amount')).toHaveTextContent('¥174.00') // May: still 44
    expect(screen.queryByTestId('account-amount-readings')).toBeNull()
    chip('employee-month', '6月')
    expect(screen.getByTestId('account-amount')).toHaveTextContent('¥174.00')
    expect(screen.getAllByTestId('account-amount-option').map((r) => r.textContent)).toEqual(['按2.9%划入：¥174.00', '按3.9%划入：¥234.00'])
    type('出生年月', '1975-13')
    expect(screen.getByTestId('employee-birth-error')).toHaveTextContent('出生年月请按“年-月”填写')
  })
})

describe('each date tool names its group before its input; no rate claimed for flexible workers', () => {
  const typeField = (id: string, value: string) => fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } })

  test('the late-fee waiver is for 企业和机关事业单位, the deferral for 中小企业', () => {
    renderEmployee('weifang')
    const late = screen.getByTestId('tool-late-fee')
    const lateFor = within(late).getByTestId('tool-late-fee-for')
    expect(lateFor).toHaveTextContent('企业和机关事业单位')
    expect(
      lateFor.compareDocumentPosition(document.getElementById('tool-late-fee-paid') as HTMLElement) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy()
    expect(within(screen.getByTestId('tool-deferral')).getByTestId('tool-deferral-for')).toHaveTextContent('中小企业')
  })

  test('the 60-day transfer starts from any of the three events, and the tool names the chosen one', () => {
    renderEmployee('weifang')
    const tool = screen.getByTestId('tool-transfer')
    const forWhom = within(tool).getByTestId('tool-transfer-for')
    for (const w of ['中断职工医保关系', '自愿放弃职工医保待遇', '刑满释放']) expect(forWhom).toHaveTextContent(w)
    fireEvent.click(within(within(tool).getByTestId('tool-transfer-event')).getByText('刑满释放'))
    expect(within(tool).getByLabelText('刑满释放的日期', { selector: 'input' })).toBeInTheDocument()
    typeField('tool-transfer-break', '2020-03-01')
    expect(within(tool).getByTestId('tool-transfer-date')).toHaveAttribute('data-iso', '2020-04-29')
    expect(tool).toHaveTextContent('自刑满释放之日起60日内办理')
    expect(tool).toHaveTextContent('刑满释放当日不计入')
    expect(tool).not.toHaveTextContent('法律规定的最晚期限')
    expect(tool).not.toHaveTextContent('按法律规定')
  })

  test('the 8% + 2% is the employer-and-employee rate; flexible workers’ own rate is not given', () => {
    renderEmployee('weifang')
    expect(screen.getByTestId('employer-type')).not.toHaveTextContent('灵活就业')
    expect(screen.getByTestId('employer-type-flexible')).toHaveTextContent('灵活就业人员本人按什么比例缴费，访谈没有给出')
    expect(screen.getByTestId('rates-flexible')).toHaveTextContent('灵活就业人员本人的缴费比例文件未说明')
  })
})
