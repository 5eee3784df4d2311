// The texts the pages render from the packs: structure and the documents' own facts.
import { isUnpublished, weifang2020, weihai2020 } from '../../src/policy'
import type { PaymentChannel, RemoteCareGuide } from '../../src/policy'
import { at } from '../../src/test-support/present'

describe('Weihai payment channels, as numbered steps', () => {
  const channels = weihai2020.residentContribution.channels as PaymentChannel[]

  test('five channels in the document order', () => {
    expect(channels.map((c) => c.id)).toEqual(['wechatOfficialAccount', 'wechatMiniProgram', 'alipay', 'terminal', 'nongjintong'])
  })

  test('account names, menu paths, what to bring', () => {
    expect(channels[0]).toMatchObject({ accountName: '山东税务', menuPath: ['微信办税', '社保费', '居民医疗/居民养老/社保费补缴申报'] })
    expect(at(channels, 1).accountName).toBe('山东税务社保费缴纳')
    expect(at(channels, 2).menuPath).toEqual(['城市服务', '政务', '社保费缴纳'])
    expect(at(channels, 3).whatToBring).toEqual(['身份证件', '社保卡', '银行卡'])
    expect(at(channels, 3).locations).toContain('税务大厅')
  })

  test('农金通: listed, no detail given', () => {
    expect(isUnpublished(at(channels, 4).steps)).toBe(true)
  })

  test('poverty subsidy is labelled 2019, and the mid-year rule is there', () => {
    const s = weihai2020.residentContribution.povertySubsidy
    expect(s).toMatchObject({ year: 2019, adult: { value: '450' }, student: { value: '200' } })
    expect(weihai2020.residentContribution.midYearAdditions).toHaveLength(2)
  })
})

describe('remote care, keyed by situation', () => {
  test('Weihai: emergency with a 3-working-day deadline and claim materials', () => {
    const e = weihai2020.remoteCare.emergency as RemoteCareGuide
    expect(e.filing?.deadline).toMatchObject({ kind: 'workingDaysAfterAdmission', days: { value: 3 } })
    expect((e.settlement.claimMaterials as { text: string }[]).map((m) => m.text)).toEqual([
      '身份证件',
      '银行卡',
      '住院费用发票',
      '费用汇总清单',
      '出院小结',
      '急诊病历或证明'
    ])
  })

  test('Weihai: long-term residence form; posted workers count as long-term residents; migrant workers not covered', () => {
    const l = weihai2020.remoteCare.longTermResidence as RemoteCareGuide
    expect((l.filing?.materials as { text: string }[]).map((m) => m.text).join()).toContain('《威海市基本医疗保险异地居住备案表》')
    expect(weihai2020.remoteCare.postedWorker).toMatchObject({ status: 'published', sameAs: 'longTermResidence' })
    expect(weihai2020.remoteCare.migrantWorker).toMatchObject({ status: 'notInSources' })
  })

  test('Weifang: resettlement categories with materials, one-of, one-year lock, 6-month promise', () => {
    const l = weifang2020.remoteCare.longTermResidence as RemoteCareGuide
    expect(l.filing?.anyOneOf).toBe(true)
    expect(l.filing?.validity?.text).toContain('一年内不得变更')
    expect(JSON.stringify(l.filing?.steps)).toContain('不低于6个月')
    expect((weifang2020.remoteCare.postedWorker as RemoteCareGuide).filing?.materials).toHaveLength(1)
    // The roster is another path (the labour agency's unit provides it), not one of the individual's items.
    const migrant = (weifang2020.remoteCare.migrantWorker as RemoteCareGuide).filing
    expect(migrant?.materials).toHaveLength(3)
    expect(migrant?.otherPath?.text).toContain('花名册')
    expect(JSON.stringify(migrant?.materials)).not.toContain('花名册')
  })

  test('Weifang: referral filed by the hospital; emergency within 5 days before discharge; COVID exceptions', () => {
    const r = weifang2020.remoteCare.referral as RemoteCareGuide
    expect((r.filing?.whoFiles as { text: string }).text).toContain('最高级别医院')
    expect(weifang2020.remoteCare.emergency).toMatchObject({
      filing: { deadline: { kind: 'calendarDaysAfterAdmissionBeforeDischarge', days: { value: 5 } } }
    })
    expect(weifang2020.covid).toHaveLength(4)
    expect(isUnpublished((weifang2020.remoteCare.unfiled as RemoteCareGuide).settlement.reimbursement)).toBe(true)
  })
})

describe('other texts', () => {
  test('Weifang hotlines: only 安丘市医保中心门诊管理科; the programme’s call-in line 4397117 nowhere in either pack', () => {
    expect(weifang2020.hotlines.map((h) => [h.name, h.number])).toEqual([['安丘市医保中心门诊管理科', '4253522']])
    expect(JSON.stringify([weifang2020, weihai2020])).not.toContain('4397117')
  })
  test('Weihai 医保工作站 one-stop service', () => {
    expect(at(weihai2020.oneStopService, 0).text).toContain('医保工作站')
  })
  test('Weifang employee rules; Weihai none', () => {
    expect(isUnpublished(weihai2020.employee)).toBe(true)
    expect(isUnpublished(weifang2020.employee)).toBe(false)
  })
  test('chronic disease counts', () => {
    expect(weihai2020.outpatient.chronic.diseaseCounts.map((d) => d.count.value)).toEqual([84, 66, 18])
    expect(weifang2020.outpatient.chronic.diseaseCounts.map((d) => d.count.value)).toEqual([46, 73])
  })
})
