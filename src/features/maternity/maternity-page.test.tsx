// The 生育 estimator on its own page (pages/maternity, a subpackage): moved here from the tests of
// the 报销测算 tab, where it was a mode; what each test checks is unchanged.
import { screen, fireEvent, within } from '@testing-library/react'
import MaternityPage from '../../pages/maternity/index'
import { at } from '../../test-support/present'
import { renderPageFor } from '../../test-support/pages'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const renderFor = (region: 'weihai' | 'weifang') => renderPageFor(MaternityPage, region, POLICY_YEAR)

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))

describe('the maternity estimates', () => {
  test('Weifang childbirth quota, designated or not', () => {
    renderFor('weifang')
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
    choose('mat-sub', '居民住院分娩报销')
    choose('mat-designated', '是，市内定点医院')
    type('住院分娩的医疗费用', '500')
    expect(screen.getByTestId('childbirth-amount')).toHaveTextContent('¥800.00')
    expect(screen.getByTestId('childbirth-amount').nextElementSibling).toBe(screen.getByTestId('childbirth-amount-caveat'))
    const reading = screen.getByTestId('childbirth-amount-reading')
    expect(reading).toHaveTextContent('在市内定点医院生孩子、花费不到800元时，按800元结算，还是按实际花费结算？')
    expect(
      within(reading)
        .getAllByTestId('childbirth-amount-option')
        .map((r) => r.textContent)
    ).toEqual(['按定额800元结算：¥800.00', '按实际花费结算：¥500.00'])
    expect(document.body.textContent).not.toMatch(/¥[\d,.]+–¥?[\d,.]+/)
  })

  test('non-designated birth below the quota: the three readings on the page', () => {
    renderFor('weifang')
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
    choose('mat-sub', '职工生育医疗费')
    choose('mat-medical-spouse', '参保男职工的未就业配偶')
    type('实际发生的医疗费用', '1000')
    expect(screen.getByTestId('medical-amount')).toHaveTextContent('¥1,100.00')
    const readings = screen.getAllByTestId('medical-amount-reading')
    expect(readings.map((r) => r.getAttribute('data-reading'))).toEqual(['weifang.spouseGrant', 'weifang.spouseGrantBase'])
    expect(
      within(at(readings, 0))
        .getAllByTestId('medical-amount-option')
        .map((r) => r.textContent)
    ).toEqual(['按标准金额的50%：¥1,100.00', '实际花费的50%，以标准为限：¥500.00'])
    expect(
      within(at(readings, 1))
        .getAllByTestId('medical-amount-option')
        .map((r) => r.textContent)
    ).toEqual(['只算生育医疗费2200元：¥1,100.00', '加上产前检查费800元：¥1,500.00'])
  })

  test('Weihai publishes no 生育医疗费 limits and says so', () => {
    renderFor('weihai')
    choose('mat-sub', '职工生育医疗费')
    expect(screen.getByTestId('medical-unpublished')).toBeInTheDocument()
  })

  test("Weihai, not in maternity insurance: the employer pays the pre-leave wage; money only on the user's own day basis", () => {
    renderFor('weihai')
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
    choose('mat-sub', '居民住院分娩报销')
    expect(screen.getByTestId('childbirth-unpublished')).toHaveTextContent('文登区报道未涉及')
  })

  test('婴儿72小时内死亡 is its own question, away from 剖宫产 and 难产', () => {
    renderFor('weifang')
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
