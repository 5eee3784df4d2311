// Plain one-line explanations of the words residents meet on the 缴费, 异地就医 and 报销测算 pages
// (统筹基金支付, 一档/二档, …), kept beside the FAQ. Each says only what the sources say — then with
// its source — or the word's plain general meaning with no policy figure. A word whose rule differs
// by city has one line per city; where a city's documents say nothing, its line says so.
import type { RegionId } from './types'
import { TERM_WORDS, termLineIn, type TermEntry, type TermId, type TermLine } from './term-words'

export type { TermEntry, TermId, TermLine } from './term-words'

const WD = 'wendeng-2019-12' as const
const AQ = 'anqiu-2020-06' as const

export const TERMS: Record<TermId, TermEntry> = {
  poolingPaid: {
    word: TERM_WORDS.poolingPaid,
    lines: [
      // plain general meaning, no figure: for both cities
      {
        text: '基本医保的统筹基金（参保人缴费汇成的共用基金，不是个人账户里的钱）为这次看病付的钱；结算单上这一项就是基本医保统筹基金报了多少。'
      }
    ]
  },
  specialDrug: {
    word: TERM_WORDS.specialDrug,
    lines: [
      {
        text: '大病保险对特定药品单独规定的报销办法。潍坊资料写明：贫困人口用特药不设起付线；具体是哪些药，资料没有列出。',
        source: { doc: AQ, section: '第3问 · 医保扶贫工作', quote: '贫困人口使用大病保险特药不设起付线' },
        regions: ['weifang']
      },
      {
        text: '大病保险对特定药品单独规定的报销办法。威海资料没有出现“特药”二字，也没有列出是哪些药。',
        regions: ['weihai']
      }
    ]
  },
  keyAssistance: {
    word: TERM_WORDS.keyAssistance,
    lines: [
      {
        text: '医疗救助中单独列出的一类人。谁属于这一类，资料没有说明，请向当地医保经办机构咨询。',
        source: { doc: AQ, section: '第8问 · 医疗救助', quote: '将重点救助对象糖尿病、高血压门诊用药费用个人负担部分纳入门诊救助范围' },
        regions: ['weifang']
      },
      {
        text: '医疗救助中单独列出的一类人（资料只提到“未纳入重点救助对象的”贫困人口怎么救助）。谁属于这一类，资料没有说明。',
        source: { doc: WD, section: '贫困人口“六重保障”政策解读', quote: '未纳入重点救助对象的继续享受脱贫攻坚政策贫困人口' },
        regions: ['weihai']
      }
    ]
  },
  reassistance: {
    word: TERM_WORDS.reassistance,
    lines: [
      {
        text: '各项报销和救助之后，个人还要负担较多的，再给的一次救助。',
        source: { doc: AQ, section: '第8问 · 医疗救助', quote: '经基本医保、大病保险、医疗救助、医疗机构减免、医疗商业保险补偿等' },
        regions: ['weifang']
      },
      {
        text: '贫困人口经前面“五重保障”报销后，个人还要负担较多的，再给的一次救助（六重保障的第六层）。',
        source: { doc: WD, section: '贫困人口“六重保障”政策解读', quote: '“五重保障”报销后剩余个人承担的部分' },
        regions: ['weihai']
      }
    ]
  },
  tiltPayment: {
    word: TERM_WORDS.tiltPayment,
    lines: [
      {
        text: '大病保险对贫困人口放宽的报销办法。威海资料写明：贫困人口的大病保险起付标准为5000元，取消最高支付限额。',
        source: {
          doc: WD,
          section: '贫困人口“六重保障”政策解读',
          quote: '贫困人口进一步提高居民大病保险倾斜性政策,起付标准为5000元,取消最高支付限额'
        },
        regions: ['weihai']
      },
      {
        text: '对贫困人口放宽的大病保险报销办法：起付线更低，并取消封顶线。',
        source: {
          doc: AQ,
          section: '第3问 · 医保扶贫工作',
          quote: '严格落实大病保险倾斜政策，降低贫困人口大病保险起付线至5000元，取消封顶线'
        },
        regions: ['weifang']
      }
    ]
  },
  networkedSettlement: {
    word: TERM_WORDS.networkedSettlement,
    lines: [
      {
        text: '出院时在医院直接结算：只付自己负担的部分，医保该付的由医院和医保结算，不用先垫钱再回去报销。',
        source: { doc: AQ, section: '第5问 · 基本医疗保险报销政策', quote: '出院时只结算报销后自己承担的医疗费用' },
        regions: ['weifang']
      },
      {
        text: '出院时在医院直接结算医保该付的部分，不用先垫钱再回去报销；不能联网结算的，先垫付，回参保地报销。',
        source: { doc: WD, section: '医保问答 · 问:在异地发生了急诊怎么办?', quote: '经办机构可为其办理联网结算手续' },
        regions: ['weihai']
      }
    ]
  },
  waitingArrears: {
    word: TERM_WORDS.waitingArrears,
    lines: [
      {
        text: '一般说法：免责期是参保或续保后医保暂不支付待遇的一段时间，欠费期是没有按时缴费的期间。资料只说生育医疗费待遇按潍坊职工医保的这两项规定执行，具体多长没有公布。',
        source: { doc: AQ, section: '第12问 · 生育保险政策', quote: '生育医疗费待遇执行我市职工基本医疗保险免责期、欠费期有关规定' },
        regions: ['weifang']
      },
      {
        text: '一般说法：免责期是参保或续保后医保暂不支付待遇的一段时间，欠费期是没有按时缴费的期间。威海资料没有提到。',
        regions: ['weihai']
      }
    ]
  },
  monthlyBase: {
    word: TERM_WORDS.monthlyBase,
    lines: [
      {
        text: '计算职工医保每月缴费的基数：每月缴费 = 基数 × 费率。基数的上下限，资料没有公布，请按单位或经办机构核定的数填写。',
        source: { doc: AQ, section: '第9问 · 城镇职工医疗保险政策', quote: '基金筹集比例是缴费基数的10%' },
        regions: ['weifang']
      },
      { text: '计算职工医保每月缴费的基数：每月缴费 = 基数 × 费率。威海资料没有公布职工医保的基数和费率。', regions: ['weihai'] }
    ]
  },
  tiers: {
    word: TERM_WORDS.tiers,
    lines: [
      {
        text: '居民医保的两个缴费档次：2020年成年居民一档每人每年450元、二档650元；两档的住院支付比例和年度最高支付限额不同。',
        source: { doc: WD, section: '2020年居民医疗保险缴费标准公布', quote: '一档缴费标准为每人每年450元,二档缴费标准为每人每年650元' },
        regions: ['weihai']
      },
      {
        text: '居民医保的两个缴费档次。潍坊资料写明：交二档的可在市内任一家联网定点医院直接住院结算，交一档的去三级医院要转诊；两档各交多少，资料没有公布。',
        source: { doc: AQ, section: '第5问 · 基本医疗保险报销政策', quote: '缴纳职工医疗保险和城乡居民二档医疗保险的参保人员' },
        regions: ['weifang']
      }
    ]
  }
}

/** The 2020 book's explanation of a term for a city (pages look terms up by their pack: terms.ts). */
export function termLine(id: TermId, region: RegionId): TermLine | null {
  return termLineIn(TERMS, id, region)
}
