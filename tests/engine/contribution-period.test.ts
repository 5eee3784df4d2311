// 集中缴费期 2020-01-01..2020-04-30 inclusive (Weihai, seed 000 一、缴费时间). daysLeft counts today.
import { contributionPeriod, isUnpublishedResult } from '../../src/engine'
import type { ContributionPeriod } from '../../src/engine'
import { at as atIndex } from '../../src/test-support/present'

const at = (today: string) => contributionPeriod({ region: 'weihai', year: 2020, today }) as ContributionPeriod

describe('Weihai', () => {
  test.each([
    ['2019-12-01', 'upcoming', null, 31],
    ['2019-12-31', 'upcoming', null, 1],
    ['2020-01-01', 'open', 121, null], // 31 + 29 + 31 + 30
    ['2020-02-29', 'open', 62, null],
    ['2020-04-29', 'open', 2, null],
    ['2020-04-30', 'open', 1, null], // the last day still counts
    ['2020-05-01', 'closed', null, null],
    ['2021-01-01', 'closed', null, null]
  ])('%s → %s', (today, status, daysLeft, daysUntilStart) => {
    const r = at(today)
    expect(r).toMatchObject({ start: '2020-01-01', end: '2020-04-30', status, daysLeft, daysUntilStart })
    expect(atIndex(r.sources, 0).quote).toContain('集中缴费期')
  })

  test('bad dates', () => {
    expect(() => at('2020-04-31')).toThrow(expect.objectContaining({ field: 'today' }))
    expect(() => at('today')).toThrow(expect.objectContaining({ field: 'today' }))
  })
})

describe('Weifang: not published', () => {
  test('unpublished result with the reason', () => {
    const r = contributionPeriod({ region: 'weifang', year: 2020, today: '2020-03-01' })
    expect(isUnpublishedResult(r)).toBe(true)
    expect((r as { reason: string }).reason).toContain('未公布')
  })
})

describe('unknown year or region', () => {
  test('a year not bundled is an input error naming the years that are', () => {
    expect(() => contributionPeriod({ region: 'weihai', year: 1990, today: '1990-01-01' })).toThrow(
      expect.objectContaining({ field: 'year', message: expect.stringContaining('2020年') })
    )
  })
  test('unknown region', () => {
    expect(() => contributionPeriod({ region: 'jinan' as never, year: 2020, today: '2020-01-01' })).toThrow(
      expect.objectContaining({ field: 'region', message: expect.stringContaining('未知地区') })
    )
  })
})
