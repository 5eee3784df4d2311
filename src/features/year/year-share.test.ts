// The year's share code carries each stay in the one stay table's letters (the estimator's code
// writes them the same), and every code the earlier encoder wrote still opens to the same ledger.
import { decodeLedger, encodeLedger } from './year-share'
import { DEFAULT_FORMS, encodeShare, seal } from '../share'
import { EMPTY_LEDGER, EMPTY_SLIP, ledgerInput, newEntry } from './year-store'
import type { InsuredPerson, Ledger, LedgerEntry } from './year-store'
import { estimateYear } from '../../engine'
import { at, only } from '../../test-support/present'

// Codes sealed as every version seals them: by the app's own seal, which the literal old code
// below checks too.
const sealed = seal

const household: InsuredPerson = { tier: '2', poverty: true, assistance: 'key', county: 'anqiu' }
const ledger: Ledger = {
  ...EMPTY_LEDGER,
  usePrior: true,
  prior: { ...EMPTY_LEDGER.prior, compliant: '20000', basicPaid: '12000' },
  entries: [
    {
      ...newEntry(),
      date: '2020-03-02',
      label: '市中心医院',
      level: '3',
      total: '12万',
      compliant: '100000',
      deductible: '1000',
      specialDrug: '3000'
    },
    {
      ...newEntry(),
      level: '2',
      setting: 'referral',
      basicSource: 'slip',
      total: '50000',
      compliant: '40000',
      basicPaid: '20000.5',
      slip: { ...EMPTY_SLIP, totalCost: '50000', specialDrug: '3000', assistance: '500' }
    },
    { ...newEntry('specialChronicOutpatient'), total: '8000', compliant: '6000' },
    { ...newEntry(), level: '1', total: '30000', ratio: '62.5678' }
  ]
}
/** The same ledger as the version-1 encoder wrote it (run on this ledger before the letters were unified). */
const VERSION_1 =
  '1_wf_t2_p1_a1_n1-k0_S0_b0_D20200302_L3_T120000_C100000_d1000_s3000-k0_S1_b1_L2_T50000_C40000_B20000.5_U50000_x3000_a500-k1_S0_b0_T8000_C6000-k0_S0_b0_L1_T30000_r0.625678-P_C20000_B12000~1hnpykv'

/** What a receiver gets: the entries as shared (no ids, no names; amounts in plain digits). */
const shared = (l: Ledger) => l.entries.map(({ id: _id, label: _label, ...rest }) => rest)
// Weifang does not pool 特殊门诊慢性病 bills with stays: the stays alone are computed.
const figures = (l: Ledger) => {
  const input = ledgerInput('weifang', household, { ...l, entries: l.entries.filter((e) => e.kind === 'inpatient') }, 2020)
  if (!input.ok) throw new Error(input.message)
  return estimateYear(input.input).year
}

test('the version-1 code, exactly as it was sent, opens to the ledger that was shared', () => {
  expect(sealed(VERSION_1.slice(0, VERSION_1.indexOf('~')))).toBe(VERSION_1)
  const old = decodeLedger(VERSION_1)
  if (!old.ok) throw new Error(old.reason)
  expect(old.region).toBe('weifang')
  expect(old.household).toEqual(household)
  const now = decodeLedger(encodeLedger('weifang', household, ledger))
  if (!now.ok) throw new Error(now.reason)
  expect(shared(old.ledger)).toEqual(shared(now.ledger))
  expect(old.ledger.entries[1]).toMatchObject({ setting: 'referral', basicSource: 'slip', basicPaid: '20000.5', level: '2' })
  expect(at(old.ledger.entries, 1).slip).toEqual({ ...EMPTY_SLIP, totalCost: '50000', specialDrug: '3000', assistance: '500' })
  expect(at(old.ledger.entries, 0).specialDrug).toBe('3000')
  expect(at(old.ledger.entries, 2).kind).toBe('specialChronicOutpatient')
  expect(at(old.ledger.entries, 3).ratio).toBe('62.5678')
  expect(old.ledger.prior).toMatchObject({ compliant: '20000', basicPaid: '12000' })
  // And the receiver computes what the sender did.
  const { entries: _names, ...sent } = figures(ledger)
  expect(figures(old.ledger)).toMatchObject(sent)
  expect(figures(old.ledger).outOfPocket).toBe(sent.outOfPocket)
})

test("version 2 writes each stay in the letters the estimator's code uses", () => {
  const code = encodeLedger('weifang', household, ledger)
  expect(code.startsWith('2_wf_t2_v1_a1_y1-')).toBe(true)
  const [, first, second, chronic, ratio] = code.slice(0, code.indexOf('~')).split('-')
  expect(first).toBe('D20200302_l3_T120000_C100000_d1000_x3000')
  expect(second).toBe('l2_s1_T50000_C40000_b1_p20000.5_U50000_X3000_a500')
  expect(chronic).toBe('k1_T8000_C6000')
  expect(ratio).toBe('l1_T30000_q62.5678')
  // The estimator's code for the first stay carries its fields under the same letters and values.
  const estimate = encodeShare('weifang', 'inpatient', { ...DEFAULT_FORMS.inpatient, ...ledger.entries[0], tier: '2', poverty: true }, 2020)
  for (const part of ['l3', 'T120000', 'C100000', 'd1000', 'x3000']) expect(estimate.split(/[_~]/)).toContain(part)
})

test("every old letter is migrated one way: 特药 s→x and the slip's 特药 x→X in the same block", () => {
  const d = decodeLedger(sealed('1_wf_t1_p0_a0_n0-k0_S2_b0_L2_T1000_s10_x20'))
  if (!d.ok) throw new Error(d.reason)
  const entry: LedgerEntry = only(d.ledger.entries, 'ledger entries')
  expect(entry).toMatchObject({ setting: 'emergency', level: '2', specialDrug: '10' })
  expect(entry.slip?.specialDrug).toBe('20')
  // A version-1 code without the county (older still) opens with none.
  const noCounty = decodeLedger(sealed('1_wf_t1_p1_a2-k0_S0_b0_T1000'))
  expect(noCounty.ok && noCounty.household).toEqual({ tier: '1', poverty: true, assistance: 'lowIncome', county: '' })
})

test('a code is refused as a whole when anything is off, in either version', () => {
  for (const payload of [
    '1_wf_t1_p0_a0_n0-k0_S9_b0_T1000', // no such setting
    '1_wf_t1_p0_a0_n0-k0_S0_b0_L3_T100000_r1.5', // not a rate
    '1_wf_t1_p0_a0_n0-k0_S0_b0_T1..2', // not an amount
    '2_wf_t1-T1000_q150', // a ratio above 100%
    '2_wf_t1-T1000_B5', // a version-1 letter in a version-2 code
    '2_wf_t1-T1000_T2000', // a field twice
    '2_wf_t1-D2020030_T1000', // a short date
    '3_wf_t1-T1000' // a version not made yet
  ])
    expect(decodeLedger(sealed(payload)).ok).toBe(false)
})

test('a code with an out-of-range index or a missing part is refused with a reason, never a crash', () => {
  for (const payload of [
    '2_wf_t1-k0_l9_T1000', // no 9th hospital level
    '2_wf_t1-k0_s7_T1000', // no 7th setting
    '2_wf_t5-T1000', // no 5th tier
    '1_wf_t1_p0_a0_n0-k0_L9_T1000', // version 1: no 9th hospital level
    '2', // no region
    '1', // version 1 without a region
    '2_zz_t1-T1000', // no such region
    '-T1000', // no head
    '' // nothing at all
  ]) {
    expect(decodeLedger(sealed(payload))).toEqual({ ok: false, reason: expect.stringMatching(/\S/) })
  }
})

test('an entry left blank still travels as an entry', () => {
  const blank: Ledger = { ...EMPTY_LEDGER, entries: [newEntry()] }
  const d = decodeLedger(encodeLedger('weihai', { tier: '', poverty: false, assistance: 'none' }, blank))
  expect(d.ok && d.ledger.entries).toHaveLength(1)
})
