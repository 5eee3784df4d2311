// Saved estimates keep the form exactly as it was saved, and refuse a name that cannot be shown.
import Taro from '@tarojs/taro'
import { DEFAULT_FORMS } from '../share'
import { addSaved, deleteSaved, loadSaved, MAX_NAME_LENGTH, SAVED_STORE_KEY } from '.'
import { only } from '../../test-support/present'

beforeEach(() => Taro.removeStorageSync(SAVED_STORE_KEY))

const stay = { ...DEFAULT_FORMS.inpatient, tier: '1' as const, level: '3' as const, total: '50000', compliant: '45000', deductible: '1000' }

test('a saved stay reopens as it was, under the year it was computed for', () => {
  const saved = addSaved(' 王阿姨 ', { region: 'weihai', year: 2020 }, 'inpatient', stay, new Date('2020-05-01T08:00:00Z'))
  if (!saved.ok) throw new Error(saved.message)
  const entry = only(loadSaved().entries, 'saved estimates')
  expect(entry).toMatchObject({
    name: '王阿姨',
    region: 'weihai',
    year: 2020,
    mode: 'inpatient',
    inputs: stay,
    savedAt: '2020-05-01T08:00:00.000Z'
  })
  expect(deleteSaved(entry.id).entries).toEqual([])
  expect(loadSaved().entries).toEqual([])
})

test('a blank or too long name is refused with a message, and nothing is saved', () => {
  for (const name of ['  ', '名'.repeat(MAX_NAME_LENGTH + 1)]) {
    const r = addSaved(name, { region: 'weihai', year: 2020 }, 'inpatient', stay)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/名字/)
  }
  expect(loadSaved().entries).toEqual([])
})
