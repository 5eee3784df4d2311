// The page's own small modules: reading typed numbers, rate display, the calendar plan, the saved household.
import { contributionPeriod, type ContributionPeriod } from '../../src/engine'
import { readAge, readSuppliedRate as readPercent, readYears } from '../../src/components/field/reading'
import { percent } from '../../src/features/employee/format'
import { ratePoints as points } from '../../src/engine'
import { planReminder } from '../../src/pages/contribution/reminder'
import { householdStore, newMember, validateHousehold } from '../../src/pages/contribution/household-store'
import { buildIcs } from '../../src/services/calendar'
import { memoryStorage } from '../mocks/taro'
import { envelope } from '../fixtures/stored'

test.each([
  ['0.08', '8%'],
  ['0.055', '5.5%'],
  ['0.07', '7%'],
  ['0.02', '2%'],
  ['0.029', '2.9%'],
  ['0.059', '5.9%'],
  ['0.1', '10%'],
  ['1', '100%'],
  ['0', '0%'],
  ['0.0025', '0.25%']
])('rate %s is shown as %s', (rate, shown) => {
  expect(percent(rate)).toBe(shown)
})

test('relief points', () => {
  expect(points('0.025')).toBe('2.5')
  expect(points('0.01')).toBe('1')
})

test.each([
  ['8', '0.08'],
  ['8%', '0.08'],
  ['８％', '0.08'],
  ['12.5', '0.125'],
  ['0.5', '0.005'],
  ['100', '1'],
  ['10', '0.1'],
  [' 7 % ', '0.07']
])('percent %s → rate %s', (typed, rate) => {
  expect(readPercent(typed)).toEqual({ state: 'ok', value: rate })
})

test.each(['0', '-3', 'abc', '101', '100.5', '1e2', '8%%'])('percent %s is refused in Chinese', (typed) => {
  const r = readPercent(typed)
  expect(r.state).toBe('error')
  if (r.state === 'error') expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
})

test('ages and years', () => {
  expect(readAge('45')).toEqual({ state: 'ok', value: 45 })
  expect(readAge('４５周岁')).toEqual({ state: 'ok', value: 45 })
  expect(readAge('')).toEqual({ state: 'empty' })
  expect(readAge('45.5').state).toBe('error')
  expect(readAge('1234').state).toBe('error')
  expect(readYears('28.5年')).toEqual({ state: 'ok', value: 28.5 })
  expect(readYears('28.555').state).toBe('error')
  expect(readYears('-1')).toEqual({ state: 'error', message: '缴费年限不能为负数' })
})

describe('calendar plan', () => {
  const period = (today: string) => contributionPeriod({ region: 'weihai', year: 2020, today }) as ContributionPeriod

  test('well before the end: all-day entry on the last day, ringing 09:00 three days before', () => {
    const plan = planReminder(period('2020-02-01'), '威海市', 2020)!
    expect(plan.reminder.date).toBe('2020-04-30')
    expect(plan.reminder.alarmOffsetSeconds).toBe(3 * 86400 - 9 * 3600)
    expect(buildIcs(plan.reminder)).toContain('TRIGGER:-PT3780M')
    expect(plan.explanation).toContain('2020年4月27日')
    expect(plan.reminder.description).toContain('2020年1月1日至2020年4月30日')
  })

  test('upcoming periods get the same reminder', () => {
    expect(planReminder(period('2019-12-01'), '威海市', 2020)?.reminder.alarmOffsetSeconds).toBe(226800)
  })

  test.each([
    ['2020-04-27', 3 * 86400 - 9 * 3600],
    ['2020-04-28', 15 * 3600],
    ['2020-04-29', 15 * 3600]
  ])('on %s the alarm is still ahead (%i s before the last day)', (today, offset) => {
    expect(planReminder(period(today), '威海市', 2020)?.reminder.alarmOffsetSeconds).toBe(offset)
  })

  test('nothing to remind on the last day or once closed', () => {
    expect(planReminder(period('2020-04-30'), '威海市', 2020)).toBeNull()
    expect(planReminder(period('2020-05-01'), '威海市', 2020)).toBeNull()
  })
})

describe('saved household', () => {
  test('round trip through the store envelope', () => {
    const members = [newMember('adult', 2), newMember('minor', 1), newMember('student', 2)]
    expect(members[1]).not.toHaveProperty('tier')
    expect(householdStore.save(members)).toBe(true)
    expect(JSON.parse(memoryStorage.get('ybt:household') as string)).toMatchObject({ v: 1 })
    expect(householdStore.load()).toEqual({ value: members })
  })

  test.each([
    ['not a list', { a: 1 }],
    ['unknown category', [{ id: 'a', category: 'baby' }]],
    ['adult without tier', [{ id: 'a', category: 'adult' }]],
    [
      'duplicate ids',
      [
        { id: 'a', category: 'minor' },
        { id: 'a', category: 'minor' }
      ]
    ],
    ['too many', Array.from({ length: 51 }, (_, i) => ({ id: `m${i}`, category: 'minor' }))]
  ])('%s is refused as a whole', (_name, data) => {
    expect(validateHousehold(data)).toBeUndefined()
  })

  test('a newer version on the device is not read as this one', () => {
    memoryStorage.set('ybt:household', envelope([], 2))
    expect(householdStore.load().notice).toContain('其他版本')
  })
})
