// POLICY-READING §10 as pack data: every open reading is listed once, in the pack whose text it
// reads, with its question and its options in §10's column order (option 0 = A, 1 = B, 2 = C).
// The quotes themselves are checked verbatim by tests/engine/quotes-present.test.ts.
import { weifang2020 } from '../../src/policy/weifang-2020'
import { weihai2020 } from '../../src/policy/weihai-2020'
import type { OpenReading, PolicyPack, ReadingId } from '../../src/policy/types'

/** The 17 ids of §10, written out, with the pack whose text each one reads. */
const IDS = [
  'weifang.age45',
  'weifang.nonDesignatedBirth',
  'weifang.designatedBirth',
  'weifang.spouseGrant',
  'weifang.spouseGrantBase',
  'weifang.drugCapPeriod',
  'weihai.waiverPeriod',
  'weihai.criticalPeriod',
  'weihai.assistancePeriod',
  'weihai.tier2Band',
  'weihai.capMeaning',
  'weihai.outOfAreaRatio',
  'weihai.outpatientInCritical',
  'weihai.assistanceScope',
  'weihai.tenPercentManual',
  'weihai.drugItem',
  'anqiu.reassistancePeriod'
] as const satisfies readonly ReadingId[]

// Checked by `npm run typecheck` (Jest strips types): `satisfies` above refuses an id that is not
// in the union, and this line refuses a union member missing from IDS.
type Missing = Exclude<ReadingId, (typeof IDS)[number]>
const NONE_MISSING: [Missing] extends [never] ? true : { missing: Missing } = true

const PACKS: Record<string, PolicyPack> = { weihai: weihai2020, weifang: weifang2020 }
const OWNER: Record<ReadingId, string> = Object.fromEntries(
  IDS.map((id) => [id, id.startsWith('weihai.') ? 'weihai' : 'weifang'])
) as Record<ReadingId, string>

/** Characters as a reader counts them (one per Chinese character, digit or sign). */
const length = (s: string) => [...s].length

describe('open readings (POLICY-READING §10)', () => {
  test('the list holds 17 distinct ids', () => {
    expect(NONE_MISSING).toBe(true)
    expect(IDS).toHaveLength(17)
    expect(new Set(IDS).size).toBe(17)
  })

  test('every id appears in exactly one pack, the one whose text it reads, and no pack lists more', () => {
    for (const id of IDS) {
      const holders = Object.entries(PACKS)
        .filter(([, pack]) => pack.readings[id] !== undefined)
        .map(([name]) => name)
      expect({ id, holders }).toEqual({ id, holders: [OWNER[id]] })
    }
    const listed = Object.values(PACKS)
      .flatMap((pack) => Object.keys(pack.readings))
      .sort()
    expect(listed).toEqual([...IDS].sort())
  })

  const entries: [string, OpenReading][] = Object.values(PACKS).flatMap((pack) =>
    Object.entries(pack.readings).map(([key, reading]) => [key, reading as OpenReading] as [string, OpenReading])
  )

  test.each(entries)('%s: id, question and options', (key, reading) => {
    expect(reading.id).toBe(key)
    expect(reading.question.trim()).not.toBe('')
    // One plain question.
    expect(reading.question.endsWith('？')).toBe(true)
    expect(reading.question.split('？')).toHaveLength(2)
    expect(reading.options).toHaveLength(key === 'weifang.nonDesignatedBirth' ? 3 : 2)
    for (const option of reading.options) {
      expect(option.label.trim()).not.toBe('')
      expect(length(option.label)).toBeLessThanOrEqual(16)
      expect(option.reference.quote.trim()).not.toBe('')
      expect(option.reference.section.trim()).not.toBe('')
    }
    // The options are different answers.
    expect(new Set(reading.options.map((o) => o.label)).size).toBe(reading.options.length)
  })

  test('each reading is cited from its own region’s document', () => {
    for (const [, reading] of entries) {
      const doc = OWNER[reading.id] === 'weihai' ? 'wendeng-2019-12' : 'anqiu-2020-06'
      for (const option of reading.options) expect(option.reference.doc).toBe(doc)
    }
  })
})
