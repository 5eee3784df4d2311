// 本年度的住院 on 报销测算: a Weihai poverty household adds two stays and sees the year; the ledger
// is kept on the device (versioned store), survives a new render, travels in a share code, and the
// privacy page lists it.
import { render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import EstimatePage from '../../src/pages/estimate/index'
import { EMPTY_LEDGER, ledgerInput, loadLedger, newEntry, YEAR_LEDGER_STORE_KEY, decodeLedger, encodeLedger } from '../../src/features/year'
import { estimateYear } from '../../src/engine'
import { figureText } from '../../src/components/range-figure'
import type { Ledger } from '../../src/features/year'
import { STORED_ITEMS, storageKey } from '../../src/pages/privacy/stored-items'
import { memoryStorage } from '../mocks/taro'
import { envelope, seed } from '../fixtures/stored'
import { seal } from '../../src/features/share'
import { at } from '../../src/test-support/present'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))
const field = (container: HTMLElement, id: string) => container.querySelector(`[data-field=${id}] input`) as HTMLInputElement
const typeIn = (container: HTMLElement, id: string, value: string) => fireEvent.change(field(container, id), { target: { value } })

function open(params: Record<string, string> = {}, region = 'weihai') {
  seed('region', region)
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params })
  return render(<EstimatePage year={POLICY_YEAR} />)
}

afterEach(() => {
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: {} })
})

function addStay(container: HTMLElement, s: { date: string; level: string; total: string; compliant: string; deductible: string }) {
  fireEvent.click(screen.getByTestId('ledger-add'))
  typeIn(container, 'ledger-date', s.date)
  choose('ledger-level', s.level)
  typeIn(container, 'ledger-total', s.total)
  typeIn(container, 'ledger-compliant', s.compliant)
  typeIn(container, 'ledger-deductible', s.deductible)
  fireEvent.click(screen.getByTestId('ledger-save'))
}

describe('本年度的住院', () => {
  test('two stays of a Weihai poverty household: the year total, its readings, and the second stay without a new 大病 deductible (first reading)', () => {
    const { container, unmount } = open()
    choose('est-tier', '一档')
    choose('est-poverty', '是')
    // Stay 1: T 120,000, C 100,000, level 3, d 1,000 → 26,240 out of pocket (six-layer worked example).
    addStay(container, { date: '2020-03-02', level: '三级医院', total: '12万', compliant: '100000', deductible: '1000' })
    expect(screen.getByTestId('ledger-year-share').textContent).toBe('¥26,240.00')
    // Stay 2: T 30,000, C 25,000, level 2, d 600 → 5,326.34 (medical-year.test.ts); year 31,566.34.
    addStay(container, { date: '2020-07-15', level: '二级医院', total: '30000', compliant: '25000', deductible: '600' })
    const left = screen.getAllByTestId('ledger-critical-left').map((e) => e.textContent)
    expect(left).toEqual(['本次之前大病保险起付标准还剩 ¥5,000.00', '本次之前大病保险起付标准还剩 ¥0.00'])
    // The second stay depends on three readings the year leaves open (大病 5,000 and 救助 2万 per stay or
    // per year, 减免 200 per stay or per year): its figure is the first reading's, and says so.
    expect(screen.getAllByTestId('ledger-entry-share').map((e) => e.textContent)).toEqual([
      '个人负担 ¥26,240.00',
      '个人负担 ¥5,326.34（按第一种理解，另一种理解下不同）'
    ])
    expect(screen.getByTestId('ledger-year-share').textContent).toBe('¥31,566.34')
    // Each reading with its question and one figure per option, first option first.
    const readings = screen.getAllByTestId('ledger-year-share-reading')
    const waiver = readings.find((r) => r.getAttribute('data-reading') === 'weihai.waiverPeriod') as HTMLElement
    expect(waiver.textContent).toContain('医院减免的“每人最多200元”，是一年最多200元，还是每次住院最多200元？')
    expect(
      within(waiver)
        .getAllByTestId('ledger-year-share-option')
        .map((o) => o.textContent)
    ).toEqual(['每年最多200元：¥31,566.34', '每次住院最多200元：¥31,366.34'])
    const assistance = readings.find((r) => r.getAttribute('data-reading') === 'weihai.assistancePeriod') as HTMLElement
    expect(
      within(assistance)
        .getAllByTestId('ledger-year-share-option')
        .map((o) => o.textContent)
    ).toEqual(['按全年累计计算：¥31,566.34', '按每次住院分别计算：¥31,975.00'])
    expect(screen.getByTestId('ledger-year-note')).toHaveTextContent('医疗年度按自然年')
    expect(screen.getByTestId('ledger-tiers').textContent).toContain('二档每位成年人每年多交200元')

    // Kept on the device: a new render reads it back.
    expect(loadLedger('weihai').ledger.entries).toHaveLength(2)
    unmount()
    open()
    choose('est-tier', '一档')
    choose('est-poverty', '是')
    expect(screen.getByTestId('ledger-year-share').textContent).toBe('¥31,566.34')
  })

  test('an entry with only the total: the answer comes at once, "至少", with the field offered on the entry', () => {
    const { container } = open()
    choose('est-tier', '一档')
    choose('est-poverty', '是')
    addStay(container, { date: '2020-04-01', level: '三级医院', total: '30000', compliant: '', deductible: '1000' })
    expect(screen.queryByTestId('ledger-status')).toBeNull()
    // 9.8% of a compliant part of at most 30,000: at least 2,940.
    expect(screen.getByTestId('ledger-entry-share').textContent).toBe('个人负担 至少 ¥2,940.00')
    expect(screen.getByTestId('ledger-entry-share-more')).toHaveTextContent('政策范围内费用（未填写，按总费用估算）')
    fireEvent.click(screen.getByTestId('ledger-entry-share-offer-compliantCost'))
    expect(screen.getByTestId('ledger-form')).toBeInTheDocument()
    typeIn(container, 'ledger-compliant', '30000')
    fireEvent.click(screen.getByTestId('ledger-save'))
    expect(screen.getByTestId('ledger-entry-share').textContent).toBe('个人负担 ¥2,940.00')
  })

  test('reorder and remove', () => {
    const { container } = open()
    choose('est-tier', '一档')
    addStay(container, { date: '2020-05-01', level: '一级医院', total: '1000', compliant: '1000', deductible: '0' })
    addStay(container, { date: '2020-03-01', level: '一级医院', total: '2000', compliant: '2000', deductible: '0' })
    // The year is computed in the order of the dates (POLICY-READING §9), and says so while the list differs.
    expect(screen.getByTestId('ledger-year').textContent).toContain('已按日期先后计算各条记录')
    fireEvent.click(at(screen.getAllByLabelText('上移'), 1))
    expect(at(screen.getAllByTestId('ledger-entry'), 0).textContent).toContain('2020-03-01')
    expect(screen.getByTestId('ledger-year').textContent).not.toContain('已按日期先后计算各条记录')
    fireEvent.click(at(screen.getAllByTestId('ledger-remove'), 0))
    fireEvent.click(at(screen.getAllByTestId('ledger-remove'), 0)) // confirm
    expect(screen.getAllByTestId('ledger-entry')).toHaveLength(1)
  })

  test('a share code opens the same year without overwriting this device until asked', () => {
    const ledger: Ledger = {
      ...EMPTY_LEDGER,
      entries: [
        {
          ...newEntry(),
          date: '2020-03-02',
          label: '不分享的医院名',
          level: '3',
          total: '120000',
          compliant: '100000',
          deductible: '1000'
        },
        { ...newEntry(), level: '2', total: '30000', compliant: '25000', deductible: '600' }
      ]
    }
    const code = encodeLedger('weihai', { tier: '1', poverty: true, assistance: 'none' }, ledger)
    expect(code).toMatch(/^[0-9A-Za-z._~-]+$/)
    const decoded = decodeLedger(code)
    expect(decoded.ok && decoded.ledger.entries.map((e) => [e.date, e.label, e.total])).toEqual([
      ['2020-03-02', '', '120000'],
      ['', '', '30000']
    ])
    expect(decodeLedger(code.replace('T120000', 'T130000')).ok).toBe(false)

    open({ y: code })
    expect(screen.getByTestId('ledger-year-share').textContent).toBe('¥31,566.34')
    expect(memoryStorage.get(YEAR_LEDGER_STORE_KEY)).toBeUndefined()
    fireEvent.click(screen.getByTestId('ledger-keep'))
    expect(loadLedger('weihai').ledger.entries).toHaveLength(2)
  })

  test('a share code for the other city switches to it first, then opens the year', () => {
    const ledger: Ledger = {
      ...EMPTY_LEDGER,
      entries: [{ ...newEntry(), level: '3', total: '120000', compliant: '100000', deductible: '1000' }]
    }
    open({ y: encodeLedger('weihai', { tier: '1', poverty: true, assistance: 'none' }, ledger) }, 'weifang')
    expect(screen.getByTestId('ledger-year-share').textContent).toBe('¥26,240.00')
    expect(screen.getByTestId('ledger-shared').textContent).toContain('已打开分享的本年度住院记录')
  })

  test('a broken share code says so and leaves the device ledger alone', () => {
    open({ y: 'nonsense~0000000' })
    expect(screen.getByTestId('ledger-shared').textContent).toContain('不完整或已被改动')
    expect(screen.getByTestId('ledger-empty')).toBeVisible()
  })

  test('corrupt stored data degrades to an empty ledger with a notice', () => {
    memoryStorage.set(YEAR_LEDGER_STORE_KEY, envelope({ weihai: { entries: 'x' } }))
    const r = loadLedger('weihai')
    expect(r.ledger.entries).toEqual([])
    expect(r.notice).toContain('本年度的住院')
  })

  test('the privacy page lists the ledger (and clearing all app data removes it)', () => {
    expect(STORED_ITEMS.some((i) => storageKey(i.name) === YEAR_LEDGER_STORE_KEY)).toBe(true)
  })
})

describe('a shared ratio arrives exactly (no float on the way)', () => {
  const household = { tier: '1' as const, poverty: false, assistance: 'none' as const }
  const ledger: Ledger = {
    ...EMPTY_LEDGER,
    entries: [{ ...newEntry(), level: '3', total: '100000', compliant: '100000', deductible: '1000', ratio: '62.5678' }]
  }
  // The code as the encoder before this fix wrote it (the same layout: the rate as the engine's
  // string), sealed as every code is; a literal old code is checked beside it (features/year tests).
  const sealed = seal
  const figure = (l: Ledger) => {
    const input = ledgerInput('weifang', household, l, 2020)
    if (!input.ok) throw new Error(input.message)
    return [at(input.input.entries, 0).basicRatio, estimateYear(input.input).year.outOfPocket]
  }

  test("62.5678% comes back as 62.5678% and the receiver computes the sender's figures", () => {
    const decoded = decodeLedger(encodeLedger('weifang', household, ledger))
    if (!decoded.ok) throw new Error(decoded.reason)
    expect(at(decoded.ledger.entries, 0).ratio).toBe('62.5678')
    expect(figure(decoded.ledger)).toEqual(figure(ledger))
    expect(figure(ledger)[0]).toBe('0.625678')
    // What the float round trip gave (62.57%) is another figure: the check can tell them apart.
    const rounded = { ...ledger, entries: [{ ...at(ledger.entries, 0), ratio: '62.57' }] }
    expect(figure(rounded)[1]).not.toBe(figure(ledger)[1])
  })

  test('a code made by the old encoder opens, with the exact ratio', () => {
    const old = sealed('1_wf_t1_p0_a0_n0-k0_S0_b0_L3_T100000_C100000_d1000_r0.625678')
    const decoded = decodeLedger(old)
    if (!decoded.ok) throw new Error(decoded.reason)
    expect(at(decoded.ledger.entries, 0).ratio).toBe('62.5678')
    expect(figure(decoded.ledger)).toEqual(figure(ledger))
    for (const [rate, percent] of [
      ['0.7', '70'],
      ['1', '100'],
      ['0', '0'],
      ['0.005', '0.5'],
      ['0.125', '12.5']
    ]) {
      const d = decodeLedger(sealed(`1_wf_t1_p0_a0_n0-k0_S0_b0_L3_T100000_r${rate}`))
      expect(d.ok && at(d.ledger.entries, 0).ratio).toBe(percent)
    }
    // Not a rate: refused as a whole, not half-read.
    for (const rate of ['1.5', '0.1234567', '1.2.3'])
      expect(decodeLedger(sealed(`1_wf_t1_p0_a0_n0-k0_S0_b0_L3_T100000_r${rate}`)).ok).toBe(false)
  })

  test("the page opening the shared Weifang ledger shows the sender's year figure", () => {
    open({ y: encodeLedger('weifang', household, ledger) }, 'weifang')
    const input = ledgerInput('weifang', household, ledger, 2020)
    if (!input.ok) throw new Error(input.message)
    const { year } = estimateYear(input.input)
    expect(screen.getByTestId('ledger-year-share').textContent).toBe(figureText(year.outOfPocket, year.range))
    expect(screen.getByTestId('ledger-year-share').textContent).toBe('至少 ¥22,423.15')
  })
})
