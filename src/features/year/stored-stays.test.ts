// A stay kept on the device before the stay model was one: a saved estimate (store versions 1 and
// 2) and a year-ledger entry (store version 1), fed in exactly as those versions wrote them, open
// and read to the same engine stay.
import Taro from '@tarojs/taro'
import { readStay, stayOf } from '../stay'
import { storageKey } from '../../services/storage'
import { loadSaved, SAVED_STORE_KEY } from '../saved'
import { loadLedger, YEAR_LEDGER_STORE_KEY } from './year-store'
import { at, only } from '../../test-support/present'

const ESTIMATES_VERSION_1 =
  '{"v":1,"data":[{"id":"kx1-abc123","name":"王阿姨住院","region":"weihai","mode":"inpatient","inputs":{"tier":"1","level":"3","total":"50000","compliant":"45000","compliantAssumed":false,"basicSource":"rule","deductible":"1000","ratio":"","basicPaid":"","setting":"local","poverty":false,"assistance":"none","specialDrug":""},"savedAt":"2020-05-01T08:00:00.000Z"}]}'
const ESTIMATES_VERSION_2 =
  '{"v":2,"data":[{"id":"kx2-abc123","name":"王阿姨住院","region":"weihai","year":2020,"mode":"inpatient","inputs":{"earlier":"yes","tier":"1","level":"3","total":"50000","compliant":"45000","compliantAssumed":false,"basicSource":"rule","deductible":"1000","ratio":"","basicPaid":"","setting":"local","poverty":false,"assistance":"none","specialDrug":"","county":""},"savedAt":"2020-05-01T08:00:00.000Z"}]}'
const LEDGER_VERSION_1 =
  '{"v":1,"data":{"weihai":{"entries":[{"id":"k1abcd","kind":"inpatient","date":"2020-03-02","label":"市立医院","level":"3","setting":"local","total":"5万","compliant":"45000","basicSource":"rule","deductible":"1000","ratio":"","basicPaid":"","specialDrug":""},{"id":"k2abcd","kind":"specialChronicOutpatient","date":"","label":"","level":"","setting":"local","total":"8000","compliant":"","basicSource":"rule","deductible":"","ratio":"","basicPaid":"","specialDrug":""}],"usePrior":true,"prior":{"compliant":"20000","basicPaid":"","criticalPaid":"","assistancePaid":"","commercialPaid":"","reassistancePaid":""}}}}'

const context = { kind: 'inpatient' as const, published: true, drugAsked: false }

beforeEach(() => {
  Taro.removeStorageSync(SAVED_STORE_KEY)
  Taro.removeStorageSync(YEAR_LEDGER_STORE_KEY)
})

test('the stores are the ones the storage module names', () => {
  expect(SAVED_STORE_KEY).toBe(storageKey('estimates'))
  expect(YEAR_LEDGER_STORE_KEY).toBe(storageKey('year-ledger'))
})

test.each([
  ['1', ESTIMATES_VERSION_1],
  ['2', ESTIMATES_VERSION_2]
])('a saved estimate of store version %s opens with its stay', (_version, stored) => {
  Taro.setStorageSync(SAVED_STORE_KEY, stored)
  const { entries, notice } = loadSaved()
  expect(notice).toBeUndefined()
  expect(entries).toHaveLength(1)
  const saved = only(entries, 'saved estimates')
  expect(saved).toMatchObject({ region: 'weihai', year: 2020, mode: 'inpatient' })
  if (saved.mode !== 'inpatient') throw new Error('not a stay')
  expect(stayOf(saved.inputs)).toEqual({
    level: '3',
    setting: 'local',
    total: '50000',
    compliant: '45000',
    basicSource: 'rule',
    deductible: '1000',
    ratio: '',
    basicPaid: '',
    specialDrug: ''
  })
})

test('a ledger of store version 1 opens, and its stay reads as the same saved stay does', () => {
  Taro.setStorageSync(YEAR_LEDGER_STORE_KEY, LEDGER_VERSION_1)
  const { ledger, notice } = loadLedger('weihai')
  expect(notice).toBeUndefined()
  expect(ledger.entries.map((e) => [e.kind, e.date, e.label, e.total])).toEqual([
    ['inpatient', '2020-03-02', '市立医院', '5万'],
    ['specialChronicOutpatient', '', '', '8000']
  ])
  expect(ledger.usePrior).toBe(true)
  expect(ledger.prior.compliant).toBe('20000')

  Taro.setStorageSync(SAVED_STORE_KEY, ESTIMATES_VERSION_2)
  const saved = at(loadSaved().entries, 0, 'saved estimates')
  if (saved.mode !== 'inpatient') throw new Error('not a stay')
  const fromLedger = readStay(at(ledger.entries, 0), context).stay
  expect(fromLedger).toEqual(readStay(saved.inputs, context).stay)
  expect(fromLedger).toEqual({
    totalCost: '50000.00',
    compliantCost: '45000.00',
    setting: 'local',
    hospitalLevel: 3,
    deductible: '1000.00'
  })
})

test('a stored entry with a field of the wrong kind is refused with a notice, not half-read', () => {
  Taro.setStorageSync(YEAR_LEDGER_STORE_KEY, LEDGER_VERSION_1.replace('"level":"3"', '"level":"4"'))
  const { ledger, notice } = loadLedger('weihai')
  expect(ledger.entries).toEqual([])
  expect(notice).toContain('本年度的住院')
})
