// 居民医保 contributions per household (seed 000 二、缴费标准).
import { householdContribution } from '../../src/engine'
import { at } from '../../src/test-support/present'

describe('Weihai 2020: adult 450 / 650, minors and students 200', () => {
  test('a mixed household', () => {
    const r = householdContribution({
      region: 'weihai',
      year: 2020,
      members: [
        { category: 'adult', tier: 1 },
        { category: 'adult', tier: 1 },
        { category: 'adult', tier: 2 },
        { category: 'minor' },
        { category: 'student' }
      ]
    })
    expect(r.total).toBe('1950.00')
    expect(r.lines.map((l) => l.amount)).toEqual(['450.00', '450.00', '650.00', '200.00', '200.00'])
    expect(at(r.lines, 2).label).toBe('成年居民（二档）')
    expect(at(at(r.lines, 0).sources, 0).quote).toContain('450元')
    expect(r.sources.length).toBe(4)
  })

  test('an empty household costs 0.00', () => {
    expect(householdContribution({ region: 'weihai', year: 2020, members: [] }).total).toBe('0.00')
  })

  test('an adult needs a tier', () => {
    expect(() => householdContribution({ region: 'weihai', year: 2020, members: [{ category: 'minor' }, { category: 'adult' }] })).toThrow(
      expect.objectContaining({ field: 'members[1].tier' })
    )
  })

  test('bad category, too many members', () => {
    expect(() => householdContribution({ region: 'weihai', year: 2020, members: [{ category: 'elder' as never }] })).toThrow(
      expect.objectContaining({ field: 'members[0].category' })
    )
    expect(() =>
      householdContribution({ region: 'weihai', year: 2020, members: Array.from({ length: 51 }, () => ({ category: 'minor' as const })) })
    ).toThrow(expect.objectContaining({ field: 'members' }))
  })
})

describe('Weifang: amounts not published', () => {
  test('every line null with the reason, total null', () => {
    const r = householdContribution({ region: 'weifang', year: 2020, members: [{ category: 'adult', tier: 2 }, { category: 'student' }] })
    expect(r.total).toBeNull()
    expect(r.lines.every((l) => l.amount === null && (l.note ?? '').includes('未公布'))).toBe(true)
  })
})

describe('the household total as a range', () => {
  test('published fees: one figure', () => {
    const r = householdContribution({ region: 'weihai', year: 2020, members: [{ category: 'adult', tier: 1 }, { category: 'student' }] })
    expect(r.total).toBe('650.00') // 450 + 200
    expect(r.range).toEqual({ low: '650.00', high: '650.00' })
    expect(r.unknowns).toEqual([])
  })

  test('a fee the sources do not publish: at least the published part, no upper limit from the sources', () => {
    const r = householdContribution({ region: 'weifang', year: 2020, members: [{ category: 'adult', tier: 1 }] })
    expect(r.total).toBeNull()
    expect(r.range).toEqual({ low: '0.00', high: null })
    expect(r.unknowns.map((u) => u.id)).toEqual(['contributionRate'])
  })
})
