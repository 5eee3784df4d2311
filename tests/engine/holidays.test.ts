// The generated holiday table (src/engine/holidays.ts, scripts/gen-holidays.mjs) must answer exactly
// as chinese-days does, every day of the years it covers, and refuse outside them.
import { isWorkday as libraryIsWorkday } from 'chinese-days'
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, isWorkday } from '../../src/engine/holidays'
import { filingDeadline } from '../../src/engine'

test('covers 2004–2026, the years chinese-days 1.5.7 has arrangements for', () => {
  expect(HOLIDAY_TABLE_FIRST_YEAR).toBe(2004)
  expect(HOLIDAY_TABLE_LAST_YEAR).toBe(2026)
})

test('agrees with chinese-days on every day from 2004-01-01 to 2026-12-31', () => {
  const differences: string[] = []
  let days = 0
  for (let t = Date.UTC(2004, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86400000) {
    const iso = new Date(t).toISOString().slice(0, 10)
    if (isWorkday(iso) !== libraryIsWorkday(iso)) differences.push(iso)
    days++
  }
  expect(days).toBe(8401)
  expect(differences).toEqual([])
})

test('knows the arrangements, not only weekends: National Day 2020 and its make-up Saturday', () => {
  expect(isWorkday('2020-10-08')).toBe(false) // Thursday, holiday
  expect(isWorkday('2020-10-10')).toBe(true) // Saturday, make-up workday
  expect(isWorkday('2020-10-12')).toBe(true)
  expect(isWorkday('2020-10-11')).toBe(false)
})

test('refuses dates outside the table instead of guessing', () => {
  expect(() => isWorkday('2003-12-31')).toThrow(RangeError)
  expect(() => isWorkday('2027-01-01')).toThrow(RangeError)
})

test('the engine still says when a year is outside the table: a safe calendar-day date, no legal date', () => {
  const late = filingDeadline({ region: 'weihai', year: 2020, situation: 'emergency', admissionDate: '2026-12-30' })
  expect(late.deadline).toBeNull()
  expect(late.holidayDataMissing).toBe(true)
  expect(late.basis).toMatch(/节假日数据只覆盖2004–2026年/)
  const early = filingDeadline({ region: 'weihai', year: 2020, situation: 'emergency', admissionDate: '2003-12-31' })
  expect(early.deadline).toBeNull()
  expect(early.basis).toMatch(/节假日数据只覆盖/)
})
