// Only the page shell looks packs up; the views compute on the pack it hands them. A clearly
// fictional pack given straight to the views, never registered, proves it: a view that asked the
// registry by region and year instead would find no such year. And a ledger of dated stays is
// compared tier against tier with its own year's fees, not the page's newest year's.
import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PolicyProvider } from '../../src/components/page-shell/policy'
import { ResidentView } from '../../src/pages/contribution/resident'
import EstimatePage from '../../src/pages/estimate/index'
import { overrideToday } from '../../src/services/clock'
import { registerPack, yearsOf } from '../../src/policy/registry'
import { buildFictionalWeihai, FICTIONAL_YEAR } from '../fixtures/fictional-weihai-2099'
import { buildFictionalWeihai2021 } from '../fixtures/fictional-weihai-2021'
import { seedRegion } from '../fixtures/stored'

afterEach(() => overrideToday(null))

test('the contribution view computes on the pack it is given, not on one looked up by its year', () => {
  const pack = buildFictionalWeihai()
  expect(yearsOf('weihai')).not.toContain(FICTIONAL_YEAR)
  overrideToday(() => '2099-03-15')
  seedRegion('weihai')
  render(
    <PolicyProvider value={pack}>
      <ResidentView />
    </PolicyProvider>
  )
  // The fictional 一档 fee (999) for each standard line and the family; 二档 carried at 650.
  const rows = screen.getAllByTestId('standard')
  expect(rows[0]).toHaveTextContent('¥999.00')
  expect(rows[1]).toHaveTextContent('¥650.00')
  fireEvent.click(within(screen.getByTestId('household-category')).getByText('成年居民'))
  fireEvent.click(within(screen.getByTestId('household-tier')).getByText('一档'))
  fireEvent.click(screen.getByTestId('household-add'))
  expect(screen.getByTestId('household-total')).toHaveTextContent('¥999.00')
  expect(screen.getByTestId('period')).toHaveTextContent(`${FICTIONAL_YEAR}年度集中缴费期`)
})

describe('a 2020 ledger on a page whose newest year is later', () => {
  let unregister = () => {}
  beforeAll(() => {
    // The fictional-year run has registered it already.
    if (!yearsOf('weihai').includes(2021)) unregister = registerPack(buildFictionalWeihai2021())
  })
  afterAll(() => unregister())
  afterEach(() => {
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: {} })
  })

  test('its 一档/二档 line gives 2020’s fee difference (200), not the newest year’s (170)', () => {
    seedRegion('weihai')
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: {} })
    const { container } = render(<EstimatePage />)
    expect(screen.getByTestId('policy-year')).toHaveTextContent('2021年度政策')
    fireEvent.click(within(screen.getByTestId('est-tier')).getByText('一档'))
    const field = (id: string) => container.querySelector(`[data-field=${id}] input`) as HTMLInputElement
    const addStay = (date: string, total: string) => {
      fireEvent.click(screen.getByTestId('ledger-add'))
      fireEvent.change(field('ledger-date'), { target: { value: date } })
      fireEvent.click(within(screen.getByTestId('ledger-level')).getByText('三级医院'))
      fireEvent.change(field('ledger-total'), { target: { value: total } })
      fireEvent.change(field('ledger-compliant'), { target: { value: total } })
      fireEvent.change(field('ledger-deductible'), { target: { value: '1000' } })
      fireEvent.click(screen.getByTestId('ledger-save'))
    }
    addStay('2020-03-02', '100000')
    addStay('2020-07-15', '30000')
    // 2020: 二档 650 − 一档 450 = 200; the fictional 2021 would give 650 − 480 = 170.
    expect(screen.getByTestId('ledger-tiers').textContent).toContain('二档每位成年人每年多交200元')
  })
})

test('the stay date example names the year the page computes for, not a fixed 2020', () => {
  seedRegion('weihai')
  const unregister = registerPack(buildFictionalWeihai())
  try {
    render(<EstimatePage />)
    fireEvent.click(screen.getByTestId('ledger-add'))
    expect(screen.getByTestId('ledger-form')).toHaveTextContent(`例如 ${FICTIONAL_YEAR}-03-02 或 ${FICTIONAL_YEAR}.3.2`)
  } finally {
    unregister()
  }
})
