// The FAQ search against everyday questions (faq-eval-cases.ts): the share of questions whose
// expected entry is among the first three hits, reported and held to a stated minimum.
import { FAQ_ENTRIES } from '../../src/policy/faq-2020'
import { searchFaq } from '../../src/pages/faq/search'
import { EVAL_CASES } from './faq-eval-cases'

/** The stated minimum hit rate at the top 3. */
const MIN_TOP3 = 0.95

const ids = (text: string) => searchFaq(FAQ_ENTRIES, { text, region: 'all', topic: 'all' }).map((h) => h.entry.id)

test('the evaluation set has at least 40 questions, each naming real entries', () => {
  expect(EVAL_CASES.length).toBeGreaterThanOrEqual(40)
  const known = new Set(FAQ_ENTRIES.map((e) => e.id))
  for (const c of EVAL_CASES) for (const id of c.expect) expect({ q: c.q, id, known: known.has(id) }).toEqual({ q: c.q, id, known: true })
})

test(`hit rate at the top 3 is at least ${MIN_TOP3 * 100}%`, () => {
  const misses: string[] = []
  for (const c of EVAL_CASES) {
    const top = ids(c.q).slice(0, 3)
    if (!top.some((id) => c.expect.includes(id))) misses.push(`${c.q} → ${top.join(', ') || '(nothing)'}`)
  }
  const rate = (EVAL_CASES.length - misses.length) / EVAL_CASES.length
  // reported on every run
  console.log(
    `FAQ evaluation: ${EVAL_CASES.length - misses.length}/${EVAL_CASES.length} at the top 3 (${(rate * 100).toFixed(1)}%)` +
      (misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : '')
  )
  expect(rate).toBeGreaterThanOrEqual(MIN_TOP3)
})

describe('everyday words find the answer a resident means', () => {
  test('"断缴了怎么办" finds the 中断职工医保 → 居民医保 answer first', () => {
    expect(ids('断缴了怎么办')[0]).toBe('weifang-employee-to-resident')
    expect(ids('停保了')[0]).toBe('weifang-employee-to-resident')
  })

  test('"外地生孩子能报销吗" lists the out-of-area answers first, and employee childbirth answers too', () => {
    const hits = searchFaq(FAQ_ENTRIES, { text: '外地生孩子能报销吗' })
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.entry.id)
        .sort()
    ).toEqual(['weifang-childbirth-outside', 'weihai-childbirth-outside'])
    expect(hits.some((h) => h.entry.topics.includes('职工医保'))).toBe(true)
    // nothing about other out-of-area care: the entries it lists are all about childbirth
    for (const h of hits) expect(h.entry.topics).toContain('生育')
  })

  test('for a pregnant employee the one-full-year condition of 生育津贴 is not last', () => {
    for (const q of ['职工 怀孕', '我是职工怀孕了', '怀孕 生育津贴', '生育津贴', '职工怀孕了能领生育津贴吗']) {
      const list = ids(q)
      const at = list.indexOf('weifang-maternity-conditions')
      expect({ q, found: at >= 0, last: at === list.length - 1 }).toEqual({ q, found: true, last: false })
    }
    expect(ids('职工怀孕了能领生育津贴吗').slice(0, 3)).toContain('weifang-maternity-conditions')
  })

  test('the words name a scheme: 职工 lists employee answers first, 居民 resident answers', () => {
    expect(ids('职工生孩子能报多少')[0]).toBe('weifang-maternity-medical')
    expect(ids('居民生孩子能报多少')[0]).toBe('weifang-childbirth')
  })
})
