import fc from 'fast-check'
import { FAQ_ENTRIES, FAQ_TOPICS, type FaqEntry } from '../../src/policy/faq-2020'
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parseQuery,
  searchFaq,
  splitHighlighted,
  type FaqHit,
  type Highlight
} from '../../src/pages/faq/search'
import { SYNONYM_GROUPS } from '../../src/pages/faq/synonyms'
import { PLACE_WORDS } from '../../src/policy/place-words'
import { listRegions } from '../../src/policy/registry'
import { at, only } from '../../src/test-support/present'

const ids = (hits: FaqHit[]) => hits.map((h) => h.entry.id)
const search = (text: string, extra: Partial<Parameters<typeof searchFaq>[1]> = {}) =>
  searchFaq(FAQ_ENTRIES, { text, region: 'all', topic: 'all', ...extra })

function entry(id: string, question: string, answer: string, regions: FaqEntry['regions'] = ['weihai']): FaqEntry {
  return {
    id,
    question,
    answer,
    regions,
    topics: ['住院'],
    sources: [{ doc: 'wendeng-2019-12', section: 'test', quote: 'test' }]
  }
}

const FIXTURE: FaqEntry[] = [
  entry('a-reimburse', '住院费用怎么结清？', '出院后到经办机构报销，带上发票。'),
  entry('b-remote', '异地就医要备案吗？', '在威海市外住院要先备案。'),
  entry('c-birth', '分娩费用', '住院分娩按定额结算。', ['weifang']),
  entry('d-answer-only', '看门诊', '门诊以外，住院也可以报销。'),
  entry('e-question', '住院报销比例', '见正文。')
]

const slices = (text: string, hs: Highlight[]) => hs.map((h) => text.slice(h.start, h.end))

function expectWellFormed(text: string, hs: Highlight[]) {
  let last = -1
  for (const h of hs) {
    expect(Number.isInteger(h.start) && Number.isInteger(h.end)).toBe(true)
    expect(h.start).toBeGreaterThan(last)
    expect(h.end).toBeGreaterThan(h.start)
    expect(h.end).toBeLessThanOrEqual(text.length)
    last = h.end
  }
}

describe('normalizeQuery', () => {
  test('trims, collapses spaces, folds full-width, lower-cases', () => {
    expect(normalizeQuery('  外地\u3000\u3000住院   报销 ')).toBe('外地 住院 报销')
    expect(normalizeQuery('ＡＢＣ１２３％')).toBe('abc123%')
    expect(normalizeQuery('MiXeD')).toBe('mixed')
    expect(normalizeQuery('\t报销\n')).toBe('报销')
  })

  test('drops emoji, control characters and lone surrogates', () => {
    expect(normalizeQuery('😀😀')).toBe('')
    expect(normalizeQuery('住院😀报销')).toBe('住院 报销')
    expect(normalizeQuery('👨‍👩‍👧‍👦生孩子👍🏽')).toBe('生孩子')
    expect(normalizeQuery('报\u200b销\u0000')).toBe('报销')
    expect(normalizeQuery('\ud83d报销\ude00')).toBe('报销')
    expect(normalizeQuery('𠮷野家')).toBe('𠮷野家')
  })

  test('caps the length in code points without cutting a surrogate pair', () => {
    expect(Array.from(normalizeQuery('报'.repeat(1000))).length).toBe(MAX_QUERY_LENGTH)
    const astral = normalizeQuery('𠮷'.repeat(100))
    expect(Array.from(astral).length).toBe(MAX_QUERY_LENGTH)
    expect(astral.length).toBe(MAX_QUERY_LENGTH * 2)
  })

  test('is safe on non-strings', () => {
    expect(normalizeQuery(undefined as unknown as string)).toBe('')
    expect(normalizeQuery(42 as unknown as string)).toBe('')
  })
})

describe('synonyms', () => {
  test('报账 finds an entry that only says 报销', () => {
    const hits = searchFaq(FIXTURE, { text: '报账' })
    expect(ids(hits)).toEqual(expect.arrayContaining(['a-reimburse', 'd-answer-only', 'e-question']))
    const a = hits.find((h) => h.entry.id === 'a-reimburse')!
    expect(slices(a.entry.answer, a.answerHighlights)).toEqual(['报销'])
    expect(ids(search('报账'))).toContain('weihai-emergency-claim')
  })

  test('外地 finds 异地 and 市外', () => {
    const hits = searchFaq(FIXTURE, { text: '外地' })
    const b = hits.find((h) => h.entry.id === 'b-remote')!
    expect(b).toBeDefined()
    expect(slices(b.entry.question, b.questionHighlights)).toEqual(['异地就医'])
    expect(slices(b.entry.answer, b.answerHighlights)).toEqual(['威海市外'])
    const real = ids(search('外地'))
    expect(real).toContain('weifang-resettlement-categories') // says 异地, never 外地
    expect(FAQ_ENTRIES.find((e) => e.id === 'weifang-resettlement-categories')!.answer).not.toContain('外地')
  })

  test('every region is searchable by its own place names, kept as region data beside the packs', () => {
    for (const r of listRegions()) {
      const words = PLACE_WORDS[r.id]
      expect(words.names).toContain(r.name)
      expect(SYNONYM_GROUPS.some((g) => g.region === r.id && g.words.includes(r.name))).toBe(true)
      // "outside the region" means 异地 too
      for (const w of words.outside) expect(SYNONYM_GROUPS.some((g) => g.words.includes(w) && g.words.includes('异地'))).toBe(true)
    }
  })

  test('生孩子 finds 生育 and 分娩', () => {
    expect(ids(searchFaq(FIXTURE, { text: '生孩子' }))).toEqual(['c-birth'])
    const real = ids(search('生孩子'))
    expect(real).toEqual(expect.arrayContaining(['weifang-maternity-merge', 'weifang-childbirth', 'weihai-maternity-allowance']))
  })

  test('看病 finds 住院', () => {
    const hits = searchFaq(FIXTURE, { text: '看病' })
    expect(ids(hits)).toEqual(expect.arrayContaining(['a-reimburse', 'b-remote', 'c-birth', 'e-question']))
    expect(ids(search('看病'))).toContain('weifang-inpatient-settlement')
  })

  test('the everyday words of the brief are in one group each way', () => {
    const pairs: [string, string][] = [
      ['报销', '报账'],
      ['报销', '赔'],
      ['异地', '跨省'],
      ['异地', '市外'],
      ['生育', '坐月子'],
      ['生育', '产假'],
      ['住院', '就医'],
      ['缴费', '交钱'],
      ['缴费', '交医保'],
      ['大病', '重病'],
      ['贫困', '建档立卡'],
      ['贫困', '低保'],
      ['慢性病', '慢病'],
      ['门诊', '看门诊'],
      ['职工', '上班族'],
      ['退休', '养老'],
      ['电话', '热线'],
      ['急诊', '突发'],
      ['转院', '转诊'],
      ['新冠', '疫情'],
      ['救助', '补助']
    ]
    for (const [x, y] of pairs) {
      expect(SYNONYM_GROUPS.some((g) => g.words.includes(x) && g.words.includes(y))).toBe(true)
    }
  })

  test('common questions residents type find the right entry first', () => {
    const cases: [string, string, 'weihai' | 'weifang'][] = [
      ['外地急诊住院怎么备案', 'weihai-emergency-filing', 'weihai'],
      ['急诊备案几天', 'weifang-emergency-filing', 'weifang'],
      ['交多少钱', 'weihai-contribution-2020', 'weihai'],
      ['缴费时间', 'weihai-collection-period-2020', 'weihai'],
      ['支付宝怎么交', 'weihai-pay-alipay', 'weihai'],
      ['热线', 'weifang-hotline', 'weifang'],
      ['慢病证', 'weifang-chronic-outpatient', 'weifang'],
      ['医保工作站', 'weihai-medical-station', 'weihai'],
      ['生育津贴怎么算', 'weifang-maternity-allowance', 'weifang'],
      ['个人账户', 'weifang-personal-account', 'weifang'],
      ['产假几天', 'weihai-maternity-leave', 'weihai'],
      ['产假多少天', 'weifang-maternity-allowance', 'weifang'],
      ['备案后能改吗', 'weifang-resettlement-categories', 'weifang'],
      ['大病保险要交钱吗', 'weifang-critical-illness-funding', 'weifang'],
      ['住院能报多少', 'weihai-inpatient-ratio', 'weihai'],
      ['在外地打工', 'weifang-migrant-worker', 'weifang'],
      ['老人跟子女在外地', 'weihai-long-term-residence', 'weihai']
    ]
    for (const [text, id, region] of cases) {
      expect({ text, first: ids(search(text, { region }))[0] }).toEqual({ text, first: id })
    }
  })
})

describe('segmentation and AND semantics', () => {
  test('a query without spaces is split into known words', () => {
    expect(parseQuery('外地生孩子报账')).toEqual([{ literal: '外地生孩子报账', parts: ['外地', '生孩子', '报账'] }])
    expect(at(parseQuery('在外地生孩子能报吗'), 0).parts).toEqual(['外地', '生孩子', '能报'])
    expect(at(parseQuery('看病报销吗'), 0).parts).toEqual(['看病', '报销'])
    expect(at(parseQuery('交多少钱'), 0).parts).toEqual(['交'])
    expect(parseQuery('外地 住院')).toEqual([
      { literal: '外地', parts: ['外地'] },
      { literal: '住院', parts: ['住院'] }
    ])
  })

  test('"外地生孩子报账" finds the out-of-area childbirth answers', () => {
    const found = ids(search('外地生孩子报账'))
    expect(found).toEqual(expect.arrayContaining(['weihai-childbirth-outside', 'weifang-childbirth-outside']))
    expect(ids(search('外地 生孩子 报账'))).toEqual(expect.arrayContaining(found))
  })

  test('every term must match (AND)', () => {
    const birth = ids(search('生孩子'))
    const remote = ids(search('外地'))
    const both = ids(search('生孩子 外地'))
    expect(both.length).toBeGreaterThan(0)
    for (const id of both) {
      expect(birth).toContain(id)
      expect(remote).toContain(id)
    }
    expect(both.length).toBeLessThan(Math.min(birth.length, remote.length))
    expect(search('透析 生孩子')).toEqual([])
    expect(searchFaq(FIXTURE, { text: '异地 分娩' })).toEqual([])
  })

  test('stop words are ignored, but a query of stop words alone is searched as typed', () => {
    expect(ids(search('生孩子吗'))).toEqual(ids(search('生孩子')))
    expect(ids(search('生孩子 吗'))).toEqual(ids(search('生孩子')))
    const many = search('多少')
    expect(many.length).toBeGreaterThan(0)
    for (const h of many) expect(`${h.entry.question}${h.entry.answer}`).toContain('多少')
  })

  test('question hits rank above answer-only hits', () => {
    const hits = searchFaq(FIXTURE, { text: '报销' })
    expect(ids(hits).indexOf('e-question')).toBeLessThan(ids(hits).indexOf('d-answer-only'))
    expect(at(hits, 0).score).toBeGreaterThanOrEqual(at(hits, -1).score)
    const real = search('大病保险')
    for (let i = 1; i < real.length; i++) expect(at(real, i - 1).score).toBeGreaterThanOrEqual(at(real, i).score)
  })
})

describe('highlights', () => {
  test('mark the synonyms actually found, merged, sorted and in bounds', () => {
    for (const text of ['外地 住院', '报账', '生孩子', '贫困户 大病', '4253522', '急诊']) {
      const hits = search(text)
      expect(hits.length).toBeGreaterThan(0)
      const terms = parseQuery(text).flatMap((c) => [c.literal, ...c.parts])
      const needles = new Set<string>(terms)
      for (const g of SYNONYM_GROUPS) if (g.words.some((w) => needles.has(w))) g.words.forEach((w) => needles.add(w))
      for (const h of hits) {
        expectWellFormed(h.entry.question, h.questionHighlights)
        expectWellFormed(h.entry.answer, h.answerHighlights)
        for (const s of [...slices(h.entry.question, h.questionHighlights), ...slices(h.entry.answer, h.answerHighlights)]) {
          expect([...needles].some((n) => s.includes(n))).toBe(true)
        }
        expect(h.questionHighlights.length + h.answerHighlights.length).toBeGreaterThan(0)
      }
    }
  })

  test('the phone number is highlighted exactly', () => {
    const hits = search('4253522')
    expect(ids(hits)).toEqual(expect.arrayContaining(['weifang-hotline', 'weifang-chronic-outpatient']))
    for (const hit of hits) expect(slices(hit.entry.answer, hit.answerHighlights)).toEqual(['4253522'])
  })

  test('the 2020-06-09 programme’s call-in line is no consultation number: searching it finds nothing', () => {
    expect(search('4397117')).toEqual([])
  })

  test('full-width input highlights half-width text at the same offsets', () => {
    const fixture = [entry('x', 'ABC 比例 60%', '比例为60%。')]
    const hit = only(searchFaq(fixture, { text: '６０％' }), 'hits for ６０％')
    expect(slices(hit.entry.question, hit.questionHighlights)).toEqual(['60%'])
    expect(slices(hit.entry.answer, hit.answerHighlights)).toEqual(['60%'])
    const hit2 = only(searchFaq(fixture, { text: 'abc' }), 'hits for abc')
    expect(slices(hit2.entry.question, hit2.questionHighlights)).toEqual(['ABC'])
  })

  test('splitHighlighted covers the text and merges overlaps', () => {
    const text = '外地住院要备案'
    const parts = splitHighlighted(text, [
      { start: 2, end: 4 },
      { start: 0, end: 2 },
      { start: 3, end: 4 },
      { start: 5, end: 99 }
    ])
    expect(parts).toEqual([
      { text: '外地住院', hit: true },
      { text: '要', hit: false },
      { text: '备案', hit: true }
    ])
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(splitHighlighted(text, [])).toEqual([{ text, hit: false }])
    expect(splitHighlighted('', [{ start: 0, end: 1 }])).toEqual([])
    expect(
      splitHighlighted(text, [
        { start: NaN, end: 3 },
        { start: -5, end: 1 },
        { start: 4, end: 2 }
      ])
    ).toEqual([
      { text: '外', hit: true },
      { text: '地住院要备案', hit: false }
    ])
  })

  test('splitHighlighted never cuts a surrogate pair', () => {
    const text = 'a𠮷b'
    const parts = splitHighlighted(text, [{ start: 2, end: 3 }])
    expect(parts.map((p) => p.text).join('')).toBe(text)
    expect(parts.find((p) => p.hit)!.text).toBe('𠮷')
  })
})

describe('filters and empty state', () => {
  test('an empty query returns every entry in the filter, in order, without highlights', () => {
    for (const text of ['', '   ', '\u3000', '😀😀', '\u200b']) {
      const hits = search(text)
      expect(ids(hits)).toEqual(FAQ_ENTRIES.map((e) => e.id))
      for (const h of hits) {
        expect(h.questionHighlights).toEqual([])
        expect(h.answerHighlights).toEqual([])
      }
    }
    expect(ids(searchFaq(FAQ_ENTRIES, { text: '' }))).toEqual(FAQ_ENTRIES.map((e) => e.id))
  })

  test('region filter keeps entries whose regions include the region', () => {
    for (const region of ['weihai', 'weifang'] as const) {
      const all = search('', { region })
      expect(ids(all)).toEqual(FAQ_ENTRIES.filter((e) => e.regions.includes(region)).map((e) => e.id))
      for (const h of search('住院', { region })) expect(h.entry.regions).toContain(region)
    }
    expect(ids(search('', { region: 'weihai' }))).toContain('miscarriage-leave-compare')
    expect(ids(search('', { region: 'weifang' }))).toContain('miscarriage-leave-compare')
  })

  test('topic filter keeps entries with that topic', () => {
    for (const topic of FAQ_TOPICS) {
      const hits = search('', { topic })
      expect(hits.length).toBeGreaterThan(0)
      for (const h of hits) expect(h.entry.topics).toContain(topic)
    }
    for (const h of search('报销', { topic: '生育', region: 'weifang' })) {
      expect(h.entry.topics).toContain('生育')
      expect(h.entry.regions).toContain('weifang')
    }
  })

  test("a place name also matches that region's entries", () => {
    const hits = search('威海 门诊')
    expect(hits.length).toBeGreaterThan(0)
    for (const h of hits) expect(h.entry.regions).toContain('weihai')
  })

  test('a nonsense query returns []', () => {
    expect(search('zzqx')).toEqual([])
    expect(search('火星移民')).toEqual([])
    expect(search('(*+?[')).toEqual([])
  })
})

describe('robustness', () => {
  const BAD = [
    '',
    '   ',
    '😀',
    '(*+?[',
    '.*',
    '\\',
    '^$|',
    '\ud83d',
    '\ude00报销',
    '𠮷',
    'a'.repeat(1000),
    '报'.repeat(1000),
    '外地生孩子报账'.repeat(150),
    Array.from({ length: 1000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join(''),
    '😀'.repeat(1000),
    '\u0000\u0001\u007f',
    'constructor',
    '__proto__',
    'hasOwnProperty toString'
  ]

  // Speed on these inputs is measured by `npm run bench` (CPU time), not asserted here: a wall-clock
  // limit in Jest fails whenever the machine is busy.
  test.each(BAD.map((b) => [JSON.stringify(b).slice(0, 40), b]))('does not throw: %s', (_label, text) => {
    let hits: FaqHit[] = []
    expect(() => {
      hits = search(text)
    }).not.toThrow()
    for (const h of hits) {
      expectWellFormed(h.entry.question, h.questionHighlights)
      expectWellFormed(h.entry.answer, h.answerHighlights)
    }
  })

  test('malformed arguments do not throw', () => {
    expect(() => searchFaq(undefined as unknown as FaqEntry[], { text: '报销' })).not.toThrow()
    expect(searchFaq(FIXTURE, undefined as unknown as { text: string })).toHaveLength(FIXTURE.length)
    expect(searchFaq(FIXTURE, { text: null as unknown as string })).toHaveLength(FIXTURE.length)
    expect(() => splitHighlighted('abc', null as unknown as Highlight[])).not.toThrow()
  })

  test('property: any input returns well-formed hits, a subset of the filter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('all', 'weihai', 'weifang'), (text, region) => {
        const hits = search(text, { region: region as 'all' | 'weihai' | 'weifang' })
        const allowed = new Set(search('', { region: region as 'all' | 'weihai' | 'weifang' }).map((h) => h.entry.id))
        for (const h of hits) {
          expect(allowed.has(h.entry.id)).toBe(true)
          expectWellFormed(h.entry.question, h.questionHighlights)
          expectWellFormed(h.entry.answer, h.answerHighlights)
          const joined = splitHighlighted(h.entry.answer, h.answerHighlights)
            .map((p) => p.text)
            .join('')
          expect(joined).toBe(h.entry.answer)
        }
      }),
      { numRuns: 300 }
    )
  })
})
