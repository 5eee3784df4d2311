// Engine functions take the pack they compute on: a test's fictional pack is a plain value, never
// registered, and a pack that contradicts the region or year asked for is an input error.
import * as engine from '../../src/engine'
import { listPacks } from '../../src/policy/registry'
import { buildFictionalWeihai, FICTIONAL_YEAR } from '../fixtures/fictional-weihai-2099'

const fictional = buildFictionalWeihai()
const stay = {
  region: 'weihai' as const,
  tier: 1 as const,
  hospitalLevel: 3 as const,
  totalCost: '200000',
  compliantCost: '200000',
  deductible: '1000'
}

test('a plain-value pack computes without being registered', () => {
  expect(listPacks().some((p) => p.year === FICTIONAL_YEAR)).toBe(false)
  // 一档, level 3: (200,000 − 1,000) × 50% = 99,500, held at the fictional cap of 50,000 (2020: 200,000).
  const basic = (r: engine.InpatientEstimate) => r.layers.find((l) => l.id === 'basic')?.amount
  expect(basic(engine.estimateInpatient({ ...stay, pack: fictional }))).toBe('50000.00')
  expect(basic(engine.estimateInpatient(stay))).toBe('99500.00')
  expect(
    engine
      .estimateYear({ region: 'weihai', tier: 1, pack: fictional, entries: [{ ...stay, date: '2020-03-02' }] })
      .year.layers.find((l) => l.id === 'basic')?.amount
  ).toBe('50000.00')
  expect(
    engine.householdContribution({ region: 'weihai', year: FICTIONAL_YEAR, pack: fictional, members: [{ category: 'adult', tier: 1 }] })
      .total
  ).toBe('999.00')
  expect(
    engine.tierComparison({ region: 'weihai', pack: fictional, hospitalLevel: 3, compliantCost: '200000', deductible: '1000' })
  ).toMatchObject({ tier1: { basic: '50000.00', annualCap: '50000.00' } })
})

test('a pack that contradicts the region or the year asked for is refused with a clear message', () => {
  expect(() => engine.estimateInpatient({ ...stay, region: 'weifang', pack: fictional })).toThrow(
    new engine.PolicyInputError('region', '所给政策数据是威海市的，与所选地区不符')
  )
  expect(() => engine.estimateInpatient({ ...stay, year: 2020, pack: fictional })).toThrow(/所给政策数据是2099年度的，与所选年度不符/)
  expect(() => engine.estimateInpatient({ ...stay, pack: null as never })).toThrow(/政策数据无效/)
})
