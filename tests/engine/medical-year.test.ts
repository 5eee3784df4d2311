// The medical year (POLICY-READING §9): several entries in one year, annual caps and cumulative
// bases. Each expected figure with its hand arithmetic; "cum" is the year's running base.
import Decimal from 'decimal.js'
import { estimateInpatient, estimateYear, MAX_YEAR_ENTRIES, PolicyInputError } from '../../src/engine'
import type { InpatientEstimate, LayerId, StayInput, YearEstimate, YearInput } from '../../src/engine'
import { registerPack } from '../../src/policy/registry'
import { weihai2020 } from '../../src/policy/weihai-2020'
import { at } from '../../src/test-support/present'

function amount(r: InpatientEstimate | YearEstimate['year'], id: LayerId): string | null {
  const l = r.layers.find((x) => x.id === id)
  if (!l) throw new Error(`no ${id} in ${r.layers.map((x) => x.id).join(',')}`)
  return l.amount
}

// A share that is a point balances with the layers to the fen; one that is not (an input left
// blank, or an earlier stay's) has no point to balance, and then neither has what was paid.
function balances(r: { layers: { amount: string | null }[]; outOfPocket: string | null; paid: string | null; total: string }): boolean {
  if (r.outOfPocket === null) return r.paid === null
  const sum = r.layers.reduce((acc, l) => (l.amount === null ? acc : acc.plus(l.amount)), new Decimal(r.outOfPocket))
  return sum.toFixed(2) === r.total
}

function everyBalances(y: YearEstimate): void {
  for (const s of y.stays) expect(balances(s)).toBe(true)
  expect(balances(y.year)).toBe(true)
}

const weihaiPoor = (entries: StayInput[], extra: Partial<YearInput> = {}): YearEstimate =>
  estimateYear({ region: 'weihai', tier: 1, povertyHousehold: true, entries, ...extra })

describe('威海 贫困人口, two stays (一档)', () => {
  // Stay 1 is the six-layer worked example: T 120,000, C 100,000, level 3, deductible 1,000.
  // Stay 2: T 30,000, C 25,000, level 2, deductible 600.
  const y = weihaiPoor([
    { totalCost: '120000', compliantCost: '100000', hospitalLevel: 3, deductible: '1000', date: '2020-03-02', label: '市立医院' },
    { totalCost: '30000', compliantCost: '25000', hospitalLevel: 2, deductible: '600', date: '2020-07-15' }
  ])

  test('the first stay is the one-stay estimate', () => {
    expect(y.stays[0]).toEqual(
      estimateInpatient({
        region: 'weihai',
        tier: 1,
        povertyHousehold: true,
        totalCost: '120000',
        compliantCost: '100000',
        hospitalLevel: 3,
        deductible: '1000'
      })
    )
  })

  test('second stay, by hand', () => {
    const s = at(y.stays, 1)
    expect(amount(s, 'basic')).toBe('14640.00') // (25,000 − 600) × 60%; P1 = 10,360; cum P1 = 50,500 + 10,360 = 60,860
    expect(amount(s, 'critical')).toBe('6734.00') // (60,860 − 5,000) × 65% = 36,309 − 29,575 paid in stay 1
    expect(amount(s, 'hospitalWaiver')).toBe('0.00') // 200 a year already paid in stay 1 (usual reading)
    expect(amount(s, 'assistance')).toBe('2538.20') // cum P2 = 60,860 − 36,309 = 24,551 → 4,551 × 70% = 3,185.70 − 647.50
    expect(amount(s, 'commercial')).toBe('0.00') // cum P4 = 21,365.30 − 9.8% × 125,000 = 9,115.30 < 10,477.50 paid: nothing taken back
    expect(amount(s, 'reassistance')).toBe('761.46') // cum P5 = 21,365.30 − 10,477.50 = 10,887.80 → 5,887.80 × 70% = 4,121.46 − 3,360
    expect(s.outOfPocket).toBe('5326.34') // 30,000 − 14,640 − 6,734 − 2,538.20 − 761.46
    expect(s.layers.find((l) => l.id === 'critical')?.note).toContain('按本医疗年度累计个人负担测算')
    // 减免 "每人最多200元" per year (usual) or per stay (weihai.waiverPeriod): 0 or 200 for this stay.
    expect(s.layers.find((l) => l.id === 'hospitalWaiver')?.range).toEqual({ low: '0.00', high: '200.00' })
  })

  test('the second stay starts with the 大病 deductible already met', () => {
    expect(at(y.year.entries, 0).criticalDeductibleLeft).toBe('5000.00')
    expect(at(y.year.entries, 1).criticalDeductibleLeft).toBe('0.00')
    expect(at(y.year.entries, 1).basicCapLeft).toBe('150500.00') // 200,000 − 49,500
    expect(y.year.entries[0]).toMatchObject({ date: '2020-03-02', label: '市立医院' })
  })

  test('the year', () => {
    expect(amount(y.year, 'basic')).toBe('64140.00')
    expect(amount(y.year, 'critical')).toBe('36309.00')
    expect(amount(y.year, 'commercial')).toBe('10477.50')
    expect(amount(y.year, 'reassistance')).toBe('4121.46')
    // Year P6 = 10,887.80 − 4,121.46 = 6,766.34; + non-compliant 25,000 − 200 waiver
    expect(y.year.outOfPocket).toBe('31566.34')
    expect(y.year.total).toBe('150000.00')
    expect(y.year.burden).toEqual({ compliant: '6766.34', nonCompliant: '24800.00', specialDrug: '0.00' })
    everyBalances(y)
  })

  test('the 200-yuan waiver: both readings over the year', () => {
    const w = y.year.readings.find((r) => r.id === 'weihai.waiverPeriod')
    expect(w?.question).toContain('200元')
    expect(w?.options.map((o) => [o.label, o.outOfPocket])).toEqual([
      ['每年最多200元', '31566.34'],
      ['每次住院最多200元', '31366.34']
    ])
    expect(y.year.layers.find((l) => l.id === 'hospitalWaiver')?.range).toEqual({ low: '200.00', high: '400.00' })
  })
})

describe('威海 贫困人口, the 大病 deductible crossed in the second stay', () => {
  // 一档, level 1 (80%), deductible 0, all compliant.
  const y = weihaiPoor([
    { totalCost: '15000', compliantCost: '15000', hospitalLevel: 1, deductible: '0' },
    { totalCost: '20000', compliantCost: '20000', hospitalLevel: 1, deductible: '0' }
  ])

  test('stay 1 stays under the 5,000 deductible', () => {
    expect(amount(at(y.stays, 0), 'basic')).toBe('12000.00') // P1 = 3,000
    expect(amount(at(y.stays, 0), 'critical')).toBe('0.00')
    expect(amount(at(y.stays, 0), 'commercial')).toBe('1530.00') // 3,000 − 9.8% × 15,000
    expect(at(y.stays, 0).outOfPocket).toBe('1470.00')
  })

  test('stay 2 pays 大病 above the year deductible: only 2,000 of it was left', () => {
    expect(at(y.year.entries, 1).criticalDeductibleLeft).toBe('2000.00') // 5,000 − 3,000
    expect(amount(at(y.stays, 1), 'basic')).toBe('16000.00') // P1 = 4,000; cum P1 = 7,000
    expect(amount(at(y.stays, 1), 'critical')).toBe('1300.00') // (7,000 − 5,000) × 65%
    expect(amount(at(y.stays, 1), 'commercial')).toBe('740.00') // cum P4 = 5,700 − 9.8% × 35,000 = 2,270 − 1,530 paid
    expect(at(y.stays, 1).outOfPocket).toBe('1960.00')
    // Alone, stay 2 would stay under the deductible.
    const alone = estimateInpatient({
      region: 'weihai',
      tier: 1,
      povertyHousehold: true,
      totalCost: '20000',
      compliantCost: '20000',
      hospitalLevel: 1,
      deductible: '0'
    })
    expect(amount(alone, 'critical')).toBe('0.00')
  })

  test('the year holds the burden at 9.8% of the year compliant cost', () => {
    expect(y.year.outOfPocket).toBe('3430.00') // 9.8% × 35,000
    everyBalances(y)
  })
})

describe('威海 贫困人口, three stays: waiver readings, commercial never takes back', () => {
  const y = weihaiPoor([
    // T 12,000, C 10,000, level 3, d 1,000: basic 4,500; P1 5,500; 大病 325; waiver 200; P2 5,175;
    // commercial 5,175 − 980 = 4,195; OOP 980 + 2,000 − 200 = 2,780
    { totalCost: '12000', compliantCost: '10000', hospitalLevel: 3, deductible: '1000' },
    // T 8,000, C 6,000, level 2, d 600: basic 3,240; P1 2,760; cum 8,260 → 大病 2,119 − 325 = 1,794;
    // waiver per year 0 (per stay 200); cum P4 6,141 − 9.8% × 16,000 = 4,573 − 4,195 = 378
    { totalCost: '8000', compliantCost: '6000', hospitalLevel: 2, deductible: '600' },
    // T = C = 3,000, level 1, d 300: basic 2,160; P1 840; cum 9,100 → 大病 2,665 − 2,119 = 546;
    // cum P4 6,435 − 1,862 = 4,573: nothing more
    { totalCost: '3000', compliantCost: '3000', hospitalLevel: 1, deductible: '300' }
  ])

  test('by hand', () => {
    expect(y.stays.map((s) => amount(s, 'basic'))).toEqual(['4500.00', '3240.00', '2160.00'])
    expect(y.stays.map((s) => amount(s, 'critical'))).toEqual(['325.00', '1794.00', '546.00'])
    expect(y.stays.map((s) => amount(s, 'hospitalWaiver'))).toEqual(['200.00', '0.00', '0.00'])
    expect(y.stays.map((s) => amount(s, 'assistance'))).toEqual(['0.00', '0.00', '0.00'])
    expect(y.stays.map((s) => amount(s, 'commercial'))).toEqual(['4195.00', '378.00', '0.00'])
    expect(y.stays.map((s) => amount(s, 'reassistance'))).toEqual(['0.00', '0.00', '0.00'])
    expect(y.stays.map((s) => s.outOfPocket)).toEqual(['2780.00', '2588.00', '294.00'])
    expect(y.year.outOfPocket).toBe('5662.00') // 9.8% × 19,000 = 1,862 + 4,000 − 200
    everyBalances(y)
  })

  test('per stay reading: 400 waived, 200 less out of pocket', () => {
    const w = y.year.readings.find((r) => r.id === 'weihai.waiverPeriod')
    expect(w?.options.map((o) => o.outOfPocket)).toEqual(['5662.00', '5462.00'])
    expect(y.year.layers.find((l) => l.id === 'hospitalWaiver')?.range).toEqual({ low: '200.00', high: '400.00' })
    expect(y.stays.map((s) => s.layers.find((l) => l.id === 'hospitalWaiver')?.range.high)).toEqual(['200.00', '200.00', '0.00'])
  })
})

test('the waiver is rounded per bill, so the per-year reading never exceeds the per-stay one', () => {
  // Found by the properties: 10% of 0.11 = 0.011 → 0.01 and of 0.14 = 0.014 → 0.01; rounding the
  // year's 0.25 instead (0.025 → 0.03) would waive more per year than per stay.
  const y = weihaiPoor([
    { totalCost: '0.11', compliantCost: '0', hospitalLevel: 1, deductible: '0' },
    { totalCost: '0.14', compliantCost: '0', hospitalLevel: 1, deductible: '0' }
  ])
  expect(y.year.layers.find((l) => l.id === 'hospitalWaiver')?.range).toEqual({ low: '0.02', high: '0.02' })
})

describe('威海 普通居民, the annual cap crossed inside the second stay (三次住院)', () => {
  // 一档, level 1 (80%), deductible 1,000 each; cap 200,000. 大病 for ordinary residents is unpublished.
  const y = estimateYear({
    region: 'weihai',
    tier: 1,
    entries: [
      { totalCost: '160000', compliantCost: '150000', hospitalLevel: 1, deductible: '1000' }, // 149,000 × 80% = 119,200
      { totalCost: '125000', compliantCost: '120000', hospitalLevel: 1, deductible: '1000' }, // 95,200 → 80,800 left
      { totalCost: '10000', compliantCost: '10000', hospitalLevel: 1, deductible: '1000' } // 7,200 → nothing left
    ]
  })

  test('by hand', () => {
    expect(y.stays.map((s) => amount(s, 'basic'))).toEqual(['119200.00', '80800.00', '0.00'])
    expect(y.year.entries.map((e) => e.basicCapLeft)).toEqual(['200000.00', '80800.00', '0.00'])
    expect(at(at(y.stays, 1).layers, 0).note).toContain('本次只按剩余的80800.00元支付')
    expect(y.stays.map((s) => s.outOfPocket)).toEqual(['40800.00', '44200.00', '10000.00'])
    expect(amount(y.year, 'basic')).toBe('200000.00')
    expect(amount(y.year, 'critical')).toBeNull()
    expect(y.year.outOfPocket).toBe('95000.00') // 295,000 − 200,000
    everyBalances(y)
  })

  test('二档: its own bands per stay, cap 300,000', () => {
    // Level 3, d 1,000: stay 1 C 40,000 → 39,000 × 55% = 21,450; stay 2 C 500,000 →
    // 39,000 × 55% + 460,000 × 70% = 343,450 → 278,550 left of 300,000
    const two = estimateYear({
      region: 'weihai',
      tier: 2,
      entries: [
        { totalCost: '40000', compliantCost: '40000', hospitalLevel: 3, deductible: '1000' },
        { totalCost: '500000', compliantCost: '500000', hospitalLevel: 3, deductible: '1000' }
      ]
    })
    expect(two.stays.map((s) => amount(s, 'basic'))).toEqual(['21450.00', '278550.00'])
    everyBalances(two)
  })
})

describe('威海 特殊门诊慢性病 pooled with the year (300 a year, then the inpatient ratio)', () => {
  const y = weihaiPoor([
    // T = C = 1,000 at level 2: (1,000 − 300) × 60% = 420; P1 580 (大病 5,000 not reached);
    // outpatient assistance 70% × 580 = 406 (商业 and 再救助 are inpatient only); share 174
    { kind: 'specialChronicOutpatient', totalCost: '1000', compliantCost: '1000', hospitalLevel: 2 },
    // 300 already met: 500 × 60% = 300; P1 200; assistance 70% × 200 = 140; share 60
    { kind: 'specialChronicOutpatient', totalCost: '500', compliantCost: '500', hospitalLevel: 2 }
  ])

  test('by hand', () => {
    expect(y.year.entries.map((e) => e.specialChronicDeductibleLeft)).toEqual(['300.00', '0.00'])
    expect(y.stays.map((s) => amount(s, 'basic'))).toEqual(['420.00', '300.00'])
    expect(y.stays.map((s) => amount(s, 'assistance'))).toEqual(['406.00', '140.00'])
    expect(y.stays.map((s) => s.layers.some((l) => l.id === 'commercial' || l.id === 'reassistance'))).toEqual([false, false])
    expect(y.stays.map((s) => s.outOfPocket)).toEqual(['174.00', '60.00'])
    expect(at(y.stays, 0).layers.some((l) => l.id === 'hospitalWaiver')).toBe(false) // 减免 is for inpatient bills
    expect(at(at(y.stays, 0).layers, 0).sources.some((s) => s.quote.includes('合并计算'))).toBe(true)
    everyBalances(y)
  })

  test('Weifang publishes no such pooling', () => {
    expect(() =>
      estimateYear({
        region: 'weifang',
        tier: 2,
        entries: [{ kind: 'specialChronicOutpatient', totalCost: '1', compliantCost: '1', deductible: '0', basicRatio: '0.5' }]
      })
    ).toThrow('未规定特殊门诊慢性病费用与住院费用合并计算')
  })
})

describe('潍坊 参保居民, two and three stays', () => {
  // 二档, the user's deductible 1,000 and ratio 70%: basic is bounded (annual cap unpublished).
  const entries: StayInput[] = [
    { totalCost: '20000', compliantCost: '20000', deductible: '1000', basicRatio: '0.7' }, // 13,300; P1 6,700 < 12,000
    { totalCost: '30000', compliantCost: '30000', deductible: '1000', basicRatio: '0.7' }, // 20,300; P1 9,700; cum 16,400
    { totalCost: '110000', compliantCost: '100000', basicPaid: '60000' } // slip; P1 40,000; cum 56,400
  ]
  const y = estimateYear({ region: 'weifang', tier: 2, entries })

  test('大病 deductible 12,000 once a year, crossed in the second stay', () => {
    expect(y.year.entries.map((e) => e.criticalDeductibleLeft)).toEqual(['12000.00', '5300.00', '0.00'])
    expect(y.stays.map((s) => amount(s, 'critical'))).toEqual([
      '0.00',
      '2640.00', // (16,400 − 12,000) × 60%
      '24000.00' // (56,400 − 12,000) × 60% = 26,640 − 2,640
    ])
    expect(y.stays.map((s) => s.outOfPocket)).toEqual(['6700.00', '7060.00', '26000.00'])
    expect(y.year.outOfPocket).toBe('39760.00')
    everyBalances(y)
  })

  test('bounded: the basic annual cap is unpublished, so the year says 至少', () => {
    expect(at(y.year.layers, 0).range).toEqual({ low: null, high: '93600.00' }) // 13,300 + 20,300 + 60,000 at most
    expect(y.year.range).toEqual({ low: '39760.00', high: null })
    expect(y.year.unknowns.map((u) => u.id)).toEqual(['basicCap'])
    expect(at(y.stays, 0).range).toEqual({ low: '6700.00', high: null })
    // The slip stay takes its 大病 from the year so far, which the unpublished cap leaves open: its
    // share of the year is open on both sides (the year's total is not).
    expect(at(y.stays, 2).range).toEqual({ low: null, high: null })
    expect(y.year.readings).toEqual([])
  })

  test('the two-stay year is the first two stays of the three-stay year', () => {
    expect(estimateYear({ region: 'weifang', tier: 2, entries: entries.slice(0, 2) }).stays).toEqual(y.stays.slice(0, 2))
  })

  test('大病 annual cap 400,000 reached inside the second stay', () => {
    // Stay 1 P1 500,000: 88,000 × 60% + 100,000 × 65% + 100,000 × 70% + 200,000 × 75% = 337,800.
    // Stay 2 P1 200,000; cum 700,000 → 487,800 → cap 400,000: 62,200.
    const big = estimateYear({
      region: 'weifang',
      tier: 2,
      entries: [
        { totalCost: '600000', compliantCost: '600000', basicPaid: '100000' },
        { totalCost: '250000', compliantCost: '250000', basicPaid: '50000' },
        { totalCost: '1000', compliantCost: '1000', basicPaid: '500' }
      ]
    })
    expect(big.stays.map((s) => amount(s, 'critical'))).toEqual(['337800.00', '62200.00', '0.00'])
    expect(amount(big.year, 'critical')).toBe('400000.00')
    everyBalances(big)
  })
})

describe('安丘 重点救助对象 year (county anqiu)', () => {
  // 二档, slips; not a poverty household, so the base 大病 rule (12,000, 60%).
  const entries: StayInput[] = [
    { totalCost: '50000', compliantCost: '50000', basicPaid: '30000' },
    { totalCost: '40000', compliantCost: '40000', basicPaid: '25000' },
    { totalCost: '100000', compliantCost: '100000', basicPaid: '40000' }
  ]
  const y = estimateYear({ region: 'weifang', tier: 2, assistanceGroup: 'key', county: 'anqiu', entries })

  test('by hand', () => {
    // Stay 1: P1 20,000 → 大病 8,000 × 60% = 4,800; P2 15,200 → 救助 40% = 6,080; P4 9,120 (商业 unpublished)
    //   → 再救助 (9,120 − 5,000) × 70% = 2,884; OOP 6,236.
    // Stay 2: P1 15,000; cum 35,000 → 大病 13,800 − 4,800 = 9,000; cum P2 21,200 → 救助 8,480 − 6,080 = 2,400;
    //   cum P5 12,720 → 再救助 5,404 − 2,884 = 2,520; OOP 40,000 − 25,000 − 9,000 − 2,400 − 2,520 = 1,080.
    // Stay 3: P1 60,000; cum 95,000 → 大病 49,800 − 13,800 = 36,000; cum P2 45,200 → 救助 18,080 − 8,480 = 9,600;
    //   cum P5 27,120 → 再救助 15,484 − 5,404 = 10,080; OOP 4,320.
    expect(y.stays.map((s) => amount(s, 'critical'))).toEqual(['4800.00', '9000.00', '36000.00'])
    expect(y.stays.map((s) => amount(s, 'assistance'))).toEqual(['6080.00', '2400.00', '9600.00'])
    expect(y.stays.map((s) => amount(s, 'commercial'))).toEqual([null, null, null])
    expect(y.stays.map((s) => amount(s, 'reassistance'))).toEqual(['2884.00', '2520.00', '10080.00'])
    expect(y.stays.map((s) => s.outOfPocket)).toEqual(['6236.00', '1080.00', '4320.00'])
    expect(y.year.outOfPocket).toBe('11636.00') // cum P5 27,120 − 15,484
    everyBalances(y)
  })

  test('the key-group assistance is bounded (its cap is unpublished); 减免 and 商业 are named without figures, so the year is open both ways', () => {
    const a = y.year.layers.find((l) => l.id === 'assistance')
    expect(a?.range).toEqual({ low: null, high: '18080.00' })
    expect(y.year.range).toEqual({ low: null, high: null })
    expect(y.year.unknowns.map((u) => u.id).sort()).toEqual(['assistanceCap', 'commercialRule', 'waiverRule'])
  })

  test('re-assistance reaches its 20,000 a year', () => {
    // Stay 4: P1 100,000 (slip 0 on C 100,000); cum 195,000 → 大病 52,800 + 95,000 × 65% = 114,550;
    // cum P2 80,450 → 救助 32,180; cum P5 48,270 → 30,289 → cap 20,000: 20,000 − 15,484 = 4,516.
    const more = estimateYear({
      region: 'weifang',
      tier: 2,
      assistanceGroup: 'key',
      county: 'anqiu',
      entries: [...entries, { totalCost: '100000', compliantCost: '100000', basicPaid: '0' }]
    })
    expect(amount(at(more.stays, 3), 'reassistance')).toBe('4516.00')
    expect(amount(more.year, 'reassistance')).toBe('20000.00')
    expect(more.stays.slice(0, 3)).toEqual(y.stays)
  })

  test('insured elsewhere in Weifang: the 安丘 layers are not collected, in every stay', () => {
    const other = estimateYear({ region: 'weifang', tier: 2, assistanceGroup: 'key', county: 'other', entries })
    for (const s of other.stays) {
      expect(amount(s, 'assistance')).toBeNull()
      expect(amount(s, 'reassistance')).toBeNull()
    }
    expect(other.year.layers.find((l) => l.id === 'assistance')?.note).toContain('本地政策未收录')
    everyBalances(other)
  })
})

describe('本年度此前已报销', () => {
  test('prior slip totals start the year', () => {
    // Prior: C 50,000, basic 20,000 → P1 30,000; 大病 25,000 × 65% = 16,250; P4 13,750; commercial
    // 13,750 − 4,900 = 8,850. Stay: T = C = 10,000, level 1, d 0 → basic 8,000; P1 2,000; cum 32,000 →
    // 大病 17,550 − 16,250 = 1,300; cum P2 14,450 (no 救助); cum P4 − 9.8% × 60,000 = 8,570 < 8,850 → 0;
    // cum P5 14,450 − 8,850 = 5,600 → 再救助 420. OOP 10,000 − 8,000 − 1,300 − 420 = 280.
    const y = weihaiPoor([{ totalCost: '10000', compliantCost: '10000', hospitalLevel: 1, deductible: '0' }], {
      prior: { compliantCost: '50000', basicPaid: '20000', criticalPaid: '16250', commercialPaid: '8850' }
    })
    const s = at(y.stays, 0)
    expect(at(y.year.entries, 0).criticalDeductibleLeft).toBe('0.00')
    expect(at(y.year.entries, 0).basicCapLeft).toBe('180000.00')
    expect([amount(s, 'critical'), amount(s, 'commercial'), amount(s, 'reassistance')]).toEqual(['1300.00', '0.00', '420.00'])
    expect(s.outOfPocket).toBe('280.00')
    expect(y.year.prior?.basicPaid).toBe('20000.00')
    expect(y.year.warnings.some((w) => w.includes('本年度此前已报销'))).toBe(true)
    everyBalances(y)
  })

  test('prior basic counts against the annual cap; prior waiver against the 200 a year', () => {
    const y = weihaiPoor([{ totalCost: '20000', compliantCost: '10000', hospitalLevel: 1, deductible: '0' }], {
      prior: { compliantCost: '300000', basicPaid: '195000', hospitalWaiverPaid: '150' }
    })
    expect(amount(at(y.stays, 0), 'basic')).toBe('5000.00') // 8,000 → 5,000 left of 200,000
    expect(amount(at(y.stays, 0), 'hospitalWaiver')).toBe('50.00') // 200 − 150 (per year); per stay 200
    expect(at(y.stays, 0).layers.find((l) => l.id === 'hospitalWaiver')?.range).toEqual({ low: '50.00', high: '200.00' })
  })

  test('prior figures that cannot be', () => {
    expect(() => weihaiPoor([], { prior: { compliantCost: '100', basicPaid: '90', criticalPaid: '20' } })).toThrow(PolicyInputError)
    expect(() => weihaiPoor([], { prior: { compliantCost: '-1' } })).toThrow('金额不能为负数')
  })
})

describe('input checks', () => {
  test('an error names the entry', () => {
    try {
      weihaiPoor([
        { totalCost: '100', compliantCost: '100', hospitalLevel: 1, deductible: '0' },
        { totalCost: '100', compliantCost: '200', hospitalLevel: 1, deductible: '0' }
      ])
      throw new Error('no error')
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError)
      expect((e as PolicyInputError).field).toBe('stays[1].compliantCost')
      expect((e as PolicyInputError).message).toBe('第2条（住院）：政策范围内费用不能大于住院总费用')
    }
  })

  test('all entries in one calendar year; out-of-order dates warn', () => {
    const s = (date: string): StayInput => ({ totalCost: '1', compliantCost: '1', hospitalLevel: 1, deductible: '0', date })
    expect(() => weihaiPoor([s('2020-12-30'), s('2021-01-02')])).toThrow('同一医疗年度')
    expect(() => weihaiPoor([s('2020-02-30')])).toThrow('没有这一天')
    // The year is computed in the order of the dates; the entries come back in the order given.
    const swapped = weihaiPoor([s('2020-05-01'), s('2020-03-01')])
    expect(swapped.year.warnings[0]).toContain('已按日期先后计算')
    expect(swapped.year.order).toEqual([1, 0])
    expect(swapped.year.entries.map((e) => e.date)).toEqual(['2020-05-01', '2020-03-01'])
    expect(weihaiPoor([s('2020-03-01'), s('2020-05-01')]).year.warnings).toEqual([])
  })

  test('an empty year is zero, not an error', () => {
    const y = weihaiPoor([])
    expect(y.stays).toEqual([])
    expect(y.year.layers).toEqual([])
    expect([y.year.total, y.year.outOfPocket]).toEqual(['0.00', '0.00'])
  })

  test('an earlier stay without a basic figure makes the later cumulative layers not computable', () => {
    const y = estimateYear({
      region: 'weifang',
      tier: 2,
      povertyHousehold: true,
      entries: [
        { totalCost: '1000', compliantCost: '1000' }, // no deductible/ratio/slip
        { totalCost: '20000', compliantCost: '20000', basicPaid: '10000' }
      ]
    })
    expect(amount(at(y.stays, 1), 'basic')).toBe('10000.00')
    expect(amount(at(y.stays, 1), 'critical')).toBeNull()
    expect(at(y.stays, 1).outOfPocket).toBeNull()
    expect(at(y.stays, 1).warnings.some((w) => w.includes('第1条的基本医保未能测算'))).toBe(true)
    expect(y.year.burden.compliant).toBeNull()
    everyBalances(y)
  })
})

test('an earlier stay with its deductible left blank: the later stay is told the year so far is open, not that basic insurance failed', () => {
  // 王阿姨: the later share is one figure all the same (the 9.8% holds it), its layers only ranges.
  const y = weihaiPoor([20000, 50000].map((t) => ({ totalCost: String(t), compliantCost: String(t), hospitalLevel: 3 as const })))
  expect(at(y.stays, 1).outOfPocket).toBe('3598.00')
  expect(at(y.stays, 1).warnings.some((w) => w.includes('第1条有未填写的数字'))).toBe(true)
  expect(at(y.stays, 1).warnings.some((w) => w.includes('基本医保未能测算'))).toBe(false)
})

describe('the entries under their old name, `stays` (deprecated, still read)', () => {
  // Two stays and a 特殊门诊慢性病 bill between them: the list is of entries, not only stays.
  const entries: StayInput[] = [
    { totalCost: '120000', compliantCost: '100000', hospitalLevel: 3, deductible: '1000', date: '2020-03-02' },
    { kind: 'specialChronicOutpatient', totalCost: '3200', compliantCost: '3000', hospitalLevel: 2, date: '2020-04-10' },
    { totalCost: '30000', compliantCost: '25000', hospitalLevel: 2, deductible: '600', date: '2020-07-15' }
  ]
  const household = { region: 'weihai', tier: 1, povertyHousehold: true } as const
  const many: StayInput[] = Array.from({ length: MAX_YEAR_ENTRIES + 1 }, () => ({
    totalCost: '1',
    compliantCost: '1',
    hospitalLevel: 1,
    deductible: '0'
  }))

  test('`stays` gives the same year as `entries`; the result keeps its own `stays`', () => {
    const given = estimateYear({ ...household, entries })
    expect(given.year.total).toBe('153200.00')
    expect(given.year.entries).toHaveLength(3)
    expect(Object.keys(given).sort()).toEqual(['stays', 'year'])
    expect(given.stays).toHaveLength(3)
    expect(estimateYear({ ...household, stays: entries })).toEqual(given)
  })

  test('an entry is named by its index either way (stays[i], as before)', () => {
    const bad: StayInput[] = [
      { totalCost: '100', compliantCost: '100', hospitalLevel: 1, deductible: '0' },
      { totalCost: '100', compliantCost: '200' }
    ]
    const error = expect.objectContaining({ field: 'stays[1].compliantCost', message: '第2条（住院）：政策范围内费用不能大于住院总费用' })
    expect(() => estimateYear({ ...household, entries: bad })).toThrow(error)
    expect(() => estimateYear({ ...household, stays: bad })).toThrow(error)
  })

  test('none, not a list, or too many: an input error named by the field given', () => {
    expect(() => estimateYear({ ...household })).toThrow(expect.objectContaining({ field: 'entries', message: '住院记录无效' }))
    expect(() => estimateYear({ ...household, entries: {} as never })).toThrow(
      expect.objectContaining({ field: 'entries', message: '住院记录无效' })
    )
    expect(() => estimateYear({ ...household, stays: 'x' as never })).toThrow(
      expect.objectContaining({ field: 'stays', message: '住院记录无效' })
    )
    const tooMany = `一个年度最多记录${MAX_YEAR_ENTRIES}条`
    expect(() => estimateYear({ ...household, entries: many })).toThrow(expect.objectContaining({ field: 'entries', message: tooMany }))
    expect(() => estimateYear({ ...household, stays: many })).toThrow(expect.objectContaining({ field: 'stays', message: tooMany }))
    expect(estimateYear({ ...household, entries: many.slice(1) }).stays).toHaveLength(MAX_YEAR_ENTRIES)
  })

  test('both at once is refused, whichever lists they are: which one was meant cannot be told', () => {
    const both = expect.objectContaining({
      field: 'entries',
      message: '测算数据同时有 entries 和 stays（stays 是 entries 的旧名）：请只用 entries 给出各条记录'
    })
    for (const stays of [entries, [], entries.slice(0, 1)]) {
      expect(() => estimateYear({ ...household, entries, stays })).toThrow(both)
      expect(() => estimateYear({ ...household, entries: [], stays })).toThrow(both)
    }
    // An absent name may be spelt undefined (an old input spread, its `stays` cleared).
    expect(estimateYear({ ...household, entries, stays: undefined })).toEqual(estimateYear({ ...household, entries }))
    expect(estimateYear({ ...household, entries: undefined, stays: entries })).toEqual(estimateYear({ ...household, entries }))
  })
})

describe('the policy year of a year of stays', () => {
  const stay = { totalCost: '30000', compliantCost: '30000', hospitalLevel: 3 as const, deductible: '1000', date: '2020-03-02' }

  test('dated stays of a bundled year are computed under that year, and asking another year is an error at the date', () => {
    const given = estimateYear({ region: 'weihai', tier: 1, year: 2020, entries: [stay] })
    expect(estimateYear({ region: 'weihai', tier: 1, entries: [stay] })).toEqual(given)
    let unregister = () => {}
    try {
      unregister = registerPack({ ...weihai2020, year: 2099 })
      // Without a year, the stays' own year (2020), not the newest (2099).
      expect(estimateYear({ region: 'weihai', tier: 1, entries: [stay] })).toEqual(given)
      expect(() => estimateYear({ region: 'weihai', tier: 1, year: 2099, entries: [stay] })).toThrow(
        /第1条的日期在2020年，应按2020年度政策测算（现在选的是2099年度）/
      )
    } finally {
      unregister()
    }
  })

  test('dates of a year with no bundled pack are computed under the newest (the app says which year it uses)', () => {
    const today = { ...stay, date: '2026-03-02' }
    expect(estimateYear({ region: 'weihai', tier: 1, entries: [today] }).year.outOfPocket).toBe(
      estimateYear({ region: 'weihai', tier: 1, year: 2020, entries: [stay] }).year.outOfPocket
    )
  })
})

describe('a prior burden never reimbursed', () => {
  test('a stay after "此前已报销" with only the compliant part entered: no layer pays more than this stay leaves, the share is never negative', () => {
    // Weihai poverty, 一档, 三级, 50,000: the year's 9.8% (商业) and 再救助 are counted over the year,
    // so a prior 20,000 with nothing paid would have them pay it back in this stay (−¥14,442.00 before).
    const r = estimateInpatient({
      region: 'weihai',
      year: 2020,
      tier: 1,
      hospitalLevel: 3,
      totalCost: '50000',
      compliantCost: '50000',
      povertyHousehold: true,
      prior: { compliantCost: '20000' }
    })
    expect(new Decimal(r.outOfPocket ?? '0').gte(0)).toBe(true)
    expect(new Decimal(r.range.low ?? '0').gte(0)).toBe(true)
    const paid = r.layers.reduce((acc, l) => acc.plus(l.amount ?? l.range.high ?? '0'), new Decimal(0))
    expect(paid.lte(r.total)).toBe(true)
  })
})

describe('more readings than can all be combined: the figures past the limit say so', () => {
  // 威海 贫困人口 二档: a referral (weihai.outOfAreaRatio, whose option B leaves the basic rule
  // open), a 特殊门诊慢性病 bill (weihai.outpatientInCritical), the period readings of the second stay
  // and, in the last stay, weihai.capMeaning: 2 × 2⁴ × 2 × 2 combinations, beyond the 32 run together.
  const sixEntries = (): YearEstimate =>
    estimateYear({
      region: 'weihai',
      year: 2020,
      tier: 2,
      povertyHousehold: true,
      entries: [
        { totalCost: '220000', compliantCost: '180000', hospitalLevel: 3, deductible: '1000', setting: 'referral', date: '2020-01-08' },
        { totalCost: '45000', compliantCost: '38000', hospitalLevel: 2, deductible: '600', date: '2020-03-02' },
        { kind: 'specialChronicOutpatient', totalCost: '3200', compliantCost: '3000', hospitalLevel: 2, date: '2020-04-10' },
        { totalCost: '98000', compliantCost: '86000', hospitalLevel: 3, deductible: '1000', date: '2020-06-21' },
        { totalCost: '12000', compliantCost: '11000', hospitalLevel: 1, deductible: '300', date: '2020-09-30' },
        { totalCost: '160000', compliantCost: '150000', hospitalLevel: 3, deductible: '1000', date: '2020-11-15' }
      ]
    })

  test('the year and the last stay are flagged, with no limit claimed; the stays before it are not flagged', () => {
    const y = sixEntries()
    expect(y.year.readingsNotAllCombined).toBe(true)
    expect(y.year.range).toEqual({ low: null, high: null })
    expect(at(y.stays, 5).readingsNotAllCombined).toBe(true)
    expect(y.stays.slice(0, 5).map((s) => s.readingsNotAllCombined)).toEqual([undefined, undefined, undefined, undefined, undefined])
    // The first stay is before every reading past the limit: its own limit stands.
    expect(at(y.stays, 0).range).toEqual({ low: null, high: '48592.00' })
  })

  test('a year whose readings were all combined carries no flag', () => {
    const y = weihaiPoor([
      { totalCost: '120000', compliantCost: '100000', hospitalLevel: 3, deductible: '1000' },
      { totalCost: '30000', compliantCost: '25000', hospitalLevel: 2, deductible: '600' }
    ])
    expect(y.year.readings.length).toBeGreaterThan(0)
    expect('readingsNotAllCombined' in y.year).toBe(false)
    expect(y.stays.every((s) => !('readingsNotAllCombined' in s))).toBe(true)
  })
})
