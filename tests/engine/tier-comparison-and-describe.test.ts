// Weihai 一档 vs 二档 for the same stay, and the per-layer help text.
import {
  describeLayer,
  describeMiscarriageDays,
  describeSpecialChronicEntry,
  isUnpublishedResult,
  LAYER_ORDER,
  tierComparison
} from '../../src/engine'
import { getPack } from '../../src/policy/registry'
import type { TierComparison } from '../../src/engine'

describe('tierComparison', () => {
  test('level 2, C = 50,000, deductible 1,000: 29,400 vs 32,350', () => {
    const r = tierComparison({
      region: 'weihai',
      year: 2020,
      hospitalLevel: 2,
      compliantCost: '50000',
      deductible: '1000'
    }) as TierComparison
    expect(r).toMatchObject({
      tier1: { basic: '29400.00', annualCap: '200000.00' },
      tier2: { basic: '32350.00', annualCap: '300000.00' },
      difference: '2950.00',
      contributionDifference: '200.00'
    })
    expect(r.sources.length).toBeGreaterThan(3)
  })

  test('level 1 below 40,000: no difference', () => {
    const r = tierComparison({
      region: 'weihai',
      year: 2020,
      hospitalLevel: 1,
      compliantCost: '30000',
      deductible: '500'
    }) as TierComparison
    expect(r.difference).toBe('0.00')
  })

  test('caps: 200,000 vs 300,000', () => {
    const r = tierComparison({
      region: 'weihai',
      year: 2020,
      hospitalLevel: 1,
      compliantCost: '1000000',
      deductible: '0'
    }) as TierComparison
    expect(r.difference).toBe('100000.00')
  })

  test('Weifang: not published; bad input', () => {
    expect(
      isUnpublishedResult(tierComparison({ region: 'weifang', year: 2020, hospitalLevel: 2, compliantCost: '1', deductible: '0' }))
    ).toBe(true)
    expect(() => tierComparison({ region: 'weihai', year: 2020, hospitalLevel: 5 as never, compliantCost: '1', deductible: '0' })).toThrow(
      expect.objectContaining({ field: 'hospitalLevel' })
    )
  })
})

describe('describeLayer', () => {
  test.each(
    LAYER_ORDER.flatMap(
      (id) =>
        [
          [id, 'weihai'],
          [id, 'weifang']
        ] as const
    )
  )('%s in %s has lines', (id, region) => {
    const d = describeLayer(id, region)
    expect(d.lines.length).toBeGreaterThan(0)
    expect(d.label.length).toBeGreaterThan(0)
  })

  test('figures come from the pack', () => {
    expect(describeLayer('basic', 'weihai').lines[0]).toBe('一档：一级医院80%、二级医院60%、三级医院50%；年度最高20万元')
    expect(describeLayer('critical', 'weifang').lines[0]).toContain('起付标准1.2万元')
    expect(describeLayer('commercial', 'weihai').lines[0]).toContain('9.8%')
    expect(describeLayer('assistance', 'weifang').lines.join()).toContain('重点救助对象：不设起付线，救助40%，年度限额未公布')
    // 安丘市's own rules, said before anything else; Weihai's chain is the whole city's.
    for (const id of ['assistance', 'reassistance', 'hospitalWaiver', 'commercial'] as const) {
      expect(describeLayer(id, 'weifang').lines[0]).toBe('以下为安丘市的规定，只适用于在安丘市参保的人；其他县市区的规定未收录')
      expect(describeLayer(id, 'weihai').lines.join()).not.toContain('安丘')
    }
    expect(describeLayer('critical', 'weifang').lines.join()).not.toContain('安丘市的规定')
  })
})

describe('rule text a page shows is built in the engine', () => {
  test('a special chronic outpatient entry of the year: the yearly deductible, then the inpatient ratio (Weihai only)', () => {
    expect(describeSpecialChronicEntry(getPack('weihai', 2020))).toBe('起付标准按每人每年300元计算，超过部分按住院报销比例。')
    expect(describeSpecialChronicEntry(getPack('weifang', 2020))).toBeNull()
  })

  test('the miscarriage leave, both lengths, as each region words the threshold', () => {
    expect(describeMiscarriageDays(getPack('weihai', 2020).maternity)).toBe('怀孕未满4个月流产：15天；怀孕满4个月流产：42天。')
    expect(describeMiscarriageDays(getPack('weifang', 2020).maternity)).toBe(
      '怀孕4个月以内（含4个月）流产：15天；怀孕4个月以上流产：42天。'
    )
  })
})
