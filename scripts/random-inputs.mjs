// Random engine inputs for the scripts that compare and time the engine (compare-engine.mjs,
// bench.mjs): a household and the entries of its year, drawn by fast-check, and turned into the
// engine's input. Both regions, both tiers, poverty households and assistance groups, 安丘 and
// other counties, stays and special chronic outpatient entries, blank deductibles and compliant
// costs (unknowns), slip figures, special drugs, "此前已报销" totals, dated and undated years, and
// some inputs the engine refuses. Changing an arbitrary changes every sample drawn from a seed.
import fc from 'fast-check'

export const yuan = (fen) => (fen / 100).toFixed(2)
const fen = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10_000_000 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 100_000_000 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }), weight: 1 }
)
export const household = fc.record({
  region: fc.constantFrom('weihai', 'weifang'),
  tier: fc.constantFrom(1, 2),
  povertyHousehold: fc.boolean(),
  assistanceGroup: fc.constantFrom('none', 'key', 'lowIncome', undefined),
  county: fc.constantFrom('anqiu', 'other', undefined),
  prior: fc.option(
    fc.constantFrom(
      { compliantCost: '50000', basicPaid: '20000', criticalPaid: '1000', assistancePaid: '500' },
      { compliantCost: '8000', basicPaid: '3000', specialDrugCost: '20000', specialDrugPaid: '12000', hospitalWaiverPaid: '200' },
      { compliantCost: '300000', basicPaid: '150000', criticalPaid: '60000', commercialPaid: '2000', reassistancePaid: '1000' }
    ),
    { nil: undefined, freq: 4 }
  ),
  dated: fc.constantFrom('all', 'all', 'some', 'none')
})
export const entry = fc.record({
  chronic: fc.integer({ min: 0, max: 4 }), // 0: a special chronic outpatient entry (Weihai)
  hospitalLevel: fc.oneof({ arbitrary: fc.constantFrom(1, 2, 3), weight: 40 }, { arbitrary: fc.constant(undefined), weight: 1 }),
  compliantFen: fen,
  nonCompliantFen: fen,
  compliantKnown: fc.boolean(),
  deductibleFen: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined, freq: 3 }),
  ratioPermille: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined, freq: 3 }),
  slipShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 5 }),
  manualClaim: fc.boolean(),
  setting: fc.constantFrom('local', 'local', 'referral', 'emergency', 'longTermResidence', 'unreferred'),
  specialDrugFen: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined, freq: 3 }),
  day: fc.integer({ min: 0, max: 364 }),
  label: fc.constantFrom(undefined, undefined, '市立医院')
})

export function toStay(h, e, k) {
  const chronic = e.chronic === 0 && h.region === 'weihai'
  const s = { totalCost: yuan(e.compliantFen + e.nonCompliantFen), manualClaim: e.manualClaim }
  if (e.hospitalLevel !== undefined) s.hospitalLevel = e.hospitalLevel
  if (e.compliantKnown) s.compliantCost = yuan(e.compliantFen)
  if (e.deductibleFen !== undefined) s.deductible = yuan(e.deductibleFen)
  if (chronic) s.kind = 'specialChronicOutpatient'
  else s.setting = e.setting
  if (e.ratioPermille !== undefined) s.basicRatio = (e.ratioPermille / 1000).toString()
  if (e.slipShare !== undefined && e.compliantKnown) s.basicPaid = yuan(Math.floor((e.compliantFen * e.slipShare) / 100))
  if (e.specialDrugFen !== undefined && !chronic) s.specialDrugCost = yuan(e.specialDrugFen)
  if (h.dated === 'all' || (h.dated === 'some' && k % 2 === 0)) {
    s.date = new Date(Date.UTC(2020, 0, 1 + e.day)).toISOString().slice(0, 10)
  }
  if (e.label !== undefined) s.label = e.label
  return s
}

export function householdOf(h) {
  const y = { region: h.region, tier: h.tier, povertyHousehold: h.povertyHousehold }
  if (h.assistanceGroup !== undefined) y.assistanceGroup = h.assistanceGroup
  if (h.county !== undefined) y.county = h.county
  if (h.prior !== undefined) y.prior = h.prior
  return y
}
