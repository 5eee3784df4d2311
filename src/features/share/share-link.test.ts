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
