// Pack texts the revised POLICY-READING corrects (issue 10, items 4–7): who the 2020 COVID rules are
// for, the Weihai referral and emergency wording, and the caveat on Weihai 第二层 item 1.
import { weifang2020 } from '../../src/policy/weifang-2020'
import { SPECIAL_DRUG_CAVEAT, weihai2020 } from '../../src/policy/weihai-2020'
import { isUnpublished, type PolicyText, type Reference, type RemoteCareGuide } from '../../src/policy/types'
import { describeLayer } from '../../src/engine'
import { at } from '../../src/test-support/present'

const COVID_WHO = '新冠肺炎确诊、疑似患者'
const COVID_WAIVER = /先救治后结算|取消异地就医|取消.*备案手续|不执行.*调减/

/** Every shown text and every quote anywhere in a pack. */
function walk(node: unknown, texts: string[] = [], quotes: string[] = []): { texts: string[]; quotes: string[] } {
  if (Array.isArray(node)) node.forEach((n) => walk(n, texts, quotes))
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>
    if (typeof o.text === 'string') texts.push(o.text)
    if (typeof o.reason === 'string') texts.push(o.reason)
    if (typeof o.quote === 'string') quotes.push(o.quote)
    Object.values(o).forEach((v) => walk(v, texts, quotes))
  }
  return { texts, quotes }
}

describe('2020 COVID rules (潍坊) say who they are for', () => {
  test('each line of the COVID list starts with 新冠肺炎确诊、疑似患者', () => {
    expect(weifang2020.covid).toHaveLength(4)
    for (const c of weifang2020.covid) expect(c.text.startsWith(COVID_WHO)).toBe(true)
  })

  test('every text anywhere in the pack that states a COVID exemption names them, and says others still file', () => {
    const { texts } = walk(weifang2020)
    const covid = texts.filter((t) => COVID_WAIVER.test(t))
    expect(covid.length).toBeGreaterThanOrEqual(5)
    for (const t of covid) expect(t).toContain(COVID_WHO)
    for (const s of ['referral', 'emergency', 'unfiled'] as const) {
      const notes = (weifang2020.remoteCare[s] as RemoteCareGuide).notes.filter((n) => COVID_WAIVER.test(n.text))
      expect(notes.length).toBe(1)
      expect(at(notes, 0).text).toMatch(/^新冠肺炎确诊、疑似患者（2020年疫情期间，仅限这两类患者）：.*其他参保人/)
    }
  })

  test('every quote of the exemptions starts with 确诊新冠肺炎患者, including the reduction cited by the inpatient settings', () => {
    const { quotes } = walk(weifang2020)
    const covid = quotes.filter((q) => /先救治后结算|取消异地就医|支付比例调减/.test(q))
    expect(covid.length).toBeGreaterThanOrEqual(6)
    for (const q of covid) expect(q.startsWith('确诊新冠肺炎患者')).toBe(true)
    const referral = weifang2020.inpatient.settings.referral
    expect(referral.kind === 'unpublishedAdjustment' && referral.reference?.quote.startsWith('确诊新冠肺炎患者')).toBe(true)
    // The reduction passage is about transfers, not emergencies: the emergency setting cites its own paragraph (issue 19).
    const emergency = weifang2020.inpatient.settings.emergency
    expect(emergency.kind === 'unpublishedAdjustment' && emergency.reference?.quote).toBe(
      '因出差、探亲、旅游等在潍坊市外的医疗机构突发急诊住院治疗的'
    )
    expect(emergency.kind === 'unpublishedAdjustment' && emergency.reason).not.toMatch(/调减|新冠/)
  })
})

describe('Weihai remote-care wording', () => {
  const guide = (s: 'referral' | 'emergency') => weihai2020.remoteCare[s] as RemoteCareGuide

  test('the referral card is a referral out of the city; a referral inside Weihai is a local stay', () => {
    expect(guide('referral').title).toBe('异地转诊转院（威海市外）')
    const local = guide('referral').notes.find((n) => n.text.includes('威海市内'))
    expect(local?.text).toMatch(/不属于异地就医，按本地住院报销，不先由个人负担10%/)
    expect(local?.reference.quote).toContain('在异地定点医院就医')
  })

  test('the emergency card says 急、危症或意外伤害 and 定点医疗机构, and adds no family member', () => {
    const e = guide('emergency')
    expect(e.appliesTo.text).toContain('急、危症或意外伤害')
    expect(e.appliesTo.text).toContain('定点医疗机构')
    expect(e.appliesTo.reference.quote).toBe('因急、危症或意外伤害在威海市外定点医疗机构住院治疗的')
    expect(walk(weihai2020.remoteCare).texts.join('\n')).not.toContain('家属')
    expect(e.filing?.steps.map((s: PolicyText) => s.text).join()).toContain('经办机构可为其办理联网结算手续')
  })
})

describe('Weihai 第二层 item 1 (the "特药" reading) carries its caveat', () => {
  test('in the pack', () => {
    const rule = weihai2020.criticalIllness.specialDrug
    if (isUnpublished(rule)) throw new Error('expected the Weihai rule')
    expect(SPECIAL_DRUG_CAVEAT).toBe('原文未写明适用哪类费用（潍坊资料中同样数字的规定是大病保险特药）；60%为2019年比例')
    expect(rule.caveat).toBe(SPECIAL_DRUG_CAVEAT)
    expect(rule.rate.period.start).toBe('2019-01-01')
  })

  test('in describeLayer, for Weihai only; Weifang’s published special-drug rule has none', () => {
    const weihai = describeLayer('specialDrug', 'weihai')
    expect(weihai.lines).toEqual(['建档立卡贫困人口：不设起付标准，报销60%，每年最高20万元', SPECIAL_DRUG_CAVEAT])
    expect(weihai.sources.map((s: Reference) => s.quote)).toContain('2019年起付标准以上部分报销比例为60%')
    const weifang = describeLayer('specialDrug', 'weifang')
    expect(weifang.lines.join()).not.toContain('原文未写明')
    expect(weifang.lines[0]).toContain('大病保险特药')
  })
})

describe('安丘市 rules are labelled 安丘市 (POLICY-READING §5)', () => {
  test('every label, text and reason of the 潍坊 assistance chain and outpatient assistance says 安丘市', () => {
    const labels: string[] = []
    const collect = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(collect)
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>
        for (const key of ['text', 'reason', 'description']) if (typeof o[key] === 'string') labels.push(o[key] as string)
        for (const [k, v] of Object.entries(o)) if (k !== 'reference') collect(v)
      }
    }
    collect(weifang2020.chain)
    collect(weifang2020.outpatient.chronic.assistance)
    expect(labels.length).toBeGreaterThanOrEqual(15)
    for (const l of labels) expect(l).toContain('安丘市')
    expect(at(weifang2020.hotlines, 0).name).toBe('安丘市医保中心门诊管理科')
  })
})
