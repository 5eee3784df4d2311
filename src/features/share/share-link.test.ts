// The estimate's code carries a stay in the one stay table's letters: what the form holds is what
// the receiver's form holds, and both read to the same engine stay.
import { readStay, STAY_FIELDS } from '../stay'
import type { InpatientForm } from '../stay'
import { decodeShare, DEFAULT_FORMS, encodeShare, seal, unseal } from '.'

const stay: InpatientForm = {
  ...DEFAULT_FORMS.inpatient,
  tier: '1',
  level: '2',
  setting: 'referral',
  total: '3万',
  compliant: '25,000',
  deductible: '600',
  ratio: '62.5678',
  poverty: true,
  specialDrug: '1200'
}

test("a stay travels in the stay table's letters and arrives as the same stay", () => {
  const code = encodeShare('weifang', 'inpatient', stay, 2020)
  const fields = code.slice(0, code.indexOf('~')).split('_').slice(4)
  for (const [key, letter] of [
    ['level', 'l2'],
    ['setting', 's1'],
    ['total', 'T30000'],
    ['compliant', 'C25000'],
    ['deductible', 'd600'],
    ['ratio', 'q62.5678'],
    ['specialDrug', 'x1200']
  ] as const) {
    expect(STAY_FIELDS[key].code).toBe(letter[0])
    expect(fields).toContain(letter)
  }
  const decoded = decodeShare(code)
  if (!decoded.ok || decoded.shared.mode !== 'inpatient') throw new Error('not opened')
  const context = { kind: 'inpatient' as const, published: false, drugAsked: true }
  expect(readStay(decoded.shared.form, context)).toEqual(readStay(stay, context))
  expect(readStay(decoded.shared.form, context).stay?.basicRatio).toBe('0.625678')
})

test('a sealed code opens only as it was sealed', () => {
  const code = seal('2_wf_2020_i_T1000')
  expect(unseal(code, 400)).toBe('2_wf_2020_i_T1000')
  expect(unseal(encodeURIComponent(code), 400)).toBe('2_wf_2020_i_T1000')
  expect(unseal(code.replace('T1000', 'T1001'), 400)).toBeUndefined()
  expect(unseal(code, 5)).toBeUndefined()
  expect(unseal(42, 400)).toBeUndefined()
})

test('a code with an out-of-range index or a missing part is refused with the broken-link reason, never a crash', () => {
  for (const payload of [
    '2_wf_2020_i_l9', // no 9th hospital level
    '2_wf_2020_i_s7', // no 7th setting
    '2_wf_2020_i_t5', // no 5th tier
    '2_wf_2020_i_l12', // an index of two digits
    '2', // no region, year or mode
    '1', // version 1 without a region
    '2_wf', // no year
    '2_wf_2020', // no mode
    '2_zz_2020_i', // no such region
    '2_wf_2020_z' // no such mode
  ]) {
    const decoded = decodeShare(seal(payload))
    expect(decoded).toEqual({ ok: false, reason: expect.stringContaining('分享链接不完整或已被改动') })
  }
})
