import { render, screen, fireEvent, within } from '@testing-library/react'
import { OutpatientAssistanceCard } from './outpatient-assistance'
import { normalizeDate } from '../../components/date-tool'
import { PolicyProvider } from '../../components/page-shell/policy'
import { getPack } from '../../policy/registry'

const Card = ({ region }: { region: 'weihai' | 'weifang' }) => (
  <PolicyProvider value={getPack(region, 2020)}>
    <OutpatientAssistanceCard />
  </PolicyProvider>
)

const typeIn = (container: HTMLElement, id: string, value: string) =>
  fireEvent.change(container.querySelector(`[data-field=${id}] input`) as HTMLInputElement, { target: { value } })

test('威海: 70% of the chronic outpatient self-pay up to 20,000; above it the text is silent, so "至少"', () => {
  const { container } = render(<Card region='weihai' />)
  typeIn(container, 'oa-self-pay', '2.5万')
  expect(screen.getByTestId('oa-amount').textContent).toBe('至少 ¥14,000.00') // 20,000 × 70%
  // The reason sits right under the figure; the open part can only add to the assistance.
  expect(screen.getByTestId('oa-amount-more').textContent).toBe('实际可能更多，因为：门诊个人自付超过2万元部分的救助（文件未说明）。')
  expect(screen.queryByTestId('oa-amount-less')).toBeNull()
  expect(screen.getByTestId('oa-note').textContent).toContain('超出的5000.00元是否救助、按什么比例，原文没有说明')
  expect(container.textContent).not.toContain('不计入')
  typeIn(container, 'oa-self-pay', '2万')
  expect(screen.getByTestId('oa-amount').textContent).toBe('¥14,000.00') // exact at 20,000 (含)
  expect(screen.queryByTestId('oa-amount-caveat')).toBeNull()
})

test('威海: a bill already in the year ledger has this assistance counted there, once', () => {
  render(<Card region='weihai' />)
  const once = screen.getByTestId('oa-counted-once').textContent
  expect(once).toContain('本年度的住院')
  expect(once).toContain('特殊门诊慢性病')
  expect(once).toContain('同一笔费用只算一次')
})

test('潍坊: 20% for 安丘 key group only', () => {
  const { container } = render(<Card region='weifang' />)
  typeIn(container, 'oa-self-pay', '1234.56')
  expect(screen.queryByTestId('oa-amount')).toBeNull()
  expect(screen.getByTestId('oa-note').textContent).toContain('请在“参保地”中选择安丘市')
  fireEvent.click(within(screen.getByTestId('oa-county')).getByText('安丘市'))
  expect(screen.getByTestId('oa-amount').textContent).toBe('¥246.91') // 1,234.56 × 20% = 246.912
  expect(screen.queryByTestId('oa-amount-caveat')).toBeNull() // no limit in the text: exact
  expect(screen.queryByTestId('oa-counted-once')).toBeNull() // 安丘's drug rule is not in the year ledger
  fireEvent.click(within(screen.getByTestId('oa-county')).getByText('其他县市区'))
  expect(screen.getByTestId('oa-note').textContent).toContain('本地政策未收录（以下为安丘市规定）')
})

test('dates typed as people write them', () => {
  expect(normalizeDate('2020/3/2')).toBe('2020-03-02')
  expect(normalizeDate('2020年3月2日')).toBe('2020-03-02')
  expect(normalizeDate(' 2020.12.31 ')).toBe('2020-12-31')
  expect(normalizeDate('3月2日')).toBe('3月2日')
})
