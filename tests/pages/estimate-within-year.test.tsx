// 这次住院 within the year (issue 21): "今年之前住过院吗？" on the estimator; the earlier stays are the
// year ledger's; the headline and the sticky bar are this stay's share within the year (engine
// estimateYear, as the ledger computes it), the year's total beside it, and why it differs from a
// first stay. 王阿姨: Weihai poverty household, 一档, an earlier 2万 stay at a 三级 hospital, now a 5万
// stay, no deductible typed: ¥3,598.00 within the year (¥4,900.00 as a first stay), year ¥5,558.00.
import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import EstimatePage from '../../src/pages/estimate/index'
import { estimateInpatient, estimateYear } from '../../src/engine'
import { DEFAULT_FORMS, sanitizeForm, decodeShare, encodeShare } from '../../src/features/share'
import { figureText } from '../../src/components/range-figure'
import { EMPTY_LEDGER, loadLedger, newEntry, saveLedger } from '../../src/features/year'
import { seedRegion } from '../fixtures/stored'
import { at } from '../../src/test-support/present'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const field = (container: HTMLElement, id: string) => container.querySelector(`[data-field=${id}] input`) as HTMLInputElement
const typeIn = (container: HTMLElement, id: string, value: string) => fireEvent.change(field(container, id), { target: { value } })

function open() {
  seedRegion('weihai')
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: {} })
  return render(<EstimatePage year={POLICY_YEAR} />)
}

function addStay(container: HTMLElement, total: string) {
  fireEvent.click(screen.getByTestId('ledger-add'))
  choose('ledger-level', '三级医院')
  typeIn(container, 'ledger-total', total)
  typeIn(container, 'ledger-compliant', total)
  fireEvent.click(screen.getByTestId('ledger-save'))
}

function fiveWan() {
  choose('est-level', '三级医院')
  type('住院总费用', '5万')
  type('其中政策范围内费用（不清楚可不填）', '50000')
}

const household = {
  region: 'weihai' as const,
  year: POLICY_YEAR,
  tier: 1 as const,
  povertyHousehold: true,
  assistanceGroup: 'none' as const
}

describe('this stay within the year: 王阿姨', () => {
  test('the engine: ¥4,900.00 as a first stay, ¥3,598.00 after the 2万 stay, the year ¥5,558.00', () => {
    const first = estimateInpatient({ ...household, totalCost: '50000', compliantCost: '50000', hospitalLevel: 3, setting: 'local' })
    expect([first.outOfPocket, first.range]).toEqual(['4900.00', { low: '4900.00', high: '4900.00' }])
    const y = estimateYear({
      ...household,
      entries: [
        { totalCost: '20000', compliantCost: '20000', hospitalLevel: 3 },
        { totalCost: '50000', compliantCost: '50000', hospitalLevel: 3 }
      ]
    })
    expect([at(y.stays, 1).outOfPocket, at(y.stays, 1).range]).toEqual(['3598.00', { low: '3598.00', high: '3598.00' }])
    expect(y.year.outOfPocket).toBe('5558.00')
  })

  test('"住过" with the earlier 2万 stay in the ledger: one answer in the headline, the sticky bar and the ledger', () => {
    const { container } = open()
    choose('est-tier', '一档')
    choose('est-poverty', '是')
    addStay(container, '20000')
    fiveWan()
    // Not answered yet: computed as the first stay, and the question says why it matters.
    expect(screen.getByTestId('patient-share').textContent).toBe('¥4,900.00')
    expect(screen.getByText(/住过的请选“住过”/)).toBeVisible()
    choose('est-earlier', '住过')
    expect(screen.getByTestId('patient-share').textContent).toBe('¥3,598.00')
    expect(screen.getByTestId('sticky-figure').textContent).toBe('¥3,598.00')
    expect(screen.getByTestId('patient-share-label').textContent).toBe('这次住院预计个人负担（今年第2次，按全年累计）')
    expect(screen.getByTestId('within-year-total').textContent).toBe('全年个人负担合计 ¥5,558.00（之前的1次住院连同这次，共2条记录）')
    const why = screen.getByTestId('within-year-why').textContent
    expect(why).toContain('与按今年第一次住院算的 ¥4,900.00 不同')
    expect(why).toContain('再救助按今年第一次住院算 ¥0.00，连同之前的住院算 ¥1,302.00')
    expect(screen.getByText(/测算按本年度的住院记录全年累计计算/)).toBeVisible()
    // The layers are the stay's within the year.
    const reassistance = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'reassistance') as HTMLElement
    expect(within(reassistance).getByTestId('layer-amount').textContent).toBe('¥1,302.00')

    // Recorded into the ledger: the ledger's second stay is the same figure, and the estimator knows it is that entry.
    fireEvent.click(screen.getByTestId('within-year-record'))
    const entries = screen.getAllByTestId('ledger-entry')
    expect(entries).toHaveLength(2)
    expect(within(at(entries, 1)).getByTestId('ledger-entry-share').textContent).toBe('个人负担 ¥3,598.00')
    expect(screen.getByTestId('patient-share').textContent).toBe('¥3,598.00')
    expect(screen.getByTestId('sticky-figure').textContent).toBe('¥3,598.00')
    expect(screen.getByTestId('within-year-in-ledger').textContent).toContain('第2条')
    expect(screen.getByTestId('ledger-year-share').textContent).toBe('¥5,558.00')
    expect(loadLedger('weihai').ledger.entries.map((e) => e.total)).toEqual(['20000', '5万'])
  })

  test("not answered, but the ledger already holds both stays (as in the issue): the estimator gives the ledger's answer", () => {
    saveLedger('weihai', {
      ...EMPTY_LEDGER,
      entries: [
        { ...newEntry(), level: '3', total: '20000', compliant: '20000' },
        { ...newEntry(), level: '3', total: '50000', compliant: '50000' }
      ]
    })
    open()
    choose('est-tier', '一档')
    choose('est-poverty', '是')
    fiveWan()
    expect(screen.getByTestId('patient-share').textContent).toBe('¥3,598.00')
    expect(screen.getByTestId('sticky-figure').textContent).toBe('¥3,598.00')
    expect(within(at(screen.getAllByTestId('ledger-entry'), 1)).getByTestId('ledger-entry-share').textContent).toBe('个人负担 ¥3,598.00')
    // "没有" is the user's word: the first stay of the year, said so.
    choose('est-earlier', '没有，这是今年第一次')
    expect(screen.getByTestId('patient-share').textContent).toBe('¥4,900.00')
    expect(screen.getByText(/测算按本次住院为本年度第一次住院计算/)).toBeVisible()
    // …and where the ledger says otherwise, the page says so instead of leaving two answers unexplained.
    expect(screen.getByTestId('within-year-conflict').textContent).toContain('这次住院是第2条')
  })

  test('"住过" with nothing in the ledger yet says where to add the earlier stays; the slip totals so far count', () => {
    open()
    choose('est-tier', '一档')
    choose('est-poverty', '是')
    choose('est-earlier', '住过')
    fiveWan()
    expect(screen.getByTestId('within-year-empty').textContent).toContain('请在那里添加之前的每次住院')
    expect(screen.getByTestId('patient-share').textContent).toBe('¥4,900.00')
    // Only the slip totals of the earlier stay: 2万 compliant, as its slip shows what each layer paid.
    const earlier = at(estimateYear({ ...household, entries: [{ totalCost: '20000', compliantCost: '20000', hospitalLevel: 3 }] }).stays, 0)
    const paid = (id: string) => earlier.layers.find((l) => l.id === id)?.range.low as string
    fireEvent.click(screen.getByTestId('ledger-prior'))
    type('此前政策范围内费用合计', '20000')
    for (const [label, id] of [
      ['此前统筹基金支付合计', 'basic'],
      ['此前大病保险支付合计', 'critical'],
      ['此前医疗救助合计', 'assistance'],
      ['此前医疗商业补充保险合计', 'commercial'],
      ['此前再救助合计', 'reassistance']
    ] as const) {
      if (paid(id) !== null && paid(id) !== undefined) type(label, paid(id))
    }
    const y = estimateYear({
      ...household,
      entries: [{ totalCost: '50000', compliantCost: '50000', hospitalLevel: 3, setting: 'local' }],
      prior: {
        compliantCost: '20000',
        basicPaid: paid('basic') ?? undefined,
        criticalPaid: paid('critical') ?? undefined,
        assistancePaid: paid('assistance') ?? undefined,
        commercialPaid: paid('commercial') ?? undefined,
        reassistancePaid: paid('reassistance') ?? undefined
      }
    })
    expect(screen.getByTestId('patient-share-label').textContent).toContain('按全年累计')
    expect(screen.getByTestId('within-year-total').textContent).toContain('此前已报销的结算单合计连同这次')
    expect(screen.getByTestId('sticky-figure').textContent).toBe(screen.getByTestId('patient-share').textContent)
    expect(screen.getByTestId('patient-share').textContent).toBe(figureText(at(y.stays, 0).outOfPocket, at(y.stays, 0).range))
  })

  test('saved and shared estimates from before the question still open (as not answered), and the answer travels', () => {
    const older = { ...DEFAULT_FORMS.inpatient, tier: '1', level: '3', total: '50000' } as Record<string, unknown>
    delete older.earlier
    expect(sanitizeForm('inpatient', older)?.earlier).toBe('')
    const oldCode = encodeShare('weihai', 'inpatient', { ...DEFAULT_FORMS.inpatient, tier: '1', total: '50000' }, 2020)
    expect(oldCode).not.toMatch(/_e\d/)
    const back = decodeShare(oldCode)
    expect(back.ok && back.shared.mode === 'inpatient' && back.shared.form.earlier).toBe('')
    const code = encodeShare('weihai', 'inpatient', { ...DEFAULT_FORMS.inpatient, tier: '1', total: '50000', earlier: 'yes' }, 2020)
    const d = decodeShare(code)
    expect(d.ok && d.shared.mode === 'inpatient' && d.shared.form.earlier).toBe('yes')
  })

  test('the tier comparison leads with what she pays: the same either way (基本医保 more, the later layers less), as a first stay and within the year', () => {
    const { container } = open()
    choose('est-tier', '一档')
    choose('est-poverty', '是')
    fiveWan()
    type('就诊医院的起付标准（不清楚可不填）', '1000')
    expect(screen.getByTestId('tier-own').textContent).toBe('如果改交二档：这次住院您自己付的钱一样，都是 ¥4,900.00。')
    expect(screen.getByTestId('tier-summary').textContent).toContain('基本医保多报 ¥3,950.00')
    expect(screen.getByTestId('tier-summary').textContent).toContain('所以您自己付的不变')
    // The own-cost line comes first in the comparison.
    const comparison = screen.getByTestId('tier-comparison')
    expect(comparison.textContent?.indexOf('您自己付的钱一样')).toBeLessThan(comparison.textContent?.indexOf('基本医保多报') ?? 0)
    addStay(container, '20000')
    choose('est-earlier', '住过')
    expect(screen.getByTestId('patient-share').textContent).toBe('¥3,598.00')
    expect(screen.getByTestId('tier-own').textContent).toBe('如果改交二档：这次住院您自己付的钱一样，都是 ¥3,598.00。')
    expect(
      within(screen.getByTestId('tier-out-of-pocket'))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['¥3,598.00', '¥3,598.00'])
  })

  test('an ordinary resident: what she pays under each tier, as far as the sources allow', () => {
    open()
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    type('住院总费用', '100000')
    type('其中政策范围内费用（不清楚可不填）', '100000')
    type('就诊医院的起付标准（不清楚可不填）', '1000')
    // 大病 is unpublished for her: each tier's share is "at most" (engine: 50,500.00 and 36,550.00).
    const base = {
      region: 'weihai' as const,
      year: POLICY_YEAR,
      hospitalLevel: 3 as const,
      totalCost: '100000',
      compliantCost: '100000',
      deductible: '1000',
      setting: 'local' as const
    }
    const [one, two] = [estimateInpatient({ ...base, tier: 1 }), estimateInpatient({ ...base, tier: 2 })]
    expect([one.range, two.range]).toEqual([
      { low: null, high: '50500.00' },
      { low: null, high: '36550.00' }
    ])
    const text = '这次住院您自己付的，一档最多 ¥50,500.00，二档最多 ¥36,550.00（还取决于未填写或未公布的数字，见下表）。'
    expect(screen.getByTestId('tier-own').textContent).toBe(`如果改交二档：${text}`)
    choose('est-tier', '二档')
    expect(screen.getByTestId('tier-own').textContent).toBe(`如果只交一档：${text}`)
  })
})

describe("the ledger's 添加一次住院 form uses the main form's pieces", () => {
  test('errors at the field and nothing saved while incomplete; 2020.3.2 reads as a date; 不清楚就先按总费用估算; no moving a lone entry; one share', () => {
    const { container } = open()
    choose('est-tier', '一档')
    fireEvent.click(screen.getByTestId('ledger-add'))
    // Help as on the main form.
    expect(container.querySelector('[data-field=ledger-total]')?.textContent).toContain('出院结算单或费用清单上的“总费用”')
    expect(container.querySelector('[data-field=ledger-deductible]')?.textContent).toContain('不知道的话可以先不填')
    typeIn(container, 'ledger-date', '2020.3.2')
    typeIn(container, 'ledger-compliant', '3万')
    fireEvent.click(screen.getByTestId('ledger-save'))
    expect(screen.getByTestId('ledger-form')).toBeVisible()
    expect(container.querySelector('[data-field=ledger-total]')?.textContent).toContain('请填写住院总费用')
    expect(screen.getByTestId('ledger-form-errors').textContent).toContain('请先改正上面标出的内容')
    expect(screen.queryAllByTestId('ledger-entry')).toHaveLength(0)
    typeIn(container, 'ledger-date', '2020.2.30')
    expect(container.querySelector('[data-field=ledger-date]')?.textContent).toContain('2020年2月没有30日')
    typeIn(container, 'ledger-date', '2020.3.2')
    typeIn(container, 'ledger-total', '4万')
    fireEvent.click(screen.getByTestId('ledger-assume-total'))
    expect(field(container, 'ledger-compliant').value).toBe('')
    expect(screen.getByTestId('ledger-assumed-notice').textContent).toContain('按总费用估算')
    fireEvent.click(screen.getByTestId('ledger-save'))
    expect(screen.getAllByTestId('ledger-entry')).toHaveLength(1)
    expect(at(loadLedger('weihai').ledger.entries, 0).date).toBe('2020-03-02')
    expect(screen.queryByLabelText('上移')).toBeNull()
    expect(screen.queryByLabelText('下移')).toBeNull()
    addStay(container, '20000')
    expect(screen.getAllByLabelText('上移')).toHaveLength(2)
    // One share for the page (it carries the ledger).
    expect(
      screen.getAllByText(/分享/, { selector: '[data-testid=copy-share-link], [data-testid=share-button], [data-testid=ledger-share]' })
    ).toHaveLength(1)
    expect(screen.getByTestId('ledger-share-note').textContent).toContain('一并分享')
  })
})
