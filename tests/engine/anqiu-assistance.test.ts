// 安丘 医疗救助 (seed 004 §3, §8; POLICY-READING §5).
import { amountOf, balance, ids, layer, weifang, weihai } from './helpers'
import { at } from '../../src/test-support/present'

const key = { assistanceGroup: 'key' as const, county: 'anqiu' as const }

describe('key-assistance group: 40% of P2, no deductible, cap unpublished', () => {
  // C = 100,000, slip basic 60,000 → P1 = 40,000; 大病 (40,000 − 12,000) × 60% = 16,800; P2 = 23,200
  const r = weifang({ ...key, totalCost: '110000', compliantCost: '100000', basicPaid: '60000' })

  test('layers', () => {
    expect(ids(r)).toEqual(['basic', 'critical', 'hospitalWaiver', 'assistance', 'commercial', 'reassistance'])
    expect(amountOf(r, 'critical')).toBe('16800.00')
    expect(amountOf(r, 'assistance')).toBe('9280.00') // 23,200 × 40%; P3 = 13,920
    expect(amountOf(r, 'hospitalWaiver')).toBeNull() // named without figures
    expect(amountOf(r, 'commercial')).toBeNull()
    expect(amountOf(r, 'reassistance')).toBe('6244.00') // (13,920 − 5,000) × 70%
    expect(r.outOfPocket).toBe('17676.00') // 13,920 − 6,244 + 10,000
    expect(balance(r)).toBe('110000.00')
  })

  test('the missing cap is said, not guessed', () => {
    expect(layer(r, 'assistance').note).toContain('访谈未公布安丘市重点救助对象住院救助的年度限额')
    expect(r.unknowns.map((u) => u.id)).toContain('assistanceCap')
  })

  test('re-assistance capped at 20,000', () => {
    // P1 = 200,000: 大病 117,800; P2 = 82,200; 救助 32,880; P3 = 49,320; (44,320 × 70% = 31,024) → 20,000
    const big = weifang({ ...key, totalCost: '500000', compliantCost: '500000', basicPaid: '300000' })
    expect(amountOf(big, 'assistance')).toBe('32880.00')
    expect(amountOf(big, 'reassistance')).toBe('20000.00')
    expect(big.outOfPocket).toBe('29320.00')
  })

  test('re-assistance edge: left at 5,000 → 0', () => {
    // P2 = 5,000 / 0.6 would not be exact; use P1 below the 大病 deductible: P1 = P2 = 8,333.33
    // 救助 3,333.332 → 3,333.33; P3 = 5,000.00 → 再救助 0
    const r2 = weifang({ ...key, totalCost: '8333.33', compliantCost: '8333.33', basicPaid: '0' })
    expect(amountOf(r2, 'assistance')).toBe('3333.33')
    expect(amountOf(r2, 'reassistance')).toBe('0.00')
  })

  test('poverty household in the key group gets the 大病 tilt first', () => {
    // P1 = 40,000: tilt (35,000 × 65%) = 22,750; P2 = 17,250; 救助 6,900; P3 = 10,350; 再救助 3,745
    const p = weifang({ ...key, povertyHousehold: true, totalCost: '100000', compliantCost: '100000', basicPaid: '60000' })
    expect(amountOf(p, 'critical')).toBe('22750.00')
    expect(amountOf(p, 'assistance')).toBe('6900.00')
    expect(amountOf(p, 'reassistance')).toBe('3745.00')
  })
})

describe('low-income group: deductible 30,000 published, ratio not', () => {
  test('null with both facts in the note; no re-assistance', () => {
    const r = weifang({ assistanceGroup: 'lowIncome', county: 'anqiu', totalCost: '100000', compliantCost: '100000', basicPaid: '40000' })
    expect(ids(r)).toEqual(['basic', 'critical', 'assistance'])
    expect(amountOf(r, 'assistance')).toBeNull()
    expect(layer(r, 'assistance').note).toContain('救助比例')
    expect(layer(r, 'assistance').note).toContain('30000.00')
    expect(at(layer(r, 'assistance').sources, 0).quote).toContain('3万元')
  })
})

describe('no assistance group', () => {
  test('poverty household alone: basic and 大病 only (Weifang names no other layer for it)', () => {
    expect(ids(weifang({ povertyHousehold: true, totalCost: '100', compliantCost: '100', basicPaid: '0' }))).toEqual(['basic', 'critical'])
  })

  test('basic not computable: assistance and re-assistance only ranges, the share open below', () => {
    const r = weifang({ ...key, totalCost: '100', compliantCost: '100' })
    expect(amountOf(r, 'assistance')).toBeNull()
    // 40% of at most 100: at most 40 (its cap unpublished, so no lower limit either)
    expect(layer(r, 'assistance').range).toEqual({ low: null, high: '40.00' })
    expect(layer(r, 'reassistance').amount).toBe('0.00') // under 5,000 whatever basic paid
    expect(layer(r, 'commercial').range).toEqual({ low: '0.00', high: null })
    expect(r.outOfPocket).toBeNull()
    expect(r.range).toEqual({ low: null, high: null })
  })
})

describe('安丘-only rules: a key-group stay insured in 安丘 vs another county (POLICY-READING §5)', () => {
  // Same stay as above: C = 100,000, slip basic 60,000, 大病 16,800, P2 = 23,200.
  const stay = { assistanceGroup: 'key' as const, totalCost: '110000', compliantCost: '100000', basicPaid: '60000' }

  test('安丘: assistance at most (its cap unpublished); 减免 and 商业 named without figures: the share open both ways', () => {
    const r = weifang({ ...stay, county: 'anqiu' })
    expect(amountOf(r, 'assistance')).toBe('9280.00')
    expect(layer(r, 'assistance').range).toEqual({ low: null, high: '9280.00' })
    expect(layer(r, 'assistance').note).toContain('年度限额')
    // Published caps and slip figures stay exact.
    expect(layer(r, 'basic').range).toEqual({ low: '60000.00', high: '60000.00' })
    expect(layer(r, 'critical').range).toEqual({ low: '16800.00', high: '16800.00' })
    // Never "至少": the unpublished 减免 and 商业 can lower the share, the unpublished cap raise it.
    expect(r.range).toEqual({ low: null, high: null })
    expect(r.unknowns.map((u) => u.id).sort()).toEqual(['assistanceCap', 'commercialRule', 'waiverRule'])
  })

  for (const county of ['other', undefined] as const) {
    test(`county ${county ?? 'not given'}: the 安丘 layers are not collected and left out of the total`, () => {
      const r = weifang({ ...stay, county })
      expect(ids(r)).toEqual(['basic', 'critical', 'hospitalWaiver', 'assistance', 'commercial', 'reassistance'])
      for (const id of ['hospitalWaiver', 'assistance', 'commercial', 'reassistance'] as const) {
        expect(amountOf(r, id)).toBeNull()
        expect(layer(r, id).note).toContain('本地政策未收录（以下为安丘市规定）')
      }
      // 110,000 − 60,000 − 16,800: nothing from 安丘's rules; the county's own rules are not
      // collected, so the share may be lower, never higher.
      expect(r.outOfPocket).toBe('33200.00')
      expect(r.range).toEqual({ low: null, high: '33200.00' })
      expect(r.unknowns.map((u) => u.id)).toEqual(['countyRule'])
      expect(balance(r)).toBe('110000.00')
      expect(r.warnings.some((w) => w.includes('安丘市的规定'))).toBe(true)
    })
  }

  test('without a county the note asks for it; with "other" it does not', () => {
    expect(layer(weifang(stay), 'assistance').note).toContain('请在“参保地”中选择安丘市')
    expect(layer(weifang({ ...stay, county: 'other' }), 'assistance').note).not.toContain('请在“参保地”')
  })

  test('the county does not matter in Weihai, and a bad county is refused in Chinese', () => {
    const poor = { povertyHousehold: true, totalCost: '120000', compliantCost: '100000', deductible: '1000' }
    expect(weihai({ ...poor, county: 'other' })).toEqual(weihai(poor))
    expect(() => weifang({ ...stay, county: 'qingzhou' as never })).toThrow('参保地无效')
  })
})

describe('bounded basic insurance (潍坊, annual cap unpublished)', () => {
  test("from the user's deductible and ratio: at most, and the patient pays at least", () => {
    // (10,000 − 1,000) × 70% = 6,300
    const r = weifang({ totalCost: '10000', compliantCost: '10000', deductible: '1000', basicRatio: '0.7' })
    expect(amountOf(r, 'basic')).toBe('6300.00')
    expect(layer(r, 'basic').range).toEqual({ low: null, high: '6300.00' })
    expect(layer(r, 'basic').note).toContain('年度最高支付限额未公布')
    expect(r.range).toEqual({ low: '3700.00', high: null })
    expect(r.unknowns.map((u) => u.id)).toEqual(['basicCap'])
  })

  test('from the settlement slip: exact', () => {
    const r = weifang({ totalCost: '10000', compliantCost: '10000', basicPaid: '6300' })
    expect(layer(r, 'basic').range).toEqual({ low: '6300.00', high: '6300.00' })
    expect(r.range).toEqual({ low: '3700.00', high: '3700.00' })
    expect(r.unknowns).toEqual([])
  })
})
