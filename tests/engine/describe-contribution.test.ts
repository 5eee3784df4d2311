// The 缴费查询 tab's resident rule text, worded by the engine from each pack (describe-contribution.ts):
// today's exact words for both regions, the words the page has always shown.
import {
  describeCriticalIllnessFunding,
  describeHouseholdPovertyNote,
  describePaymentChannels,
  describePovertySubsidy,
  describeUnpublishedStandards
} from '../../src/engine'
import type { Reference } from '../../src/policy/types'
import { getPack } from '../../src/policy/registry'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const weihai = getPack('weihai', 2020)
const weifang = getPack('weifang', 2020)

const quotes = (sources: Reference[]) => sources.map((s) => s.quote)

describe('resident standards unpublished (Weifang): the notice names each document’s reason and borrows no figures', () => {
  test('Weifang', () => {
    expect(describeUnpublishedStandards(weifang)).toEqual({
      title: '潍坊市居民医保：缴费标准和缴费时间未公布',
      text:
        '现有的潍坊市文件（安丘访谈未公布潍坊2020年居民医保个人缴费标准；安丘访谈未公布潍坊2020年度居民医保集中缴费期）' +
        '没有写居民医保每人缴多少钱、什么时候缴，本页因此不给出潍坊市居民的缴费金额、家庭合计和缴费期，也不借用其他城市的标准。' +
        '请以当地医保经办机构、税务部门公布的为准。'
    })
  })
})

describe('大病保险 funding: drawn from the resident fund per person, not paid on top', () => {
  test('Weifang publishes 81 yuan per person, and that the insured pay nothing more', () => {
    const d = describeCriticalIllnessFunding(weifang)
    expect(d.title).toBe('文件中与缴费有关的已知内容')
    expect(d.funding).toEqual({
      label: '大病保险筹资（每人）',
      detail: '2020年从筹集的居民医保基金中按每人81元投入大病保险',
      value: '¥81.00',
      fineprint: '这81元是从居民医保基金里划出的，不是另外要交的钱，也不是居民个人的缴费标准。'
    })
    expect(d.lines).toEqual(['大病保险从居民医保基金中筹资，参保人不再另行缴费'])
    expect(d.sourcesOf).toBe('大病保险筹资')
    expect(quotes(d.sources)).toEqual(['从筹集的居民基本医疗保险基金中按人均81元的标准', '参保人不再另行缴费'])
  })

  test('Weihai publishes no funding: no row, no lines, no sources', () => {
    const d = describeCriticalIllnessFunding(weihai)
    expect(d.funding).toBeNull()
    expect(d.lines).toEqual([])
    expect(d.sources).toEqual([])
  })
})

describe('payment channels, numbered in the pack’s order', () => {
  test('Weihai: five channels; the last names no steps and says so', () => {
    const d = describePaymentChannels(weihai)
    expect(d?.title).toBe('怎么缴费')
    expect(d?.channels.map((c) => c.heading)).toEqual([
      '方式1：微信公众号',
      '方式2：微信小程序',
      '方式3：支付宝',
      '方式4：自助终端机',
      '方式5：“农金通”'
    ])
    expect(d?.channels.map((c) => c.accountName)).toEqual(['山东税务', '山东税务社保费缴纳', undefined, undefined, undefined])
    const [first] = d?.channels ?? []
    expect(first).toMatchObject({
      id: 'wechatOfficialAccount',
      sourcesOf: '微信公众号',
      steps: ['在微信中关注“山东税务”公众号', '依次选择“微信办税—社保费—居民医疗/居民养老/社保费补缴申报”', '在线缴费'],
      missing: null
    })
    expect(quotes(first?.sources ?? [])).toEqual([
      '(一)微信缴费',
      '关注“山东税务”微信公众号',
      '选择“微信办税—社保费—居民医疗/居民养老/社保费补缴申报”',
      '在线缴费即可'
    ])
    expect(d?.channels[4]).toMatchObject({
      id: 'nongjintong',
      steps: null,
      missing: '原文只列出“农金通”缴费这一渠道，未给出具体办理方式。',
      sourcesOf: '“农金通”'
    })
    expect(quotes(d?.channels[4]?.sources ?? [])).toEqual(['(四)“农金通”缴费'])
  })

  test('Weifang publishes no channels', () => {
    expect(describePaymentChannels(weifang)).toBeNull()
  })
})

describe('poverty subsidy: amounts labelled with the year they were published for', () => {
  test('Weihai: 2019 amounts, never passed off as 2020, and the mid-year rule', () => {
    const d = describePovertySubsidy(weihai)
    expect(d.title).toBe('建档立卡贫困人口参保补贴')
    expect(d.amounts).toEqual({
      published: true,
      yearTag: '2019年度标准',
      rows: [
        { label: '成年人（2019年度）', value: '¥450.00' },
        { label: '学生（2019年度）', value: '¥200.00' }
      ],
      note: '原文公布的是2019年度的补贴标准，2020年度补贴标准文件未公布，本页不把它当作2020年度标准。'
    })
    expect(d.midYear).toEqual({
      label: '年中新增的贫困人口',
      lines: ['年中新增的贫困人口：已缴费的按规定标准返还本人', '年中新增的贫困人口：未缴费的从财政预拨资金解决']
    })
    expect(d.sourcesOf).toBe('贫困人口参保补贴')
    expect(quotes(d.sources)).toEqual([
      '2019年度贫困人口成年按450元进行补贴',
      '学生按200元进行补贴',
      '年中新增人员,已缴费的按规定标准返还本人',
      '未缴费的从财政预拨资金予以解决'
    ])
  })

  test('Weifang: the amounts are unpublished; the pack’s notes and mid-year rule instead', () => {
    const d = describePovertySubsidy(weifang)
    expect(d.amounts).toEqual({
      published: false,
      text: '补贴金额未公布：访谈只说为建档立卡贫困人口“按政策资助参保”，未给出补贴金额。',
      lines: ['建档立卡贫困人口（享受政策）和即时帮扶人员按政策资助参保']
    })
    expect(d.midYear).toEqual({ label: '年中新增的贫困人口', lines: ['对新增贫困人口及时落实参保缴费和补贴政策'] })
    expect(quotes(d.sources)).toEqual([
      '为建档立卡贫困人口（享受政策）12107人和即时帮扶人员101人全部按政策资助参保',
      '对新增贫困人口及时落实参保缴费和补贴政策'
    ])
  })
})

describe('a household’s poverty members are left out of its total, and why', () => {
  test('Weihai: the year’s subsidy is unpublished; the 2019 amounts are named as 2019’s', () => {
    const d = describeHouseholdPovertyNote(weihai)
    expect(d.text).toBe(
      '2020年度贫困人口的参保补贴标准文件未公布，个人要缴多少本页不计算；文件只给出2019年度的补贴：成年人按450元、学生按200元补贴。'
    )
    expect(d.sourcesOf).toBe('贫困人口参保补贴')
    expect(quotes(d.sources)).toEqual(['2019年度贫困人口成年按450元进行补贴', '学生按200元进行补贴'])
  })

  test('Weifang: no amounts at all, the reason and no sources', () => {
    expect(describeHouseholdPovertyNote(weifang)).toEqual({
      text: '贫困人口的参保补贴：访谈只说为建档立卡贫困人口“按政策资助参保”，未给出补贴金额。',
      sourcesOf: '贫困人口参保补贴',
      sources: []
    })
  })
})
