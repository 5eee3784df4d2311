import { FAQ_ENTRIES, FAQ_PHONE_NUMBERS, FAQ_TOPICS, type FaqEntry } from '../../src/policy/faq-2020'
import { DOCUMENTS } from '../../src/policy/documents'
import { readHandover } from '../../src/pages/estimate/handover'
import type { DocumentId, RegionId } from '../../src/policy/types'
import { quoteFound } from '../../scripts/quotes'
import { seedText, withSeeds } from '../seeds'

const SEED_FILES: Record<DocumentId, string> = {
  'wendeng-2019-12': '000_b8a4b2ea55d21974.txt',
  'anqiu-2020-06': '004_9d86da29194db8ae.txt'
}
/** Read lazily: only checks run through `withSeeds` touch the documents. */
const docText = (doc: DocumentId) => seedText(SEED_FILES[doc])

/** The number occurs in the text as a whole number (not as part of a longer one). */
function numberIn(text: string, num: string): boolean {
  const isDigit = (c: string) => c >= '0' && c <= '9'
  for (let i = text.indexOf(num); i >= 0; i = text.indexOf(num, i + 1)) {
    const before = text.charAt(i - 1)
    const before2 = text.charAt(i - 2)
    const after = text.charAt(i + num.length)
    const after2 = text.charAt(i + num.length + 1)
    if (isDigit(before) || (before === '.' && isDigit(before2))) continue
    if (isDigit(after) || (after === '.' && isDigit(after2))) continue
    return true
  }
  return false
}

const citedDocs = (e: FaqEntry): DocumentId[] => Array.from(new Set(e.sources.map((s) => s.doc)))
const fullText = (e: FaqEntry) => `${e.question}\n${e.answer}`

describe('FAQ content', () => {
  test('has enough entries, for both regions', () => {
    expect(FAQ_ENTRIES.length).toBeGreaterThanOrEqual(25)
    const regions = new Set(FAQ_ENTRIES.flatMap((e) => e.regions))
    expect(regions).toEqual(new Set<RegionId>(['weihai', 'weifang']))
    for (const r of ['weihai', 'weifang'] as RegionId[]) {
      expect(FAQ_ENTRIES.filter((e) => e.regions.includes(r)).length).toBeGreaterThanOrEqual(12)
    }
  })

  test('ids are unique and kebab-case', () => {
    const ids = FAQ_ENTRIES.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  test('every topic is used, and only listed topics are used', () => {
    const used = new Set(FAQ_ENTRIES.flatMap((e) => e.topics))
    for (const t of FAQ_TOPICS) expect(used.has(t)).toBe(true)
    for (const t of used) expect(FAQ_TOPICS).toContain(t)
    for (const e of FAQ_ENTRIES) {
      expect(e.topics.length).toBeGreaterThan(0)
      expect(new Set(e.topics).size).toBe(e.topics.length)
    }
  })

  test('questions and answers are well formed', () => {
    for (const e of FAQ_ENTRIES) {
      expect(e.question.trim()).toBe(e.question)
      expect(e.question.length).toBeGreaterThan(4)
      expect(e.answer.length).toBeGreaterThan(20)
      for (const para of e.answer.split('\n')) {
        expect(para.trim().length).toBeGreaterThan(0)
        expect(para).toBe(para.trim())
      }
    }
  })

  test('every entry has a source with a section and a short quote, from a known document', () => {
    for (const e of FAQ_ENTRIES) {
      expect(e.sources.length).toBeGreaterThanOrEqual(1)
      for (const s of e.sources) {
        expect(Object.keys(SEED_FILES)).toContain(s.doc)
        expect(DOCUMENTS[s.doc].seedFile).toBe(SEED_FILES[s.doc])
        expect(s.section.trim().length).toBeGreaterThan(0)
        expect(s.quote.length).toBeLessThanOrEqual(80)
      }
    }
  })

  withSeeds('every source quote is verbatim in the referenced document', () => {
    for (const e of FAQ_ENTRIES) {
      expect(e.sources.length).toBeGreaterThanOrEqual(1)
      for (const s of e.sources) {
        expect(Object.keys(SEED_FILES)).toContain(s.doc)
        expect(DOCUMENTS[s.doc].seedFile).toBe(SEED_FILES[s.doc])
        expect(s.section.trim().length).toBeGreaterThan(0)
        expect(s.quote.length).toBeLessThanOrEqual(80)
        if (!quoteFound(docText(s.doc), s.quote)) {
          throw new Error(`${e.id}: quote not found in ${s.doc}: ${s.quote}`)
        }
      }
    }
  })

  test('regions are exactly the cities of the cited documents', () => {
    for (const e of FAQ_ENTRIES) {
      const fromSources = new Set(citedDocs(e).map((d) => DOCUMENTS[d].region))
      expect({ id: e.id, regions: new Set(e.regions) }).toEqual({ id: e.id, regions: fromSources })
    }
  })

  test('安丘-local rules say they are 安丘市 rules', () => {
    for (const e of FAQ_ENTRIES.filter((x) => x.id.startsWith('anqiu-'))) {
      expect({ id: e.id, says: e.answer.includes('安丘市') }).toEqual({ id: e.id, says: true })
    }
  })

  withSeeds('no invented figures: every number in an answer occurs in a cited document', () => {
    const phones = new Set(FAQ_PHONE_NUMBERS.map((p) => p.number))
    const problems: string[] = []
    for (const e of FAQ_ENTRIES) {
      const docs = citedDocs(e).map(docText)
      for (const m of fullText(e).match(/\d+(?:\.\d+)?/g) ?? []) {
        if (m.replace('.', '').length < 2) continue
        if (/^(19|20)\d\d$/.test(m)) continue // years
        if (phones.has(m)) continue
        if (!docs.some((d) => numberIn(d, m))) problems.push(`${e.id}: ${m}`)
      }
    }
    expect(problems).toEqual([])
  })

  test('phone numbers are written as plain digits and appear in an answer', () => {
    for (const p of FAQ_PHONE_NUMBERS) {
      expect(p.number).toMatch(/^\d{7}$/)
      expect(FAQ_ENTRIES.some((e) => e.answer.includes(p.number))).toBe(true)
    }
    for (const e of FAQ_ENTRIES) expect(e.answer).not.toMatch(/\d{3,4}[-－ ]\d{7}|\d{3}[- ]\d{4}(?!\d)/)
  })

  withSeeds('phone numbers occur in the documents', () => {
    for (const p of FAQ_PHONE_NUMBERS) expect(numberIn(docText('anqiu-2020-06'), p.number)).toBe(true)
  })

  withSeeds('answers are written in our own words (no long verbatim runs from the sources)', () => {
    // Names of forms and menu paths are copied on purpose; whole sentences are not.
    // Text inside “…” and 《…》 (names, menu paths) is left out of the check.
    const LIMIT = 24
    const copies: string[] = []
    for (const e of FAQ_ENTRIES) {
      const docs = citedDocs(e).map(docText)
      for (const para of e.answer.split('\n')) {
        const own = para.replace(/“[^”]*”|《[^》]*》/g, '\u0000')
        for (let i = 0; i + LIMIT <= own.length; i++) {
          const run = own.slice(i, i + LIMIT)
          if (!run.includes('\u0000') && docs.some((d) => d.includes(run))) {
            copies.push(`${e.id}: ${run}`)
            break
          }
        }
      }
    }
    expect(copies).toEqual([])
  })

  test('tool links point to real pages with known parameters', () => {
    const situations = ['referral', 'emergency', 'longTermResidence', 'postedWorker', 'migrantWorker', 'unfiled']
    for (const e of FAQ_ENTRIES) {
      if (!e.tool) continue
      expect(['contribution', 'estimate', 'remote']).toContain(e.tool.page)
      expect(e.tool.label.length).toBeGreaterThan(0)
      // Read as any link would arrive: names and values unchecked.
      const params: Record<string, string | undefined> = { ...(e.tool.params ?? {}) }
      for (const v of Object.values(params)) expect(typeof v).toBe('string')
      if (params.situation !== undefined) expect(situations).toContain(params.situation)
      if (e.tool.page !== 'remote') expect(params.situation).toBeUndefined()
      // The estimator must understand every mode a link carries (it reads them with readHandover).
      if (e.tool.page === 'estimate') expect(readHandover(params).mode).toBeDefined()
      if (e.tool.page !== 'estimate') expect(params.mode).toBeUndefined()
      if (params.setting !== undefined)
        expect(['local', 'referral', 'emergency', 'longTermResidence', 'unreferred']).toContain(params.setting)
    }
  })

  test('tool links follow the subject: filings → remote, money rules → estimate/contribution', () => {
    const byId = new Map(FAQ_ENTRIES.map((e) => [e.id, e]))
    const expectTool = (id: string, page: string, params?: Record<string, string>) => {
      const e = byId.get(id)
      expect(e?.tool?.page).toBe(page)
      if (params) expect(e?.tool?.params).toMatchObject(params)
    }
    expectTool('weihai-emergency-filing', 'remote', { situation: 'emergency' })
    expectTool('weifang-emergency-filing', 'remote', { situation: 'emergency' })
    expectTool('weihai-long-term-residence', 'remote', { situation: 'longTermResidence' })
    expectTool('weifang-posted-worker', 'remote', { situation: 'postedWorker' })
    expectTool('weifang-migrant-worker', 'remote', { situation: 'migrantWorker' })
    expectTool('weifang-unreferred', 'remote', { situation: 'unfiled' })
    expectTool('weifang-referral-outside', 'remote', { situation: 'referral' })
    expectTool('weihai-contribution-2020', 'contribution')
    expectTool('weihai-collection-period-2020', 'contribution')
    expectTool('weifang-personal-account', 'contribution')
    expectTool('weifang-minimum-years', 'contribution')
    expectTool('weihai-inpatient-ratio', 'estimate', { mode: 'inpatient' })
    expectTool('weifang-childbirth', 'estimate', { mode: 'childbirth' })
    expectTool('weifang-maternity-allowance', 'estimate', { mode: 'maternity' })
    // 生育医疗费 leads to the tab that computes it.
    const medical = FAQ_ENTRIES.find((e) => e.tool?.page === 'estimate' && e.tool.params?.mode === 'maternityMedical')
    expect(medical?.answer).toContain('生育医疗费')
    expect(readHandover(medical?.tool?.params)).toEqual({ mode: 'maternity', maternitySub: 'medical' })
    expectTool('weifang-general-outpatient', 'estimate', { mode: 'outpatient' })
  })

  // subject → [region or 'any', patterns that must all match one entry's question + answer]
  const SUBJECTS: [string, RegionId | 'any', RegExp[]][] = [
    ['three kinds of 异地就医', 'weihai', [/转院就医/, /异地急诊住院/, /长期异地居住/]],
    ['Weihai emergency filing: 3 working days', 'weihai', [/3个工作日/, /备案/, /无法报销/]],
    ['Weifang emergency filing: 5 days, before discharge', 'weifang', [/入院5日内/, /出院前/, /公章/]],
    ['Weihai long-term residence materials', 'weihai', [/居住证/, /社保卡/, /《威海市基本医疗保险异地居住备案表》/]],
    ['Weihai emergency claim materials', 'weihai', [/出院小结/, /急诊病历/, /银行卡/]],
    ['Weihai 10% first self-paid, not for residents', 'weihai', [/10%/, /先由个人负担/, /异地居住备案的人员不用/]],
    ['Weifang unreferred ratio not published', 'weifang', [/未经转诊报销比例/, /没有公布/]],
    ['Weifang referral form', 'weifang', [/《异地转院备案表》/, /最高级别医院/]],
    ['Weihai maternity leave', 'weihai', [/98天/, /难产/, /未满4个月/, /42天/]],
    ['Weifang maternity leave and allowance', 'weifang', [/÷ ?30/, /剖宫产/, /72小时/, /含4个月/]],
    ['the 4-month difference', 'any', [/正好4个月是42天/, /正好4个月是15天/]],
    ['Weihai maternity allowance', 'weihai', [/上年度职工月平均工资/, /生育保险基金/, /用人单位支付/]],
    ['异地安置 categories', 'weifang', [/异地长期居住/, /常驻异地工作/, /农民工/, /一年内不能变更/]],
    ['异地安置 materials: long-term residence', 'weifang', [/户籍证明/, /居住证办理回执单/, /6个月/]],
    ['异地安置 materials: posted workers', 'weifang', [/异地工作证明/]],
    ['异地安置 materials: migrant workers', 'weifang', [/花名册/, /劳动合同/, /营业执照/]],
    ['Weifang 大病 bands', 'weifang', [/1\.2万元/, /60%/, /65%/, /70%/, /75%/, /40万元/]],
    ['Weifang 大病 funding 81 yuan', 'weifang', [/81元/, /不再另外缴费/]],
    ['poverty 大病 tilt, Weifang', 'weifang', [/5000元/, /85%/, /不设最高支付限额/]],
    ['poverty 大病 tilt, Weihai', 'weihai', [/5000元/, /85%/, /取消最高支付限额/]],
    ['Weihai ordinary 大病 not published', 'weihai', [/普通居民大病保险/, /没有公布/]],
    ['医疗救助 Weihai 4th layer', 'weihai', [/第四层/, /2万元/, /70%/, /5万元/]],
    ['安丘 key group assistance', 'weifang', [/重点救助对象/, /40%/, /安丘市/]],
    ['安丘 low-income assistance', 'weifang', [/低收入救助对象/, /3万元/, /没有公布/]],
    ['六重保障 overview', 'weihai', [/第一层/, /第二层/, /第三层/, /第四层/, /第五层/, /第六层/]],
    ['layer 3 hospital waiver', 'weihai', [/押金/, /10%/, /200元/]],
    ['layer 5 commercial insurance', 'weihai', [/9\.8%/, /60万元/]],
    ['layer 6 re-assistance', 'weihai', [/5000元/, /70%/, /2万元/]],
    ['Weihai contribution standards 2020', 'weihai', [/450元/, /650元/, /200元/, /2020年度/]],
    ['Weihai collection period', 'weihai', [/2020年1月1日至4月30日/]],
    ['Weifang contribution not published', 'weifang', [/居民医保/, /没有公布/, /缴费期/]],
    ['pay by WeChat', 'weihai', [/山东税务/, /微信办税—社保费—居民医疗\/居民养老\/社保费补缴申报/]],
    ['pay by WeChat mini program', 'weihai', [/山东税务社保费缴纳/]],
    ['pay by Alipay', 'weihai', [/支付宝/, /城市服务—政务—社保费缴纳/]],
    ['pay at terminals and 农金通', 'weihai', [/自助终端机/, /农金通/, /没有写具体操作步骤/]],
    ['Weifang general outpatient', 'weifang', [/50%/, /450元/, /500元/, /住院期间/]],
    ['Weifang chronic outpatient', 'weifang', [/46个病种/, /73个病种/, /4253522/]],
    ['Weihai chronic outpatient', 'weihai', [/84个/, /66种/, /18种/, /500元/, /1000元/]],
    ['Weihai special chronic', 'weihai', [/300元/, /80%/, /20%/]],
    ['Weihai general outpatient not published', 'weihai', [/普通门诊/, /没有公布/]],
    ['Weihai inpatient tiers and caps', 'weihai', [/80%/, /60%/, /50%/, /20万元/, /65%/, /55%/, /30万元/, /起付标准/]],
    ['Weifang tier-1 referral', 'weifang', [/一档/, /三级医院/, /二级医院转诊/]],
    ['Weifang childbirth settlement', 'weifang', [/800元/, /560元/, /实际/]],
    ['employee contributions', 'weifang', [/10%/, /8%/, /2%/]],
    ['personal account', 'weifang', [/2\.9%/, /3\.9%/, /4\.9%/, /5\.9%/]],
    ['minimum years', 'weifang', [/男满30年/, /女满25年/, /补缴/]],
    ['employee → resident in 60 days', 'weifang', [/60日内/, /居民医保/]],
    ['maternity insurance merged', 'weifang', [/2020年1月1日/, /合并/]],
    ['maternity medical items', 'weifang', [/800元/, /2200元/, /500元/, /400元/, /200元/, /50%/]],
    ['maternity conditions', 'weifang', [/计划生育/, /满1年/]],
    ['COVID patients', 'weifang', [/先救治后结算/, /疑似/]],
    ['COVID employer rate relief', 'weifang', [/2\.5个百分点/, /1个百分点/]],
    ['COVID deferral and late fees', 'weifang', [/缓缴/, /6个月/, /滞纳金/, /5月1日/]],
    ['医保工作站', 'weihai', [/医保工作站/, /17项/, /威海市中心医院/]],
    ['hotlines: 安丘市医保中心门诊管理科 only', 'weifang', [/安丘市医保中心门诊管理科/, /4253522/, /不是日常咨询电话/]],
    ['2019 poverty subsidy, labelled', 'weihai', [/2019年度/, /450元/, /200元/]],
    ['mid-year newly added poor people', 'weihai', [/年中/, /返还/, /财政预拨资金/]]
  ]

  test.each(SUBJECTS)('covers: %s', (_name, region, patterns) => {
    const candidates = FAQ_ENTRIES.filter((e) => region === 'any' || e.regions.includes(region))
    const covering = candidates.filter((e) => patterns.every((p) => p.test(fullText(e))))
    expect(covering.map((e) => e.id).length).toBeGreaterThan(0)
  })
})
