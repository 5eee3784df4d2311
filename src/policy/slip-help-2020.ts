// What the sources say a resident can do when a settlement slip (结算单) shows less for a layer than
// the text gives (issue 24): who handles it and what to bring, only as seeds 000 and 004 say it.
// Where they say nothing, the entry says that instead. Quotes are checked by `npm run quotes`.
import type { PolicyText, Reference, RegionId } from './types'
import { policyText as t } from './types'

/** Slip lines that can be "lower" than the text: the payments of the chain. */
export type SlipHelpLine = 'basic' | 'critical' | 'specialDrug' | 'hospitalWaiver' | 'assistance' | 'commercial' | 'reassistance'

export interface SlipHelpTexts {
  /** Who handles it, as the text says. */
  who: PolicyText[]
  /** What to bring, as the text says. */
  bring: PolicyText[]
  /** What the text does not say about this line. */
  silent: string[]
}

const WD = 'wendeng-2019-12' as const
const AQ = 'anqiu-2020-06' as const
// Written as the packs write them (an object with a quote property), so `npm run quotes` checks every one.
const wd = (section: string, q: { quote: string }): Reference => ({ doc: WD, section, quote: q.quote })
const aq = (section: string, q: { quote: string }): Reference => ({ doc: AQ, section, quote: q.quote })

const WD_STATION = '医保工作站，打造一站式扶贫新模式'
const AQ_POVERTY = '3. 医保扶贫工作'
const AQ_CRITICAL = '7. 居民大病保险'
const AQ_ASSIST = '8. 医疗救助'

/** Weihai: the 医保工作站 that follows up the six layers for poverty households. */
export const WEIHAI_STATION: PolicyText[] = [
  t(
    '文登区医保局在威海市中心医院设立了威海市首家驻医院医保工作站',
    wd(WD_STATION, { quote: '在威海市中心医院成立了威海市首家驻医院医保工作站' })
  ),
  t(
    '工作站追踪落实贫困人口的待遇享受情况，确保基本医保、大病保险、医疗救助、医疗机构减免、医疗商业补充保险、再救助“六重保障”待遇一站式服务、一窗口办理、一单式结算',
    wd(WD_STATION, {
      quote:
        '并追踪落实待遇享受情况,确保威海统筹区域内贫困人口基本医保、大病保险、医疗救助、医疗机构减免、医疗商业补充保险、再救助等“六重保障”待遇实现“一站式服务、一窗口办理、一单式结算”'
    })
  )
]

const WEIHAI_SILENT_MATERIALS = '文件没有写明对结算单上这一项有疑问时要带哪些材料，也没有写明威海市中心医院以外的医院是否设有医保工作站'

/** Weifang: the one-stop settlement the interview describes. */
export const WEIFANG_ONE_STOP: PolicyText = t(
  '潍坊市域内实行一体化管理、一站式服务、一单制结算、一窗口办理',
  aq(AQ_POVERTY, { quote: '实现潍坊市域内“一体化管理、一站式服务、一单制结算、一窗口办理”' })
)

const WEIFANG_CRITICAL_INSURER = t(
  '2020年潍坊市从居民医保基金中按人均81元投入中国人寿保险公司承办居民大病保险，参保人不另行缴费',
  aq(AQ_CRITICAL, { quote: '潍坊市统一从筹集的居民基本医疗保险基金中按人均81元的标准，投入到中国人寿保险公司，参保人不再另行缴费' })
)

/** 安丘 key-assistance group: a claim by hand when the one-stop settlement did not happen. */
export const ANQIU_KEY_MATERIALS = t(
  '未能“一站式”联网结算的重点救助对象，带身份证和银行卡复印件、发票原件、医保联网报销结算单即可结算',
  aq(AQ_ASSIST + ' · 医疗救助经办服务', {
    quote:
      '对于特殊原因未能实现“一站式”联网结算的重点救助对象，只需要携带身份证和银行卡复印件、发票原件、医保联网报销结算单，就可以进行结算'
  })
)

/** 安丘 low-income group and 因病致贫 patients: the application path and its 47 working days. */
export const ANQIU_LOW_INCOME_PATH = t(
  '低收入救助对象、因病致贫家庭重病患者申请医疗救助：患者提出申请，经村委材料调查、镇政府受理部门核实和意见公示，由市医疗保险经办机构核准发放救助资金，最长47个工作日',
  aq(AQ_ASSIST + ' · 三是缩短了办理时限', {
    quote: '从患者提出申请经村委材料调查、镇政府受理部门核实和意见公示，到市医疗保险经办机构核准发放救助资金最长47个工作日'
  })
)

const ANQIU_ONE_STOP_ASSIST = t(
  '安丘市医疗救助“一站式”即时结算的定点医院已拓展到包括市外跨县域医疗机构在内的279家',
  aq(AQ_ASSIST + ' · 医疗救助经办服务', {
    quote: '拓展医疗救助“一站式”即时结算定点医院范围。由原来的市内31家医疗机构拓展为包括市外跨县域医疗机构279家'
  })
)

export interface SlipHelpContext {
  region: RegionId
  povertyHousehold: boolean
  assistanceGroup: 'none' | 'key' | 'lowIncome'
  /** Insured in 安丘市 (Weifang): its own assistance rules apply. */
  anqiu: boolean
}

/**
 * The sources' words for one line that the slip shows lower than the text gives. Settlement by a
 * claim at home (emergency, referral) is added by the engine from the pack's remote-care cards.
 */
export function slipHelpTexts(line: SlipHelpLine, c: SlipHelpContext): SlipHelpTexts {
  if (c.region === 'weihai') {
    const sixLayers = c.povertyHousehold
    return {
      who: sixLayers ? WEIHAI_STATION : [],
      bring: [],
      silent: sixLayers ? [WEIHAI_SILENT_MATERIALS] : ['文件没有写明普通居民对结算单有疑问时找谁、带什么材料']
    }
  }
  const assistanceLine = line === 'assistance' || line === 'reassistance'
  if (assistanceLine && c.anqiu && c.assistanceGroup === 'key') {
    return {
      who: [ANQIU_ONE_STOP_ASSIST],
      bring: [ANQIU_KEY_MATERIALS],
      silent: [
        line === 'reassistance'
          ? '访谈列出的是医疗救助手工结算的材料，没有单独写明再救助的办理部门和材料；也没有写明到哪个窗口办理'
          : '访谈没有写明重点救助对象手工结算到哪个窗口办理'
      ]
    }
  }
  if (assistanceLine && c.anqiu && c.assistanceGroup === 'lowIncome') {
    return { who: [ANQIU_LOW_INCOME_PATH], bring: [], silent: ['访谈没有写明低收入救助对象申请医疗救助要带哪些材料'] }
  }
  if (line === 'critical') {
    return {
      who: [WEIFANG_CRITICAL_INSURER, WEIFANG_ONE_STOP],
      bring: [],
      silent: ['访谈没有写明对大病保险这一项有疑问时找谁、带什么材料']
    }
  }
  return { who: [WEIFANG_ONE_STOP], bring: [], silent: ['访谈没有写明对结算单上这一项有疑问时找谁、带什么材料'] }
}
