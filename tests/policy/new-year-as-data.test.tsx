// Issue 11: a new policy year is a data change. A clearly fictional 2099 pack for 威海 (under
// tests/fixtures, never shipped) runs through the engine, a page and a share link; a 2020 estimate
// still computes under 2020 rules.
import { readdirSync, readFileSync, statSync } from 'fs'
import { join } from 'path'
import { cleanup, render, screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { estimateInpatient, estimateYear, householdContribution } from '../../src/engine'
import { EMPTY_LEDGER, ledgerInput, ledgerYear, newEntry } from '../../src/features/year'
import { carryForward, CarryForwardError } from '../../src/policy/carry-forward'
import { currentYear, getPack, registerPack, yearsOf } from '../../src/policy/registry'
import { weihai2020 } from '../../src/policy/weihai-2020'
import EstimatePage from '../../src/pages/estimate/index'
import ContributionPage from '../../src/pages/contribution/index'
import EmployeePage from '../../src/pages/employee/index'
import RemotePage from '../../src/pages/remote/index'
import { DEFAULT_FORMS, decodeShare, encodeShare } from '../../src/features/share'
import { buildFictionalWeihai, FICTIONAL_YEAR, WORDS } from '../fixtures/fictional-weihai-2099'
import type { Reference } from '../../src/policy/types'
import { isUnpublished } from '../../src/policy/types'
import { seedRegion } from '../fixtures/stored'
import { at } from '../../src/test-support/present'

const SOME_REF: Reference = { doc: 'wendeng-2019-12', section: '测试', quote: '测试' }

describe('carryForward: nothing carries over silently', () => {
  test('an undecided figure stops the build and is named', () => {
    const undecided = new Set(['inpatient.tiers.2.annualCap', 'residentContribution.rates.minor'])
    try {
      buildFictionalWeihai((path) => (undecided.has(path) ? undefined : { cite: SOME_REF }))
      throw new Error('should have thrown')
    } catch (e) {
      expect(e).toBeInstanceOf(CarryForwardError)
      expect((e as CarryForwardError).paths.sort()).toEqual([...undecided].sort())
    }
  })

  test('every cited node of the new pack carries the new citation and the new year', () => {
    const pack = buildFictionalWeihai()
    const refs: string[] = []
    const periods: string[] = []
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk)
      if (!node || typeof node !== 'object') return
      const o = node as Record<string, unknown>
      if (o.reference && typeof o.reference === 'object') refs.push((o.reference as { doc: string }).doc)
      if (o.period && typeof o.period === 'object' && 'start' in (o.period as object)) periods.push((o.period as { start: string }).start)
      Object.values(o).forEach(walk)
    }
    walk(pack)
    expect(refs.length).toBeGreaterThan(100)
    expect(new Set(refs)).toEqual(new Set(['fictional-test-2099']))
    // The previous year's periods become the new year's; a figure its source dates to 2019 keeps 2019.
    expect(periods.filter((p) => !p.startsWith('2099'))).toEqual(['2019-01-01', '2019-01-01', '2019-01-01'])
    expect(pack.residentContribution.povertySubsidy).toMatchObject({ adult: { period: { start: '2019-01-01', end: '2019-12-31' } } })
    expect(pack.year).toBe(2099)
    // The 2020 pack itself is untouched.
    expect(weihai2020.year).toBe(2020)
    expect(weihai2020.residentContribution.rates.adultTier1).toMatchObject({ value: '450' })
  })

  test('a value decision needs a citation: the type has no way to change a figure without one', () => {
    const pack = carryForward(weihai2020, {
      year: 2099,
      documents: ['wendeng-2019-12'],
      decisions: { 'inpatient.tiers.1.annualCap': { value: '1', cite: SOME_REF } },
      otherwise: (_path, node) => (isUnpublished(node) ? { carry: SOME_REF } : { cite: SOME_REF }),
      words: WORDS
    })
    expect(pack.inpatient.tiers[1].annualCap).toMatchObject({ value: '1', reference: SOME_REF })
  })
})

describe('the fictional 2099 year, registered at test time', () => {
  let unregister: () => void
  // The years known before 2099 arrives: the shipped ones, and a further year when a fictional run registers one.
  let earlierYears: number[]
  beforeAll(() => {
    earlierYears = yearsOf('weihai')
    unregister = registerPack(buildFictionalWeihai())
  })
  afterAll(() => unregister())
  afterEach(() => {
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: {} })
  })

  // 一档, level 3, C = 200,000, deductible 1,000: (200,000 − 1,000) × 50% = 99,500;
  // the fictional cap of 50,000 holds it at 50,000; under 2020 the cap is 200,000.
  const stay = {
    region: 'weihai' as const,
    tier: 1 as const,
    hospitalLevel: 3 as const,
    totalCost: '200000',
    compliantCost: '200000',
    deductible: '1000'
  }

  test('the registry knows both years; the newest is the default', () => {
    expect(earlierYears).toContain(2020)
    expect(yearsOf('weihai')).toEqual([FICTIONAL_YEAR, ...earlierYears])
    expect(currentYear('weihai')).toBe(2099)
    expect(currentYear('weifang')).toBe(2020)
    expect(getPack('weihai', 2020)).toBe(weihai2020)
  })

  test('the engine computes each year by its own rules', () => {
    const basic = (year?: number) => estimateInpatient({ ...stay, year }).layers.find((l) => l.id === 'basic')?.amount
    expect(basic(2099)).toBe('50000.00')
    expect(basic(2020)).toBe('99500.00')
    expect(basic()).toBe('50000.00')
    expect(householdContribution({ region: 'weihai', year: 2099, members: [{ category: 'adult', tier: 1 }] }).total).toBe('999.00')
  })

  test('a page shows and computes the new year, and its share link carries it', () => {
    seedRegion('weihai')
    render(<EstimatePage />)
    expect(screen.getByTestId('policy-year')).toHaveTextContent('2099年度政策')
    const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))
    const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } })
    choose('est-tier', '一档')
    choose('est-level', '三级医院')
    type('住院总费用', '200000')
    type('其中政策范围内费用', '200000')
    type('就诊医院的起付标准', '1000')
    const basic = screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'basic') as HTMLElement
    expect(within(basic).getByTestId('layer-amount')).toHaveTextContent('¥50,000.00')
    const hook = (Taro.useShareAppMessage as jest.Mock).mock.calls.at(-1)?.[0] as () => { path: string }
    expect(hook().path).toMatch(/e=2_wh_2099_i_/)
  })

  test('a 2020 link opens under 2020 rules and says so; a 2099 link under 2099', () => {
    const form = {
      ...DEFAULT_FORMS.inpatient,
      tier: '1' as const,
      level: '3' as const,
      total: '200000',
      compliant: '200000',
      deductible: '1000'
    }
    const old = encodeShare('weihai', 'inpatient', form, 2020)
    expect(decodeShare(old)).toMatchObject({ ok: true, shared: { year: 2020 } })
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: { e: old } })
    const view = render(<EstimatePage />)
    expect(screen.getByTestId('policy-year')).toHaveTextContent('2020年度政策')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('按2020年度政策测算')
    const basic = () => screen.getAllByTestId('layer').find((el) => el.getAttribute('data-layer') === 'basic') as HTMLElement
    expect(within(basic()).getByTestId('layer-amount')).toHaveTextContent('¥99,500.00')
    view.unmount()
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: { e: encodeShare('weihai', 'inpatient', form, 2099) } })
    render(<EstimatePage />)
    expect(screen.getByTestId('policy-year')).toHaveTextContent('2099年度政策')
    expect(within(basic()).getByTestId('layer-amount')).toHaveTextContent('¥50,000.00')
  })

  test('the Weihai employee page still offers Weifang’s rules, of Weifang’s own newest year', () => {
    seedRegion('weihai')
    render(<EmployeePage />)
    fireEvent.click(screen.getByTestId('show-weifang-employee'))
    expect(screen.getByTestId('employee-rules')).toHaveAttribute('data-rules-region', 'weifang')
  })

  test('a ledger of dated 2020 stays stays a 2020 ledger: computed under 2020, not the newest year', () => {
    const ledger = {
      ...EMPTY_LEDGER,
      entries: [{ ...newEntry(), date: '2020-03-02', level: '3' as const, total: '200000', compliant: '200000', deductible: '1000' }]
    }
    const household = { tier: '1' as const, poverty: false, assistance: 'none' as const, county: '' as const }
    expect(ledgerYear('weihai', ledger, FICTIONAL_YEAR)).toBe(2020)
    const input = ledgerInput('weihai', household, ledger, FICTIONAL_YEAR)
    if (!input.ok) throw new Error(input.message)
    expect(input.input.year).toBe(2020)
    // 2020's cap (200,000) and ratio: (200,000 − 1,000) × 50% = 99,500; under 2099 it would be 50,000.
    expect(estimateYear(input.input).year.layers.find((l) => l.id === 'basic')?.amount).toBe('99500.00')
    // Undated, the page's year.
    expect(ledgerYear('weihai', { ...ledger, entries: [{ ...at(ledger.entries, 0), date: '' }] }, FICTIONAL_YEAR)).toBe(FICTIONAL_YEAR)
  })

  test('the 异地就医 page names the COVID section by the new year, and no page explains a word in 2020’s words', () => {
    seedRegion('weihai')
    render(<RemotePage />)
    fireEvent.click(document.querySelector('[data-testid=remote-choice][data-situation=emergency]') as HTMLElement)
    expect(screen.getByTestId('section-covid')).toHaveTextContent('2099年疫情期间')
    expect(screen.getByTestId('section-covid')).not.toHaveTextContent('2020年疫情期间')
    cleanup()
    seedRegion('weihai')
    render(<EstimatePage />)
    // The 2020 book explains 一档、二档 with 2020's 450 and 650 yuan: a 2099 page has no book of its own.
    expect(screen.queryByRole('button', { name: '什么是一档、二档？' })).toBeNull()
  })

  test('the contribution page reads the new year from the same pack', () => {
    seedRegion('weihai')
    render(<ContributionPage />)
    expect(screen.getByTestId('policy-year')).toHaveTextContent('2099年度政策')
    expect(document.body.textContent).toContain('¥999.00')
  })
})

test('no fixture ships: nothing under src/ imports tests/ or carries the fictional citation', () => {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(ts|tsx)$/.test(name)) files.push(full)
    }
  }
  walk(join(__dirname, '../../src'))
  const offenders = files.filter((f) => /from '(\.\.\/)+tests\/|fictional-test|虚构测试数据/.test(readFileSync(f, 'utf8')))
  expect(offenders).toEqual([])
})

describe('the FAQ is kept in books of one region and year', () => {
  test('every region has a book for its newest policy year (a new year must carry its FAQ)', async () => {
    const { listFaqBooks } = await import('../../src/policy/faq')
    for (const r of ['weihai', 'weifang'] as const)
      expect(listFaqBooks().some((b) => b.region === r && b.year === currentYear(r))).toBe(true)
  })

  test('a new year of one city: its FAQ is carried entry by entry, and the other city keeps its own', async () => {
    const { carryFaqForward, faqFor, listFaqBooks, registerFaqBook } = await import('../../src/policy/faq')
    const previous = listFaqBooks().find((b) => b.region === 'weihai' && b.year === 2020)
    if (!previous) throw new Error('no 2020 Weihai book')
    const FICTION: Reference = {
      doc: 'fictional-test-2099' as Reference['doc'],
      section: '虚构测试数据（不是政策）',
      quote: '虚构测试数据'
    }
    const book = carryFaqForward(previous, {
      region: 'weihai',
      year: FICTIONAL_YEAR,
      // Answers that compare the two cities cite Weifang's document too.
      documents: [FICTION.doc, 'wendeng-2019-12', 'anqiu-2020-06'],
      otherwise: (e) =>
        `${e.question}${e.answer}`.includes('2020')
          ? { rewrite: { answer: '虚构年度的回答（测试用）', sources: [FICTION] } }
          : { carry: FICTION }
    })
    const unregisterPack = registerPack(buildFictionalWeihai())
    const unregisterBook = registerFaqBook(book)
    try {
      const all = faqFor('all')
      expect(faqFor('weihai').length).toBe(previous.entries.length)
      expect(faqFor('weifang')).toEqual(faqFor('weifang', 2020))
      expect(all.length).toBe(new Set([...faqFor('weihai'), ...faqFor('weifang')].map((e) => e.id)).size)
    } finally {
      unregisterBook()
      unregisterPack()
    }
    expect(() =>
      carryFaqForward(previous, {
        region: 'weihai',
        year: FICTIONAL_YEAR,
        documents: [FICTION.doc],
        decisions: { 'weihai-no-such-entry': { drop: 'x' } }
      })
    ).toThrow(/“weihai-no-such-entry”不是2020年度常见问题的编号[\s\S]*尚未决定/)
    expect(() =>
      carryFaqForward(previous, {
        region: 'weihai',
        year: FICTIONAL_YEAR,
        documents: [FICTION.doc, 'wendeng-2019-12', 'anqiu-2020-06'],
        otherwise: () => ({ carry: FICTION })
      })
    ).toThrow(/写着2020年，不能原样沿用/)
  })

  test('2020 has entries for both cities; a year without its own FAQ has none (nothing carried over)', async () => {
    const { faqFor, faqYears } = await import('../../src/policy/faq')
    // One book a year, for exactly the years Weihai has packs (a fictional run adds one of each).
    expect(faqYears()).toContain(2020)
    expect(faqYears()).toEqual(yearsOf('weihai'))
    expect(faqFor('weihai', 2020).length).toBeGreaterThan(20)
    expect(faqFor('weihai', 2020).every((e) => e.regions.includes('weihai'))).toBe(true)
    expect(faqFor('all', 2020).length).toBeGreaterThan(faqFor('weifang', 2020).length)
    expect(faqFor('weihai', FICTIONAL_YEAR)).toEqual([])
  })
})
