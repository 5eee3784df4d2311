// Figures leave the engine as branded strings (engine/units.ts): yuan with two decimals, a decimal
// rate, a whole number of days. The brand is a promise about the format; this holds it to it.
import fc from 'fast-check'
import {
  checkSlip,
  childbirthPayment,
  chronicOutpatient,
  dayCount,
  employeeContribution,
  employeeYear,
  estimateInpatient,
  estimateYear,
  householdContribution,
  isRate,
  isUnpublishedResult,
  isYuan,
  maternityAllowance,
  maternityDays,
  maternityMedical,
  maternityWithoutInsurance,
  minimumYearsShortfall,
  outpatientAssistance,
  outpatientGeneral,
  PolicyInputError,
  rate,
  retireeAccount,
  tierComparison,
  yuan
} from '../../src/engine'
import type {
  DayCount,
  EmployeeContribution,
  HouseholdContribution,
  Layer,
  Note,
  OutpatientResult,
  Range,
  Rate,
  ReadingShown,
  SlipCheck,
  SlipLine,
  Yuan
} from '../../src/engine'
import { Dec, fmt } from '../../src/engine/money'
import { note } from '../../src/engine/notes'
import { getPack } from '../../src/policy/registry'
import { at } from '../../src/test-support/present'

describe('the constructors check the format', () => {
  test.each(['0.00', '1234.50', '-0.10', '600000000.00'])('yuan %s', (s) => {
    expect(yuan(s)).toBe(s)
    expect(isYuan(s)).toBe(true)
  })
  test.each(['1.5', '1', '1.234', '1e3', '', ' 1.00', '１.00', '¥1.00', '1,000.00'])('not yuan: %j', (s) => {
    expect(() => yuan(s)).toThrow('not yuan')
    expect(isYuan(s)).toBe(false)
  })
  test.each(['0.1', '0', '0.055', '1'])('rate %s', (s) => {
    expect(rate(s)).toBe(s)
    expect(isRate(s)).toBe(true)
  })
  test.each(['10%', '1e-7', '', '.5', '0.'])('not a rate: %j', (s) => {
    expect(() => rate(s)).toThrow('not a decimal rate')
    expect(isRate(s)).toBe(false)
  })
  test('days', () => {
    expect(dayCount(98)).toBe('98')
    for (const bad of [-1, 1.5, '', '9天']) expect(() => dayCount(bad)).toThrow('not a whole number of days')
  })

  test('a brand is not another unit, and still a string', () => {
    const y: Yuan = yuan('1.00')
    const r: Rate = rate('0.1')
    // @ts-expect-error a rate is not yuan
    const wrong: Yuan = r
    // @ts-expect-error a plain string is not yuan until checked
    const unchecked: Yuan = '1.00'
    const asString: string = y
    expect([wrong, unchecked, asString]).toEqual(['0.1', '1.00', '1.00'])
  })
})

test('fmt writes yuan for any amount the engine holds', () => {
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 0, max: 4 }), (n, places) => {
      expect(isYuan(fmt(new Dec(n).div(10 ** places)))).toBe(true)
    }),
    { numRuns: 500, seed: 2329 }
  )
})

const yuanOrNull = (s: string | null): boolean => s === null || isYuan(s)

function layerInYuan(l: Layer): void {
  if (!yuanOrNull(l.amount) || !yuanOrNull(l.range.low) || !yuanOrNull(l.range.high))
    throw new Error(`layer not in yuan: ${JSON.stringify(l)}`)
}

describe('results hold the brands they carry', () => {
  test('stays and years: every layer, share and total is yuan', () => {
    const fen = fc.integer({ min: 0, max: 50_000_000 })
    fc.assert(
      fc.property(
        fc.constantFrom('weihai' as const, 'weifang' as const),
        fc.array(fc.record({ total: fen, deductible: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }) }), {
          minLength: 1,
          maxLength: 3
        }),
        fc.boolean(),
        (region, bills, poor) => {
          const entries = bills.map((b) => ({
            totalCost: (b.total / 100).toFixed(2),
            hospitalLevel: 2 as const,
            deductible: b.deductible === undefined ? undefined : (b.deductible / 100).toFixed(2)
          }))
          const who = { region, tier: 1 as const, povertyHousehold: poor }
          let y, stay
          try {
            y = estimateYear({ ...who, entries })
            stay = estimateInpatient({ ...who, ...at(entries, 0) })
          } catch (e) {
            if (e instanceof PolicyInputError) return
            throw e
          }
          for (const s of [...y.stays, y.year, stay]) {
            s.layers.forEach(layerInYuan)
            const figures = [s.outOfPocket, s.total, s.paid, s.range.low, s.range.high, ...Object.values(s.burden)]
            expect(figures.filter((f) => !yuanOrNull(f))).toEqual([])
          }
        }
      ),
      { numRuns: 150, seed: 2330 }
    )
  })

  test('a leave is in days, its allowance in yuan', () => {
    for (const region of ['weihai', 'weifang'] as const) {
      const pack = getPack(region, 2020)
      const days = maternityDays(pack.maternity, { kind: 'birth', babies: 2 })
      const inDays: DayCount | null = days.range.low
      expect(inDays).toBe(String(days.days))
      const allowance = maternityAllowance({
        region,
        year: 2020,
        averageMonthlyWage: '6000',
        event: { kind: 'birth', babies: 1 },
        monthDays: 30
      })
      expect(allowance.amount !== null && isYuan(allowance.amount)).toBe(true)
    }
  })

  test('an employee month: rates are rates, amounts yuan', () => {
    const m = employeeContribution({
      region: 'weifang',
      year: 2020,
      base: '5000',
      month: '2020-03',
      employerType: 'enterprise',
      age: 45
    }) as EmployeeContribution
    expect([m.employerRate, m.individualRate, m.personalAccountRate].every(isRate)).toBe(true)
    expect([m.employer, m.individual, m.total, m.personalAccount].every(isYuan)).toBe(true)
  })
})

// The fields the type-level checks below assign to, named outside any @ts-expect-error line, so a
// name that does not resolve is an error of its own and not the one expected.
type ReadingOption = ReadingShown['options'][number]
type SlipRange = SlipLine['range']
type Payout = OutpatientResult['amount']
type MaternityLimit = Extract<ReturnType<typeof maternityMedical>, { limit: unknown }>['limit']
type HouseholdTotal = HouseholdContribution['total']

/** Every figure of a range and of each reading's options (figure, share, range). */
function spreadFigures(s: { range: Range; readings: ReadingShown[] }): (string | null)[] {
  return [
    s.range.low,
    s.range.high,
    ...s.readings.flatMap((r) => r.options.flatMap((o) => [o.figure, o.outOfPocket ?? null, o.range.low, o.range.high]))
  ]
}

const notYuan = (figures: (string | null | undefined)[]): (string | null | undefined)[] =>
  figures.filter((f) => f !== undefined && !yuanOrNull(f))

describe('the results branded since: slip lines, readings, 门诊, 生育, 缴费, notes', () => {
  test('a plain string is not a figure these types hold, until checked', () => {
    const option: ReadingOption = {
      label: '按全年累计计算',
      // @ts-expect-error a reading's figure is yuan, not any string
      figure: '8828.75',
      range: { low: yuan('8828.75'), high: yuan('8828.75') },
      reference: at(getPack('weihai', 2020).readings['weihai.assistancePeriod']?.options ?? [], 0).reference
    }
    // @ts-expect-error a slip line's range is in yuan
    const lineRange: SlipRange = { low: '0.00', high: '0.00' }
    // @ts-expect-error an outpatient payout is yuan
    const payout: Payout = '225.00'
    // @ts-expect-error a maternity limit is yuan
    const limit: MaternityLimit = '2200.00'
    // @ts-expect-error a household's total is yuan
    const total: HouseholdTotal = '350.00'
    // @ts-expect-error an amount in a note is yuan
    const quota: Note = note('birthAtQuota', { quota: '800.00' })
    // @ts-expect-error a note's rate is a rate, not yuan
    const share: Note = note('commercialHeldShare', { share: yuan('0.10') })
    const checked: Note[] = [note('birthAtQuota', { quota: yuan('800.00') }), note('commercialHeldShare', { share: rate('0.098') })]
    // Still strings to a caller that reads them as strings.
    const read: string | null = option.range.low
    expect([option.figure, lineRange.low, payout, limit, total, read]).toEqual([
      '8828.75',
      '0.00',
      '225.00',
      '2200.00',
      '350.00',
      '8828.75'
    ])
    expect(checked.map((n) => n.id)).toEqual(['birthAtQuota', 'commercialHeldShare'])
    expect([quota, share].map((n) => n.id)).toEqual(['birthAtQuota', 'commercialHeldShare'])
  })

  // Weihai poverty, 一档, 三级, deductible 1,000, stays 30,000 → 80,000 → 150,000 (T = C): the
  // assistance reading (2万 per year or per stay) moves the share, so the year and the slip's lines
  // carry readings with options (the same year as the RangeFigure tests).
  const poorYear = {
    region: 'weihai' as const,
    tier: 1 as const,
    povertyHousehold: true,
    entries: ['30000', '80000', '150000'].map((t) => ({ totalCost: t, compliantCost: t, hospitalLevel: 3 as const, deductible: '1000' }))
  }

  test('readings: every option of the year and of each stay is in yuan', () => {
    const y = estimateYear(poorYear)
    expect(y.year.readings.length + y.stays.flatMap((s) => s.readings).length).toBeGreaterThan(0)
    for (const s of [y.year, ...y.stays]) {
      expect(notYuan(spreadFigures(s))).toEqual([])
      expect(notYuan(s.unknowns.map((u) => u.perHundred))).toEqual([])
    }
  })

  test('核对结算单: every line, its range, what may be owed or is above, and the sums, in yuan', () => {
    // The third stay: one slip as the policy gives it, one paying less, one more than the range.
    const y = estimateYear(poorYear)
    const third = y.stays[2]
    if (!third) throw new Error('three stays')
    const byLayer = Object.fromEntries(third.layers.map((l) => [l.id, l.amount ?? '0']))
    const slips = [
      { totalCost: '150000', compliantCost: '150000', critical: byLayer.critical, outOfPocket: third.outOfPocket ?? '0' },
      { totalCost: '150000', critical: '1', assistance: '0' },
      { totalCost: '150000', reassistance: '999999', commercial: '0' }
    ]
    const checks: SlipCheck[] = slips.map((slip) => checkSlip({ ...poorYear, stayIndex: 2, slip }))
    const lines = checks.flatMap((c) => c.lines)
    expect(lines.map((l) => l.status)).toEqual(expect.arrayContaining(['within', 'lower', 'higher']))
    expect(lines.some((l) => l.readings.length > 0 && l.mayBeOwed !== undefined)).toBe(true)
    for (const l of lines) {
      const figures = [l.slip, l.range.low, l.range.high, l.mayBeOwed?.low, l.mayBeOwed?.high, l.above?.low, l.above?.high]
      const options = l.readings.flatMap((r) => r.options.flatMap((o) => [o.range.low, o.range.high]))
      expect(notYuan([...figures, ...options])).toEqual([])
    }
    expect(checks.map((c) => c.sumsDifference).every(isYuan)).toBe(true)
  })

  test('门诊: payouts, caps left and counted self-pay in yuan', () => {
    const results = [
      outpatientGeneral({ region: 'weifang', year: 2020, scheme: 'resident', cost: '333.33', paidThisYear: '100' }),
      chronicOutpatient({ region: 'weihai', year: 2020, kind: 'ordinary', tier: 1, cost: '1500', deductible: '200' }),
      chronicOutpatient({ region: 'weihai', year: 2020, kind: 'fixedRate', tier: 2, cost: '1234.56' })
    ]
    for (const r of results) expect(notYuan([r.amount, r.remainingCap, ...spreadFigures(r)])).toEqual([])
    for (const selfPay of ['5000', '25000.01']) {
      const r = outpatientAssistance({ region: 'weihai', year: 2020, kind: 'povertyChronic', selfPay, povertyHousehold: true })
      if (isUnpublishedResult(r)) throw new Error('Weihai publishes the poverty chronic assistance')
      expect(r.amount !== null && r.counted !== null).toBe(true)
      expect(notYuan([r.amount, r.counted, ...spreadFigures(r)])).toEqual([])
    }
  })

  test('生育: amounts, quotas, limits and every reading option in yuan', () => {
    const figures: (string | null)[] = []
    for (const actualCost of ['500', '799.99', '1200']) {
      for (const designated of [true, false]) {
        const r = childbirthPayment({ region: 'weifang', year: 2020, designated, actualCost })
        figures.push(r.amount, r.quota, ...spreadFigures(r))
      }
      const m = maternityMedical({ region: 'weifang', year: 2020, kind: 'delivery', actualCost, unemployedSpouse: true })
      if (isUnpublishedResult(m)) throw new Error('Weifang publishes 生育医疗费')
      expect(m.readings.length).toBeGreaterThan(0)
      figures.push(m.amount, m.limit, ...spreadFigures(m))
    }
    const uninsured = maternityWithoutInsurance({
      region: 'weihai',
      year: 2020,
      event: { kind: 'birth', babies: 1 },
      preLeaveMonthlyWage: '5000',
      monthDays: 30
    })
    if (isUnpublishedResult(uninsured)) throw new Error('Weihai says who pays')
    figures.push(uninsured.amount)
    expect(figures.filter((f) => f !== null).length).toBeGreaterThan(20)
    expect(notYuan(figures)).toEqual([])
  })

  test('缴费: household lines and totals, the employee year, retiree credit and rate, a shortfall', () => {
    const household = householdContribution({
      region: 'weihai',
      year: 2020,
      members: [{ category: 'adult', tier: 2 }, { category: 'minor' }, { category: 'student' }]
    })
    expect(notYuan([household.total, ...household.lines.map((l) => l.amount), ...spreadFigures(household)])).toEqual([])
    const year = employeeYear({ region: 'weifang', year: 2020, base: '5000', employerType: 'enterprise', birthMonth: '1975-06' })
    if (isUnpublishedResult(year)) throw new Error('Weifang publishes employee rules')
    expect(notYuan([...Object.values(year.totals), ...spreadFigures(year)])).toEqual([])
    const retiree = retireeAccount({ region: 'weifang', year: 2020, pension: '3000', age: 70 })
    if (isUnpublishedResult(retiree)) throw new Error('Weifang publishes retiree credits')
    const retireeRate: Rate = retiree.rate
    expect([isYuan(retiree.personalAccount), isRate(retireeRate)]).toEqual([true, true])
    const short = minimumYearsShortfall({ region: 'weifang', year: 2020, sex: 'male', yearsPaid: 20, rate: '0.080', averageWage: '80000' })
    if (isUnpublishedResult(short)) throw new Error('Weifang publishes minimum years')
    expect(short.amount !== null && isYuan(short.amount)).toBe(true)
    const byRate = short.notes?.find((n) => n.id === 'shortfallByUserRate')
    expect(byRate && 'params' in byRate && isRate(byRate.params.rate)).toBe(true)
    const tiers = tierComparison({ region: 'weihai', year: 2020, hospitalLevel: 2, compliantCost: '50000', deductible: '800' })
    if (isUnpublishedResult(tiers)) throw new Error('Weihai publishes both tiers')
    const tierFigures = [tiers.tier1.basic, tiers.tier1.annualCap, tiers.tier2.basic, tiers.tier2.annualCap]
    expect(notYuan([...tierFigures, tiers.difference, tiers.contributionDifference])).toEqual([])
  })

  test("notes' amounts are yuan and rates are rates, as the results carry them", () => {
    const yuanParams = ['paidSoFar', 'cap', 'left', 'yearly', 'deductible', 'countedUpTo', 'limit', 'above', 'quota']
    const rateParams = ['share', 'rate']
    const notes: Note[] = [
      ...estimateYear(poorYear).year.layers.flatMap((l) => l.notes ?? []),
      ...estimateYear(poorYear).stays.flatMap((s) => s.layers.flatMap((l) => l.notes ?? [])),
      ...[
        outpatientAssistance({ region: 'weihai', year: 2020, kind: 'povertyChronic', selfPay: '25000', povertyHousehold: true }),
        childbirthPayment({ region: 'weifang', year: 2020, designated: true, actualCost: '500' }),
        maternityMedical({ region: 'weifang', year: 2020, kind: 'delivery', unemployedSpouse: true })
      ].flatMap((r) => ('notes' in r ? (r.notes ?? []) : []))
    ]
    const seen = new Set<string>()
    for (const n of notes) {
      if (!('params' in n)) continue
      for (const [k, v] of Object.entries(n.params)) {
        if (v === null || typeof v !== 'string') continue
        if (yuanParams.includes(k)) expect({ [k]: v, yuan: isYuan(v) }).toEqual({ [k]: v, yuan: true })
        if (rateParams.includes(k)) expect({ [k]: v, rate: isRate(v) }).toEqual({ [k]: v, rate: true })
        if (yuanParams.includes(k) || rateParams.includes(k)) seen.add(k)
      }
    }
    expect(seen.size).toBeGreaterThan(3)
  })
})
