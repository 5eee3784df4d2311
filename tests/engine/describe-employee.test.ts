// The employee page's rule text, worded by the engine from each pack (describe-employee.ts, in the
// 职工医保缴费 subpackage): today's exact words for both regions, the words the page has always shown.
import {
  describeEmployeeCalculators,
  describeEmployeeRates,
  describeEmployeeRules,
  employerRateOfMonth
} from '../../src/engine/describe-employee'
import type { Reference } from '../../src/policy/types'
import { getPack } from '../../src/policy/registry'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const weihai = getPack('weihai', 2020)
const weifang = getPack('weifang', 2020)

const quotes = (sources: Reference[]) => sources.map((s) => s.quote)

describe('employee rates, stated before any input', () => {
  test('Weifang: 单位, 个人, 合计, then the account shares by age, both readings at exactly 45', () => {
    const d = describeEmployeeRates(weifang)
    expect(d).toEqual({
      title: '潍坊市 · 职工医保费率（2020年）',
      contribution: { label: '缴费', value: '单位 8%、个人 2%，合计 10%' },
      contributionNote: '这是用人单位和职工的缴费比例；灵活就业人员本人的缴费比例文件未说明。',
      inServiceAccount: { label: '在职职工个人账户划入', value: '45岁以下 2.9%，45岁以上 3.9%' },
      thresholdNote: '正好45岁时，原文“45岁以下”“45岁以上”都包含45岁，两种比例都列出。',
      retireeAccount: { label: '退休人员个人账户划入', value: '不满70周岁 4.9%，70周岁及以上 5.9%' },
      reliefNote: '2020年单位费率有阶段性降低，见下方逐月一览。',
      sourcesOf: '职工医保费率',
      sources: expect.any(Array)
    })
    expect(quotes(d?.sources ?? [])).toEqual([
      '基金筹集比例是缴费基数的10%',
      '其中用人单位缴纳8%',
      '个人缴纳2%',
      '在职人员以缴费基数为划入基数，45岁以下的划入2.9%',
      '45岁以上的划入3.9%',
      '退休人员，以本人退休金为划入基数，不满70周岁的按4.9%划入',
      '70周岁及以上的按5.9%划入'
    ])
  })

  test('Weihai publishes no employee rules: nothing to word', () => {
    expect(describeEmployeeRates(weihai)).toBeNull()
  })
})

describe('缓缴, 免收滞纳金, 转居民医保 and the rest, each titled with its figure', () => {
  test('Weifang', () => {
    const d = describeEmployeeRules(weifang)
    expect(d?.title).toBe('潍坊市 · 缓缴、滞纳金和转居民医保')
    expect(d?.rules.map(({ id, title, lines }) => ({ id, title, lines }))).toEqual([
      {
        id: 'deferral',
        title: '缓缴（2020年疫情期间）：最长 6 个月',
        lines: [
          '受疫情影响、暂时生产经营困难、确实无力足额缴费的中小企业，可申请缓缴职工医疗、生育保险费',
          '缓缴期间免收滞纳金，职工按规定享受医疗、生育保险待遇',
          '缓缴期满后足额补缴'
        ]
      },
      {
        id: 'lateFeeWaiver',
        title: '免收滞纳金',
        lines: ['欠缴2020年1–3月医疗保险费的企业和机关事业单位，5月1日前缴费的免收滞纳金']
      },
      {
        id: 'transferToResident',
        title: '职工医保转居民医保：60 日内办理',
        lines: [
          '中断职工医保关系、因缴费年限不足自愿放弃职工医保待遇的退休人员等可转为参加居民医保',
          '60日内持本人身份证、户口簿、居住证等到户籍所在地（常住地）社会保险经办机构办理',
          '按个人缴费标准与政府补助标准之和缴纳当年度居民医保费，自缴费下月起享受待遇'
        ]
      },
      {
        id: 'notes',
        title: '其他',
        lines: ['退休后缴满规定年限的，单位和个人不再缴纳基本医疗保险费', '生育保险自2020年1月1日起与职工基本医疗保险合并实施']
      }
    ])
    expect(d?.rules.map((r) => quotes(r.sources))).toEqual([
      [
        '缓缴期最长…6个月',
        '确实无力足额缴纳职工医疗、生育保险费的中小企业，可申请缓缴职工医疗、生育保险费',
        '缓缴期间，免收滞纳金，职工可按规定依法享受医疗、生育保险待遇',
        '缓缴期满后，企业再足额补缴职工医疗、生育保险费用'
      ],
      ['欠缴2020年1-3月份医疗保险费的企业和机关事业单位，在5月1日前缴费的免收滞纳金'],
      [
        '60日内持本人身份证、户口簿、居住证等',
        '因职工医疗保险缴费年限不足而自愿放弃职工医保待遇的退休人员',
        '60日内持本人身份证、户口簿、居住证等到本人户籍所在地（常住地）社会保险经办机构办理居民医保手续',
        '按参保年度个人缴费标准与政府补助标准之和缴纳当年度的居民医保费，自缴费下月起按规定享受当年居民医保待遇'
      ],
      [
        '职工退休后，医疗保险缴满规定年限后，用人单位和个人都不再缴纳基本医疗保险费',
        '从2020年1月1日开始，生育保险与职工基本医疗保险合并实施'
      ]
    ])
  })

  test('Weihai publishes no employee rules: nothing to word', () => {
    expect(describeEmployeeRules(weihai)).toBeNull()
  })
})

describe('the calculators’ rule sentences', () => {
  test('Weifang: whose rates the self-employed are computed at, the month’s employer rate, the minimum years and the shortfall', () => {
    expect(describeEmployeeCalculators(weifang)).toEqual({
      flexibleWorkers:
        '个体工商户、灵活就业人员本人按什么比例缴费，访谈没有给出（只在2020年降费对象里提到他们）：本页按用人单位缴纳8%、个人缴纳2%计算，是用人单位职工的算法。',
      monthlyEmployerRate: '单位费率 = 8% 减去当月降费。',
      minimumYears: '办理退休时，职工医保累计缴费年限（含视同缴费年限）须达到：男 30 年，女 25 年。',
      shortfallBase:
        '以退休时上年度全省在岗职工平均工资为基数，按规定比例一次性补缴所差年限。文件没有公布这个“规定比例”，上年度全省在岗职工平均工资也需要您提供：填写经办机构告知的比例和工资后，才能算出一次性补缴金额。'
    })
    expect(employerRateOfMonth(weifang, '0.025')).toBe('（8% 减 2.5 个百分点，2020年阶段性降费）')
    expect(employerRateOfMonth(weifang, '0')).toBe('（本月没有降费）')
  })

  test('Weihai publishes no employee rules: no sentences', () => {
    expect(describeEmployeeCalculators(weihai)).toBeNull()
    expect(employerRateOfMonth(weihai, '0.025')).toBe('')
  })
})
