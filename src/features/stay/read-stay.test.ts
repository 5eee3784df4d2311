// The one validator of a stay, as the estimator and the year ledger use it: the same text gives the
// same engine stay, exactly (amounts and rates as strings), and a problem is named at its field.
import { BLANK_STAY, readStay, readTypedStay, STAY_FIELDS } from '.'
import type { StayContext, StayForm } from '.'

const estimator: StayContext = { kind: 'inpatient', published: false, drugAsked: false }
const ledger: StayContext = { kind: 'inpatient', published: false, drugAsked: true }

test('a stay reads to the engine stay with exact strings: amounts to the fen, the ratio as a rate', () => {
  const stay: StayForm = { ...BLANK_STAY, level: '3', total: '12万', compliant: '100,000.5', deductible: '1000', ratio: '62.5678' }
  const read = readStay(stay, estimator)
  expect(read.errors).toEqual({})
  expect(read.missing).toEqual([])
  expect(read.stay).toEqual({
    totalCost: '120000.00',
    compliantCost: '100000.50',
    setting: 'local',
    hospitalLevel: 3,
    deductible: '1000.00',
    basicRatio: '0.625678'
  })
  // The ledger asks the same stay the same way, and gets the same engine stay.
  expect(readStay(stay, ledger).stay).toEqual(read.stay)
})

test('bad text is named at its field, in Chinese, and nothing is computed', () => {
  const read = readStay({ ...BLANK_STAY, total: 'abc', ratio: '150' }, estimator)
  expect(Object.keys(read.errors).sort()).toEqual(['ratio', 'total'])
  expect(read.errors.total).toMatch(/[\u4e00-\u9fa5]/)
  expect(read.errors.ratio).toMatch(/[\u4e00-\u9fa5]/)
  expect(read.stay).toBeUndefined()
})

test('what is missing depends on how basic insurance is worked out', () => {
  expect(readStay(BLANK_STAY, estimator).missing).toEqual(['total', 'ratio'])
  expect(readStay({ ...BLANK_STAY, total: '5万' }, { ...estimator, published: true }).missing).toEqual(['level'])
  expect(readStay({ ...BLANK_STAY, total: '5万', basicSource: 'slip' }, estimator).missing).toEqual(['basicPaid', 'compliant'])
  // Blank deductible and compliant part are unknowns the engine answers around, not reasons to wait.
  const unknowns = readStay({ ...BLANK_STAY, total: '5万', level: '2' }, { ...estimator, published: true })
  expect(unknowns.missing).toEqual([])
  expect(unknowns.stay).toEqual({ totalCost: '50000.00', setting: 'local', hospitalLevel: 2 })
})

test('fields not asked are not read: a hidden ratio, the 特药 cost outside poverty, a bill without a setting', () => {
  const typed = { ...BLANK_STAY, total: '5万', ratio: 'x', specialDrug: '3000', deductible: '800' }
  expect(readStay(typed, { ...estimator, published: true }).errors).toEqual({})
  expect(readStay(typed, { ...estimator, published: true }).stay?.specialDrugCost).toBeUndefined()
  expect(readStay({ ...typed, ratio: '' }, ledger).stay?.specialDrugCost).toBe('3000.00')
  const chronic = readStay({ ...typed, setting: 'referral' }, { ...ledger, kind: 'specialChronicOutpatient' })
  expect(chronic.stay).toEqual({ totalCost: '50000.00' })
})

test('a stay kept on the device opens only when every field is its kind', () => {
  const stored = { ...BLANK_STAY, level: '2', total: '3万' }
  expect(readTypedStay(stored)).toEqual(stored)
  expect(readTypedStay({ ...stored, level: '4' })).toBeUndefined()
  expect(readTypedStay({ ...stored, total: 5 })).toBeUndefined()
  expect(readTypedStay({ ...stored, total: '1'.repeat(25) })).toBeUndefined()
  const { setting: _dropped, ...missing } = stored
  expect(readTypedStay(missing)).toBeUndefined()
})

test('each stay field has its own letter in share codes', () => {
  const letters = Object.values(STAY_FIELDS).map((s) => s.code)
  expect(new Set(letters).size).toBe(letters.length)
  expect(letters.join('')).toBe('lsTCbdqpx')
})
