// 核对结算单 (issue 24): a Weihai poverty stay of the year ledger, its slip typed without 再救助; the
// slip is kept with the entry, an old ledger without slips still opens, the share code carries the
// slip without names, and 隐私说明 lists it. Figures by hand in tests/engine/slip-check.test.ts:
//   T 110,000, C 100,000, 一档, level 2, d 800 → 统筹 59,520; 大病 23,062; 减免 200; 救助 0;
//   商业 7,618; 再救助 3,360; 个人负担 16,240 (19,600 on a slip without 再救助).
import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import SlipPage from '../../src/pages/slip/index'
import {
  loadLedger,
  newEntry,
  saveLedger,
  YEAR_LEDGER_STORE_KEY,
  decodeLedger,
  encodeLedger,
  readSlipRoute,
  slipQuery
} from '../../src/features/year'
import type { Ledger } from '../../src/features/year'
import { lineSentence } from '../../src/pages/slip/slip-view'
import { yuan } from '../../src/engine'
import { STORED_ITEMS, storageKey } from '../../src/pages/privacy/stored-items'
import { memoryStorage } from '../mocks/taro'
import { envelope, seedRegion } from '../fixtures/stored'
import { at } from '../../src/test-support/present'

const household = { tier: '1' as const, poverty: true, assistance: 'none' as const, county: '' as const }

function stay(): Ledger {
  const e = newEntry()
  Object.assign(e, { date: '2020-05-01', label: '市中心医院', level: '2', total: '110000', compliant: '100000', deductible: '800' })
  return {
    entries: [e],
    usePrior: false,
    prior: { compliant: '', basicPaid: '', criticalPaid: '', assistancePaid: '', commercialPaid: '', reassistancePaid: '' }
  }
}

function open(query = slipQuery('weihai', 0, household)) {
  seedRegion('weihai')
  const params = Object.fromEntries(query.split('&').map((kv) => kv.split('=')))
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params })
  return render(<SlipPage />)
}

const typeIn = (container: HTMLElement, id: string, value: string) =>
  fireEvent.change(container.querySelector(`[data-field=${id}] input`) as HTMLInputElement, { target: { value } })

function line(id: string): HTMLElement {
  const found = screen.getAllByTestId('slip-line').find((l) => l.getAttribute('data-line') === id)
  if (!found) throw new Error(`no ${id} line`)
  return found
}

afterEach(() => {
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: {} })
})

describe('核对结算单', () => {
  test('a slip without 再救助: the line is lower, with the text’s figure and whom the text names', () => {
    saveLedger('weihai', stay())
    const { container } = open()
    expect(screen.getByTestId('slip-entry')).toHaveTextContent('第1条 住院 · 2020-05-01 · 市中心医院')
    typeIn(container, 'slip-totalCost', '110000')
    typeIn(container, 'slip-compliantCost', '100000')
    typeIn(container, 'slip-basicPaid', '59520')
    typeIn(container, 'slip-critical', '23062')
    typeIn(container, 'slip-hospitalWaiver', '200')
    typeIn(container, 'slip-assistance', '0')
    typeIn(container, 'slip-commercial', '7618')
    typeIn(container, 'slip-outOfPocket', '19600')

    expect(screen.getByTestId('slip-sums')).toHaveTextContent('正好等于总费用')
    expect(screen.getAllByTestId('slip-line').map((l) => `${l.getAttribute('data-line')} ${l.getAttribute('data-status')}`)).toEqual([
      'basic within',
      'critical within',
      'hospitalWaiver within',
      'assistance within',
      'commercial within',
      'reassistance lower',
      'outOfPocket higher'
    ])
    const re = line('reassistance')
    expect(re).toHaveTextContent('结算单：没有这一项')
    expect(re).toHaveTextContent('文件给出：¥3,360.00')
    expect(re).toHaveTextContent('结算单上没有“再救助”（按0计）；按文件，这次可能还有 ¥3,360.00。')
    expect(re).toHaveTextContent('威海市中心医院')
    expect(re).toHaveTextContent('一单式结算')
    expect(re).toHaveTextContent('文件没有写明对结算单上这一项有疑问时要带哪些材料')
    // The words it rests on fold behind 查看来源, as everywhere else.
    expect(re).not.toHaveTextContent('原文：')
    fireEvent.click(within(within(re).getByTestId('slip-line-help')).getByTestId('source-toggle'))
    expect(re).toHaveTextContent('原文：“在威海市中心医院成立了威海市首家驻医院医保工作站”')
    expect(line('outOfPocket')).toHaveTextContent('结算单多 ¥3,360.00')
    expect(container.textContent).not.toMatch(/少报了|算错了/)

    // Kept with the ledger entry.
    expect(at(loadLedger('weihai').ledger.entries, 0).slip?.critical).toBe('23062')
  })

  test('a slip field that does not read, and a slip the engine refuses, are said in Chinese', () => {
    saveLedger('weihai', stay())
    const { container } = open()
    typeIn(container, 'slip-critical', '12元3')
    expect(screen.getByTestId('slip-critical-error')).toBeInTheDocument()
    typeIn(container, 'slip-critical', '')
    typeIn(container, 'slip-basicPaid', '200000')
    expect(container.textContent).toContain('统筹基金支付不能大于政策范围内费用')
    expect(screen.queryByTestId('slip-result')).toBeNull()
  })

  test('an old stored ledger without slips opens, and a missing entry is said', () => {
    const old = stay()
    const raw = { weihai: { ...old, entries: old.entries.map(({ slip: _s, ...e }) => e) } }
    memoryStorage.set(YEAR_LEDGER_STORE_KEY, envelope(raw))
    expect(loadLedger('weihai').ledger.entries).toHaveLength(1)
    open()
    expect(screen.getByTestId('slip-page')).toBeInTheDocument()
    expect(screen.queryByTestId('slip-result')).toBeNull()
  })

  test('a route to an entry that is not there', () => {
    saveLedger('weihai', stay())
    open(slipQuery('weihai', 3, household))
    expect(screen.getByTestId('slip-status')).toHaveTextContent('这条住院记录已不在本机')
    expect(readSlipRoute({ region: 'x', i: '0' })).toBeUndefined()
  })

  test('the share code carries the slip, never the hospital name', () => {
    const l = stay()
    at(l.entries, 0).slip = {
      totalCost: '110000',
      compliantCost: '100000',
      basicPaid: '59520',
      critical: '23062',
      specialDrug: '',
      hospitalWaiver: '200',
      assistance: '0',
      commercial: '7618',
      reassistance: '',
      outOfPocket: '19600'
    }
    const code = encodeLedger('weihai', household, l)
    expect(code).not.toContain('市中心医院')
    const back = decodeLedger(code)
    if (!back.ok) throw new Error(back.reason)
    expect(at(back.ledger.entries, 0).slip).toEqual(at(l.entries, 0).slip)
    expect(at(back.ledger.entries, 0).label).toBe('')
    // An entry without a slip decodes without one.
    const plain = decodeLedger(encodeLedger('weihai', household, stay()))
    expect(plain.ok && at(plain.ledger.entries, 0).slip).toBeUndefined()
  })

  test('隐私说明 says the ledger holds slip figures', () => {
    const item = STORED_ITEMS.find((i) => storageKey(i.name) === YEAR_LEDGER_STORE_KEY)
    expect(item?.what).toContain('结算单')
  })
})

test('a full ledger of twenty stays, each with a whole slip, still travels in one code', () => {
  const l = stay()
  const slip = {
    totalCost: '1234567.89',
    compliantCost: '1234567.89',
    basicPaid: '234567.89',
    critical: '234567.89',
    specialDrug: '23456.78',
    hospitalWaiver: '200',
    assistance: '50000',
    commercial: '234567.89',
    reassistance: '20000',
    outOfPocket: '234567.89'
  }
  l.entries = Array.from({ length: 20 }, (_, k) => ({
    ...at(l.entries, 0),
    id: `e${k}`,
    total: '1234567.89',
    compliant: '1234567.89',
    deductible: '1234.56',
    slip
  }))
  const back = decodeLedger(encodeLedger('weihai', household, l))
  expect(back.ok && back.ledger.entries.map((e) => e.slip)).toEqual(l.entries.map(() => slip))
})

test('a slip whose 总费用 differs from the ledger entry says the slip’s is the one computed on', () => {
  saveLedger('weihai', stay())
  const { container } = open()
  typeIn(container, 'slip-totalCost', '111000')
  typeIn(container, 'slip-critical', '23062')
  expect(screen.getByTestId('slip-used')).toHaveTextContent('总费用：这条记录填的是 110000 元，按结算单上的 ¥111,000.00 计算')
  typeIn(container, 'slip-totalCost', '110000')
  expect(screen.queryByTestId('slip-used')).toBeNull()
})

test('line sentences: a reading-spanned line, a line the sources leave open, a line not in the text for this household', () => {
  const base = {
    id: 'assistance' as const,
    label: '医疗救助',
    slip: yuan('0.00'),
    shown: true,
    unknowns: [],
    applicable: true,
    sources: []
  }
  const reading = { id: 'weihai.assistancePeriod', question: '？', options: [] }
  expect(
    lineSentence({ ...base, range: { low: yuan('0.00'), high: yuan('5250.00') }, status: 'within', readings: [reading] }, '医疗救助')
  ).toBe('结算单上的“医疗救助”是 ¥0.00；文件有不同理解，按各种理解这一项在 ¥0.00–¥5,250.00 之间（见下方），结算单在其中。')
  expect(
    lineSentence(
      {
        ...base,
        shown: false,
        range: { low: null, high: yuan('9280.00') },
        status: 'open',
        readings: [],
        openSides: { low: true, high: false, reasons: ['医疗救助年度限额（文件未公布）'] }
      },
      '医疗救助'
    )
  ).toBe('结算单上没有“医疗救助”（按0计）；按文件，这一项最多 ¥9,280.00，下限取决于文件没有公布或您没有填写的数字。')
  expect(
    lineSentence(
      {
        ...base,
        range: { low: yuan('0.00'), high: null },
        status: 'open',
        readings: [],
        openSides: { low: false, high: true, reasons: [] }
      },
      '医疗救助'
    )
  ).toBe('结算单上的“医疗救助”是 ¥0.00；文件没有给出可核对的数额（见下方原因）。')
  expect(
    lineSentence(
      {
        ...base,
        id: 'reassistance',
        slip: yuan('100.00'),
        applicable: false,
        note: '按这条记录填写的身份和参保地，文件中没有这一项',
        range: { low: yuan('0.00'), high: yuan('0.00') },
        status: 'higher',
        above: { low: yuan('100.00'), high: yuan('100.00') },
        readings: []
      },
      '再救助'
    )
  ).toBe('结算单上的“再救助”是 ¥100.00；按这条记录填写的身份和参保地，文件中没有这一项。')
})
