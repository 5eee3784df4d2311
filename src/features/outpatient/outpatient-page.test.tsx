// The 门诊 estimator on its own page (pages/outpatient, a subpackage): moved here from the tests of
// the 报销测算 tab, where it was a mode; what each test checks is unchanged.
import { screen, fireEvent, within } from '@testing-library/react'
import OutpatientPage from '../../pages/outpatient/index'
import { renderPageFor } from '../../test-support/pages'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const renderFor = (region: 'weihai' | 'weifang') => renderPageFor(OutpatientPage, region, POLICY_YEAR)

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))

describe('the outpatient estimates', () => {
  test('Weifang general outpatient: 50% within the yearly cap, minus what was used', () => {
    renderFor('weifang')
    type('普通门诊费用', '600')
    type('今年已报销的普通门诊金额（没有可不填）', '200')
    expect(screen.getByTestId('outpatient-amount')).toHaveTextContent('¥250.00')
    expect(screen.getByTestId('outpatient-remaining')).toHaveTextContent('¥0.00')
    expect(screen.getByTestId('chronic-rules')).toHaveTextContent('城乡居民慢性病病种：46种')
    expect(document.querySelector('[data-phone="0536-4253522"]')).toBeTruthy()
  })

  test('Weihai outpatient: chronic rules as text with the figures, ordinary chronic asks for the deductible', () => {
    renderFor('weihai')
    expect(screen.getByTestId('general-unpublished')).toBeInTheDocument()
    const rules = screen.getByTestId('chronic-rules')
    expect(rules).toHaveTextContent('报销60%，一档每人每年最多报销500元，二档最多1000元')
    expect(rules).toHaveTextContent('起付标准每人每年300元')
    // The sources of all the lines are folded behind one button, the same 查看来源 as everywhere else.
    expect(rules).not.toHaveTextContent('来源：')
    expect(rules).not.toHaveTextContent('原文')
    expect(within(rules).getAllByTestId('source-toggle')).toHaveLength(1)
    fireEvent.click(within(rules).getByText('查看来源 ▼'))
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
})
