// The overstatements the revised POLICY-READING corrects (issue 10, items 4, 5, 7 and 10), each
// checked on the answers themselves: a later edit that brings one back fails here.
import { FAQ_ENTRIES, FAQ_PHONE_NUMBERS, type FaqEntry } from '../../src/policy/faq-2020'
import { SPECIAL_DRUG_CAVEAT, weihai2020 } from '../../src/policy/weihai-2020'
import { at, defined } from '../../src/test-support/present'

const byId = (id: string): FaqEntry => {
  const e = FAQ_ENTRIES.find((x) => x.id === id)
  if (!e) throw new Error(`no FAQ entry ${id}`)
  return e
}
const paragraphs = (e: FaqEntry) => e.answer.split('\n')
const everything = (e: FaqEntry) => [e.question, e.answer, ...e.sources.map((s) => `${s.section} ${s.quote}`)].join('\n')
const COVID_WHO = '新冠肺炎确诊、疑似患者'
// Phrases that state one of the 2020 COVID exemptions (filing waived, treat first, no reduction).
const COVID_WAIVER = /先救治后结算|取消异地就医|取消备案|不按异地转外就医的比例调减|不执行这项调减/

describe('phones (item 5)', () => {
  test('the live programme’s call-in line 4397117 appears in no entry, source or phone list', () => {
    for (const e of FAQ_ENTRIES) expect({ id: e.id, has: everything(e).includes('4397117') }).toEqual({ id: e.id, has: false })
    expect(FAQ_PHONE_NUMBERS.map((p) => p.number)).toEqual(['4253522'])
  })

  test('4253522 is always named as 安丘市医保中心门诊管理科', () => {
    expect(FAQ_PHONE_NUMBERS).toEqual([{ number: '4253522', name: '安丘市医保中心门诊管理科' }])
    const lines = FAQ_ENTRIES.flatMap(paragraphs).filter((p) => p.includes('4253522'))
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const line of lines) expect(line).toContain('安丘市医保中心门诊管理科')
  })
})

describe('COVID rules say who they are for (item 4)', () => {
  test('every paragraph that states a COVID exemption names 新冠肺炎确诊、疑似患者', () => {
    const lines = FAQ_ENTRIES.flatMap(paragraphs).filter((p) => COVID_WAIVER.test(p))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    for (const line of lines) expect(line).toContain(COVID_WHO)
  })

  test('the COVID answer: each rule line starts with who it is for, and other insured people still file', () => {
    const e = byId('weifang-covid-patients')
    const [first, ...rest] = paragraphs(e)
    const intro = defined(first, 'the first paragraph of weifang-covid-patients')
    expect(intro.startsWith(COVID_WHO)).toBe(true)
    expect(intro).toContain('只适用于这两类患者')
    const rules = rest.slice(0, -1)
    expect(rules.length).toBe(3)
    for (const line of rules) expect(line.startsWith(COVID_WHO)).toBe(true)
    expect(rest[rest.length - 1]).toMatch(/^其他参保人.*仍要按规定办理转诊备案或急诊备案/)
  })

  test('every quoted COVID exemption starts with 确诊新冠肺炎患者', () => {
    const quotes = FAQ_ENTRIES.flatMap((e) => e.sources.map((s) => s.quote)).filter((q) => /先救治后结算|取消异地就医|支付比例调减/.test(q))
    expect(quotes.length).toBeGreaterThanOrEqual(4)
    for (const q of quotes) expect(q.startsWith('确诊新冠肺炎患者')).toBe(true)
  })
})

describe('the revised reading’s corrections (item 10)', () => {
  test('Weihai emergency: networked settlement is possible after review, not promised', () => {
    const a = byId('weihai-emergency-filing').answer
    expect(a).toContain('经审核确认符合急诊和联网结算条件的，经办机构可以为您办理联网结算手续')
    expect(a).not.toMatch(/会为您办理/)
  })

  test('Weihai emergency: a claim at home only for costs that could not be settled online', () => {
    const a = byId('weihai-emergency-filing').answer
    expect(a).toContain('不能联网结算的医疗费用，出院后先由自己结算，再到参保地经办机构办理审核报销')
    expect(a).not.toContain('审核不通过')
    expect(a).toContain('没有经过批准和备案的，发生的医疗费用无法报销')
  })

  test('Anqiu online service: a 2020 measure, advice (倡导…优先采取), not "可以。"', () => {
    const a = byId('anqiu-covid-online-service').answer
    expect(a.startsWith('可以')).toBe(false)
    expect(a).toContain('2020年疫情期间的做法')
    expect(a).toContain('倡导')
    expect(a).toContain('优先采取')
    expect(a).toContain('当时')
  })

  test('Weihai refund for newly poor people is the 2019 practice, not promised for 2020', () => {
    const e = byId('weihai-poverty-midyear')
    expect(e.answer.startsWith('能')).toBe(false)
    expect(e.answer).toContain('2019年的做法')
    expect(e.answer).toMatch(/2020年度是否照此办理.*没有写明/)
  })

  test('Weihai commercial layer holds the burden at 9.8% of compliant cost; nothing says "不超过9.8%"', () => {
    const a = byId('weihai-poverty-commercial').answer
    expect(a).toContain('保持在合规费用的9.8%')
    expect(a).toContain('已经不高于9.8%的，这一层不再补偿')
    for (const e of FAQ_ENTRIES) expect(e.answer).not.toMatch(/不超过\s*9\.8%|9\.8%以内/)
  })

  test('transfer to the resident scheme: the person pays both the individual standard and the government subsidy', () => {
    const a = byId('weifang-employee-to-resident').answer
    expect(a).toContain('个人缴费标准与政府补助标准之和')
    expect(a).toContain('两部分都要交')
    const c = byId('weifang-resident-contribution').answer
    expect(c).toContain('这不是一般居民的缴费金额')
  })

  test('Weifang at exactly 4 months: 15 days of leave but the 800-yuan medical limit', () => {
    const a = byId('miscarriage-leave-compare').answer
    expect(a).toContain('正好4个月是15天')
    expect(a).toMatch(/正好4个月流产，假期按15天算，医疗费限额却按800元算/)
  })

  test('Weihai 10% self-share: only outside Weihai; a referral inside Weihai is a local stay', () => {
    for (const id of ['weihai-referral-care', 'weihai-remote-ratio']) {
      const a = byId(id).answer
      expect(a).toContain('威海市外')
      expect(a).toMatch(/在威海市内(的)?医院之间转诊转院.*按本地住院报销.*不(用先|先)负担(这)?10%/)
    }
    for (const e of FAQ_ENTRIES.filter((x) => x.regions.includes('weihai'))) {
      for (const p of paragraphs(e).filter((x) => /先由个人负担10%/.test(x))) expect(p).toMatch(/威海市外|异地居住备案/)
    }
  })

  test('Weifang transfer reduction: exists, size unpublished, and the COVID exemption is for COVID patients only', () => {
    const a = byId('weifang-referral-outside').answer
    expect(a).toContain('异地转外就医支付比例调减规定')
    expect(a).toContain('没有公布调减多少')
    expect(a).toContain('只适用于这两类患者')
  })

  test('medical assistance in 潍坊 answers is said to be 安丘市’s', () => {
    const weifang = FAQ_ENTRIES.filter((e) => e.regions.includes('weifang') && /救助/.test(e.answer))
    expect(weifang.length).toBeGreaterThanOrEqual(4)
    for (const e of weifang) expect({ id: e.id, says: e.answer.includes('安丘市') }).toEqual({ id: e.id, says: true })
  })

  test('the 1.2万 大病 rule is for residents; employees are not covered by it', () => {
    const withRule = FAQ_ENTRIES.filter((e) => /1\.2万元/.test(e.answer))
    expect(withRule.map((e) => e.id)).toEqual(['weifang-critical-illness-2020'])
    expect(at(withRule, 0).answer).toMatch(/城乡居民的大病保险.*职工医保参保人不适用/)
  })

  test('Weihai 第二层 item 1 carries the caveat word for word (item 7)', () => {
    const withRule = FAQ_ENTRIES.filter((e) => e.regions.includes('weihai') && /每年最高支付限额20万元/.test(e.answer))
    expect(withRule.length).toBeGreaterThan(0)
    for (const e of withRule) expect(e.answer).toContain(SPECIAL_DRUG_CAVEAT)
  })

  test('Weihai maternity allowance borrows no ÷30 from 潍坊', () => {
    for (const e of FAQ_ENTRIES.filter((x) => x.regions.length === 1 && x.regions[0] === 'weihai')) {
      expect({ id: e.id, borrows: /÷\s*30|除以30/.test(e.answer) }).toEqual({ id: e.id, borrows: false })
    }
    expect(byId('weihai-maternity-allowance').answer).toContain('工具不会替您默认')
  })
})

describe('the FAQ says what the estimator does', () => {
  const reading = weihai2020.readings['weihai.outOfAreaRatio']
  if (!reading) throw new Error('the Weihai pack lists weihai.outOfAreaRatio')
  const QUOTE = '剩余部分按就医医院的起付标准和支付比例支付'

  test('Weihai out-of-area ratio: both readings stated plainly with the quote, never one as fact', () => {
    // The estimator's two options rest on this one sentence; the FAQ quotes it and names both.
    expect(reading.options.map((o) => o.reference.quote)).toEqual([QUOTE, QUOTE])
    const e = byId('weihai-remote-ratio')
    expect(e.answer).toContain(`“${QUOTE}”`)
    expect(e.answer).toContain('两种理解')
    expect(e.answer).toMatch(/一是剩余部分按威海的报销比例计算，起付标准用就医医院的/)
    expect(e.answer).toMatch(/二是剩余部分按就医地自己的起付标准和支付比例计算，这些标准本程序收录的文件没有公布/)
    expect(e.sources.some((s) => s.quote.includes(QUOTE))).toBe(true)
    // The old answer said only the second reading (the opposite of the estimator's first).
    expect(e.answer).not.toContain('外地医院的起付标准和比例各地不同')
    const referral = byId('weihai-referral-care')
    expect(referral.answer).toContain('两种都列出')
    expect(referral.sources.some((s) => s.quote.includes(QUOTE))).toBe(true)
  })

  test('Weihai outpatient assistance above 20,000: the text is silent, never "不计入"', () => {
    const mentions = FAQ_ENTRIES.filter((x) => x.regions.includes('weihai') && /个人自付2万元/.test(x.answer))
    expect(mentions.map((x) => x.id)).toContain('weihai-poverty-medical-assistance')
    for (const x of mentions) {
      expect({ id: x.id, silent: x.answer.includes('超过2万元的部分是否救助、怎么救助，原文没有说明') }).toEqual({ id: x.id, silent: true })
      expect({ id: x.id, says: /不计入|不予救助|不再救助/.test(x.answer) }).toEqual({ id: x.id, says: false })
    }
  })
})
