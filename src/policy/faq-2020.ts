// 常见问题 (FAQ) for the 2020 policy year, written from the two source documents only.
//
// Rules for this file (checked by tests/faq/faq-content.test.ts):
// - answers are our own sentences; every figure in an answer appears in the document it cites;
// - where a document is silent the answer says so and sends the reader to the local 医保经办机构,
//   never borrowing the other city's rule;
// - `regions` names the city whose document supports the answer: 威海 ← 'wendeng-2019-12',
//   潍坊 ← 'anqiu-2020-06' (rules that are 安丘市-local say so in the answer);
// - every `quote` is copied byte-exact from the cited seed ("…" may skip text);
// - phone numbers are written as plain digits (e.g. 4253522) so the page can make them tappable;
//   the interview's 行风热线 was the call-in line of one live programme, not a consultation number,
//   and is not listed (POLICY-READING §8).
import type { FaqEntry } from './faq-types'

export { FAQ_TOPICS } from './faq-types'
export type { FaqEntry, FaqTopic, ToolLink } from './faq-types'

/** The phone numbers that occur in answers, as written there (local numbers, no area code in the sources). */
export const FAQ_PHONE_NUMBERS: { number: string; name: string }[] = [{ number: '4253522', name: '安丘市医保中心门诊管理科' }]

const WD = 'wendeng-2019-12' as const
const AQ = 'anqiu-2020-06' as const

// Section labels, as a reader finds them in the documents.
const WD_REMOTE_TYPES = '医保问答 · 问:异地就医有哪几种情况?'
const WD_EMERGENCY = '医保问答 · 问:在异地发生了急诊怎么办?'
const WD_RESIDENCE = '医保问答 · 问:办理异地居住需要什么条件及资料?'
const WD_RATIO = '医保问答 · 问:异地就医报销的比例?'
const WD_MATERNITY = '医保问答 · 问:女职工生育津贴怎么计算?'
const WD_CONTRIB = '2020年居民医疗保险缴费标准公布'
const WD_SIX = '贫困人口“六重保障”政策解读'
const WD_STATION = '医保工作站，打造一站式扶贫新模式'
const WD_ENROL = '贫困人员参保100%全覆盖,助力脱贫攻坚战'
const AQ_COVID = '第2问 · 疫情防控期间医保部门做了哪些工作'
const AQ_POVERTY = '第3问 · 医保扶贫工作'
const AQ_BASIC = '第5问 · 基本医疗保险报销政策'
const AQ_RESETTLE = '第6问 · 异地安置登记备案'
const AQ_CRITICAL = '第7问 · 居民大病保险政策'
const AQ_ASSIST = '第8问 · 医疗救助'
const AQ_EMPLOYEE = '第9问 · 城镇职工医疗保险政策'
const AQ_TRANSFER = '第10问 · 职工医保转为居民医保'
const AQ_MINYEARS = '第11问 · 最低缴费年限'
const AQ_MATERNITY = '第12问 · 生育保险政策'

export const FAQ_ENTRIES: FaqEntry[] = [
  // ───────────────────────────── 威海（文登区医疗保障局，2019年12月） ─────────────────────────────
  {
    id: 'weihai-remote-care-types',
    question: '威海参保人在外地看病（异地就医）分哪几种情况？',
    answer:
      '威海把异地就医分成三类：\n' +
      '一是转院就医：在本地治疗效果不明显，或病情危重，需要转到外地治疗。\n' +
      '二是异地急诊住院：出差、探亲、旅游时突然得了急症、危症，必须马上在当地住院。\n' +
      '三是长期异地居住：比如老人随子女住在外地、帮子女照看孩子，或者常驻外地工作的人员，办好异地居住备案后，可以在居住地随时住院。\n' +
      '三类情况的备案要求和报销方式不同，可分别查看对应问题，或用“异地就医”工具按您的情况查看。',
    regions: ['weihai'],
    topics: ['异地就医'],
    sources: [
      { doc: WD, section: WD_REMOTE_TYPES, quote: '异地就医主要分为三种情况' },
      { doc: WD, section: WD_REMOTE_TYPES, quote: '我们称之为转院就医' },
      { doc: WD, section: WD_REMOTE_TYPES, quote: '我们称之为长期异地居住' }
    ],
    tool: { page: 'remote', label: '看看我属于哪种异地就医' }
  },
  {
    id: 'weihai-referral-care',
    question: '病在本地治不好，要转到威海市外的医院住院，怎么办、怎么报销？',
    answer:
      '这种情况在威海叫“转院就医”，指转到威海市外的医院。\n' +
      '报销：在威海市外的定点医院出院联网结算时，住院医疗费用要先由个人负担10%，原文说剩余部分“按就医医院的起付标准和支付比例支付”。这句话可以理解为按威海的比例、用就医医院的起付标准，也可以理解为按就医地自己的标准（文件未公布），本程序的住院测算两种都列出，详见“在外地住院，报销比例怎么算”。\n' +
      '在威海市内的医院之间转诊转院，不算异地就医，按本地住院报销，不用先负担这10%。\n' +
      '办理：文登区在威海市中心医院设立的医保工作站已把转诊转院等17项业务前置办理。转院备案的具体步骤和所需材料，本程序收录的文件没有写明，请向参保地医保经办机构或医保工作站咨询。',
    regions: ['weihai'],
    topics: ['异地就医', '住院'],
    sources: [
      { doc: WD, section: WD_REMOTE_TYPES, quote: '需要转外治疗的,这种情况比较多,我们称之为转院就医' },
      { doc: WD, section: WD_RATIO, quote: '因急、危症及转诊转院在异地定点医院就医发生的住院医疗费用…需先由个人负担10%' },
      { doc: WD, section: WD_RATIO, quote: '剩余部分按就医医院的起付标准和支付比例支付' },
      { doc: WD, section: WD_STATION, quote: '将转诊转院等17项业务前置到医保工作站' }
    ],
    tool: { page: 'remote', label: '查看转院就医指引', params: { situation: 'referral' } }
  },
  {
    id: 'weihai-emergency-filing',
    question: '在外地出差、探亲、旅游时突发急病住院，威海医保要怎么备案？',
    answer:
      '因急症、危症或意外伤害在威海市外的定点医院住院的，原则上要在住院之日起3个工作日内，用电话、电子邮件等方式向医保经办机构备案，并提供诊断证明。\n' +
      '备案后由经办机构审核：经审核确认符合急诊和联网结算条件的，经办机构可以为您办理联网结算手续。不能联网结算的医疗费用，出院后先由自己结算，再到参保地经办机构办理审核报销。\n' +
      '注意：没有经过批准和备案的，发生的医疗费用无法报销。',
    regions: ['weihai'],
    topics: ['异地就医', '住院'],
    sources: [
      { doc: WD, section: WD_EMERGENCY, quote: '应自住院之日起原则上3个工作日内' },
      { doc: WD, section: WD_EMERGENCY, quote: '通过电话、电子邮件等形式向医保经办机构备案' },
      { doc: WD, section: WD_EMERGENCY, quote: '提供诊断证明且经审核确认符合急诊和联网结算条件的,经办机构可为其办理联网结算手续' },
      { doc: WD, section: WD_EMERGENCY, quote: '不能联网结算的医疗费用,出院后先由个人结算' },
      { doc: WD, section: WD_EMERGENCY, quote: '未经批准和备案,发生的医疗费用无法报销' }
    ],
    tool: { page: 'remote', label: '算一算我的备案截止日', params: { situation: 'emergency' } }
  },
  {
    id: 'weihai-emergency-claim',
    question: '外地急诊住院没能联网结算，回威海报销要带哪些材料？',
    answer:
      '不能联网结算的，出院时先由自己结清费用，再回参保地医保经办机构办理审核报销。\n' +
      '需要带：身份证件和银行卡；住院费用发票和费用汇总清单；出院小结；急诊病历或急诊证明。\n' +
      '前提是住院后已按规定及时备案；未经批准和备案的费用无法报销。',
    regions: ['weihai'],
    topics: ['异地就医', '住院'],
    sources: [
      { doc: WD, section: WD_EMERGENCY, quote: '不能联网结算的医疗费用,出院后先由个人结算' },
      { doc: WD, section: WD_EMERGENCY, quote: '持身份证件、银行卡、住院费用发票、费用汇总清单、出院小结及急诊病历或证明' }
    ],
    tool: { page: 'remote', label: '查看急诊住院指引', params: { situation: 'emergency' } }
  },
  {
    id: 'weihai-long-term-residence',
    question: '老人跟子女长期住在外地，怎么办异地居住备案？要带什么材料？',
    answer:
      '长期在威海以外居住的参保人（比如随子女生活、帮子女带孩子的老人，或常驻外地的工作人员），可以办理异地居住备案。\n' +
      '材料：本人身份证件、社保卡，以及居住证（已在当地公安部门申请居住证的有效证明也可以）或居住地户口本；再填写《威海市基本医疗保险异地居住备案表》。\n' +
      '地点：到医保关系所在地的医疗保险经办机构办理。\n' +
      '备案后，在居住地发生的合规医疗费用可以纳入医保报销，出院时在就诊医院直接结算，并且不用先由个人负担那10%。',
    regions: ['weihai'],
    topics: ['异地就医'],
    sources: [
      { doc: WD, section: WD_RESIDENCE, quote: '只需携带本人身份证件、社保卡、居住证' },
      { doc: WD, section: WD_RESIDENCE, quote: '填写《威海市基本医疗保险异地居住备案表》到医保关系所在地医疗保险经办机构办理' },
      { doc: WD, section: WD_RATIO, quote: '异地居住人员则不用个人先负担10%' }
    ],
    tool: { page: 'remote', label: '查看异地居住备案指引', params: { situation: 'longTermResidence' } }
  },
  {
    id: 'weihai-remote-ratio',
    question: '在外地住院，报销比例怎么算？是不是要自己先担一部分？',
    answer:
      '按威海的规定：因急症、危症或意外伤害，或经转诊转院，在威海市外的定点医院住院的，出院联网结算时，先由个人负担10%，原文接着说“剩余部分按就医医院的起付标准和支付比例支付”。\n' +
      '这句话可以有两种理解，本程序的住院测算两种都算、都列出：\n' +
      '一是剩余部分按威海的报销比例计算，起付标准用就医医院的（测算的主数字按这种理解，就医医院的起付标准请您填写）；\n' +
      '二是剩余部分按就医地自己的起付标准和支付比例计算，这些标准本程序收录的文件没有公布，这时基本医保能报多少算不出具体金额。\n' +
      '已办理异地居住备案的人员不用先负担这10%。这10%也只针对在威海市外就医：在威海市内医院之间转诊转院的，按本地住院报销，不先负担10%。\n' +
      '实际报销以就医医院结算为准。',
    regions: ['weihai'],
    topics: ['异地就医', '住院'],
    sources: [
      { doc: WD, section: WD_RATIO, quote: '参保人员因急、危症及转诊转院在异地定点医院就医发生的住院医疗费用' },
      { doc: WD, section: WD_EMERGENCY, quote: '因急、危症或意外伤害在威海市外定点医疗机构住院治疗的' },
      { doc: WD, section: WD_RATIO, quote: '需先由个人负担10%,剩余部分按就医医院的起付标准和支付比例支付' },
      { doc: WD, section: WD_RATIO, quote: '异地居住人员则不用个人先负担10%' }
    ],
    tool: { page: 'estimate', label: '测算外地住院报销', params: { mode: 'inpatient', setting: 'emergency' } }
  },
  {
    id: 'weihai-contribution-2020',
    question: '2020年威海居民医保一年交多少钱？一档和二档怎么选？',
    answer:
      '2020年度威海市居民医保缴费标准（文登区医保局2019年12月公布）：\n' +
      '成年居民一档每人每年450元，二档每人每年650元；未成年居民和高校学生每人每年200元。\n' +
      '两档的住院报销待遇不同：二档的年度最高支付限额和部分医院的报销比例更高，详见“威海居民住院能报多少”。\n' +
      '以上是2020年度标准，其他年度请以当年公布为准。',
    regions: ['weihai'],
    topics: ['缴费'],
    sources: [
      { doc: WD, section: WD_CONTRIB + ' · 二、缴费标准', quote: '威海市成年居民一档缴费标准为每人每年450元,二档缴费标准为每人每年650元' },
      { doc: WD, section: WD_CONTRIB + ' · 二、缴费标准', quote: '未成年居民和高校学生缴费标准为每人每年200元' }
    ],
    tool: { page: 'contribution', label: '查看缴费标准' }
  },
  {
    id: 'weihai-collection-period-2020',
    question: '威海居民医保什么时候交？2020年的缴费期是哪天到哪天？',
    answer:
      '居民医保按年度缴费。2020年度的集中缴费期是2020年1月1日至4月30日。\n' +
      '错过集中缴费期怎么办、能否补缴，文件没有写明，请咨询当地医保经办机构或税务部门。',
    regions: ['weihai'],
    topics: ['缴费'],
    sources: [{ doc: WD, section: WD_CONTRIB + ' · 一、缴费时间', quote: '2020年1月1日至4月30日为2020年度的集中缴费期' }],
    tool: { page: 'contribution', label: '查看缴费时间' }
  },
  {
    id: 'weihai-pay-channels',
    question: '威海居民医保可以通过哪些方式交费？',
    answer:
      '2020年度公布的缴费渠道有四类：\n' +
      '1. 微信：关注“山东税务”公众号，或使用“山东税务社保费缴纳”小程序；\n' +
      '2. 支付宝：城市服务—政务—社保费缴纳；\n' +
      '3. 自助终端机：乡镇街道保障所、部分村居委会、税务和社保大厅、银行、医院、药店等处都有；\n' +
      '4. “农金通”。\n' +
      '各渠道的具体步骤见对应问题。',
    regions: ['weihai'],
    topics: ['缴费', '经办服务'],
    sources: [
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道', quote: '(一)微信缴费' },
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道', quote: '(二)支付宝缴费' },
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道', quote: '(三)自助终端机缴费' },
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道', quote: '(四)“农金通”缴费' }
    ],
    tool: { page: 'contribution', label: '查看缴费渠道' }
  },
  {
    id: 'weihai-pay-wechat',
    question: '怎么用微信交威海居民医保？',
    answer:
      '有两种方法：\n' +
      '公众号：关注“山东税务”微信公众号，依次选择“微信办税—社保费—居民医疗/居民养老/社保费补缴申报”，在线缴费。\n' +
      '小程序：扫描二维码，或在微信里搜索“山东税务社保费缴纳”，进入小程序缴费。',
    regions: ['weihai'],
    topics: ['缴费', '经办服务'],
    sources: [
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道 · (一)微信缴费', quote: '选择“微信办税—社保费—居民医疗/居民养老/社保费补缴申报”' },
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道 · (一)微信缴费', quote: '微信搜索“山东税务社保费缴纳”进入小程序进行缴费' }
    ],
    tool: { page: 'contribution', label: '查看缴费步骤' }
  },
  {
    id: 'weihai-pay-alipay',
    question: '怎么用支付宝交威海居民医保？',
    answer: '登录支付宝，选择“城市服务—政务—社保费缴纳”，确认授权后，再选择“居民医疗/居民养老/社保费补缴申报”缴费。',
    regions: ['weihai'],
    topics: ['缴费', '经办服务'],
    sources: [{ doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道 · (二)支付宝缴费', quote: '选择“城市服务—政务—社保费缴纳”' }],
    tool: { page: 'contribution', label: '查看缴费步骤' }
  },
  {
    id: 'weihai-pay-offline',
    question: '不会用手机，可以去哪里交医保？“农金通”怎么交？',
    answer:
      '可以用自助终端机就近缴费：乡镇街道保障所、部分村居委会、税务和社保大厅、银行、医院、药店等处都放有终端机，带上身份证件、社保卡或银行卡即可。\n' +
      '文件还列出了“农金通”缴费渠道，但没有写具体操作步骤，请向当地医保经办机构或税务部门咨询。',
    regions: ['weihai'],
    topics: ['缴费', '经办服务'],
    sources: [
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道 · (三)自助终端机缴费', quote: '参保人员可持身份证件、社保卡、银行卡等就近缴费' },
      { doc: WD, section: WD_CONTRIB + ' · 三、缴费渠道', quote: '(四)“农金通”缴费' }
    ],
    tool: { page: 'contribution', label: '查看缴费渠道' }
  },
  {
    id: 'weihai-inpatient-ratio',
    question: '威海居民住院能报多少？一档和二档报销比例有什么不同？',
    answer:
      '按一档缴费的：一级医院报80%，二级医院60%，三级医院50%；一年最多报20万元。\n' +
      '按二档缴费的：超过起付标准到4万元（含4万元）的部分，一级医院80%，二级医院65%，三级医院55%；超过4万元的部分，一级医院80%，二级、三级医院70%；一年最多报30万元。\n' +
      '住院起付标准（起付线）文件没有公布，请看医院结算单或咨询医保经办机构。以上为2020年度政策。',
    regions: ['weihai'],
    topics: ['住院'],
    sources: [
      {
        doc: WD,
        section: WD_SIX + ' · 第一层保障 · 1.住院部分',
        quote: '年度最高支付限额为20万元。支付比例分别为:一级医院80%、二级医院60%、三级医院50%'
      },
      { doc: WD, section: WD_SIX + ' · 第一层保障 · 1.住院部分', quote: '一级医院80%、二级医院65%、三级医院55%' },
      {
        doc: WD,
        section: WD_SIX + ' · 第一层保障 · 1.住院部分',
        quote: '超过4万元至年度最高支付限额部分,支付比例分别为:一级医院80%,二、三级医院70%'
      }
    ],
    tool: { page: 'estimate', label: '测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'weihai-general-outpatient',
    question: '威海居民看普通门诊（不是慢性病）能报销吗？',
    answer:
      '威海的文件只说明基本医保分住院和门诊两部分，并详细介绍了门诊慢性病待遇；普通门诊的报销比例和限额没有公布。\n' +
      '请向参保地医保经办机构咨询普通门诊政策。患有慢性病的，可以看“门诊慢性病怎么报”。',
    regions: ['weihai'],
    topics: ['门诊'],
    sources: [{ doc: WD, section: WD_SIX + ' · 第一层保障', quote: '基本医疗保险待遇分住院和门诊两个部分' }]
  },
  {
    id: 'weihai-chronic-outpatient',
    question: '威海门诊慢性病有哪些病种？普通门诊慢性病怎么报？',
    answer:
      '可以享受门诊慢性病报销的病种共84个：66种普通门诊慢性病（如高血压、类风湿、糖尿病非胰岛素治疗、冠心病等）和18种特定门诊慢性病（如恶性肿瘤门诊放化疗、肾透析、糖尿病胰岛素治疗等）。\n' +
      '普通门诊慢性病：超过起付标准的费用报销60%；一档缴费每人每年最多报500元，二档每人每年最多报1000元。起付标准文件没有公布，请咨询医保经办机构。',
    regions: ['weihai'],
    topics: ['门诊'],
    sources: [
      { doc: WD, section: WD_SIX + ' · 第一层保障 · 2.居民门诊慢性病部分', quote: '目前享受门诊慢性病报销的病种有84个' },
      { doc: WD, section: WD_SIX + ' · 第一层保障 · (1)普通门诊慢性病待遇', quote: '起付标准以上费用的报销比例为60%' },
      {
        doc: WD,
        section: WD_SIX + ' · 第一层保障 · (1)普通门诊慢性病待遇',
        quote: '一档缴费最多每人每年报销500元、二档缴费每人每年最多报销1000元'
      }
    ],
    tool: { page: 'estimate', label: '测算门诊慢性病报销', params: { mode: 'outpatient' } }
  },
  {
    id: 'weihai-special-chronic',
    question: '做透析、放化疗这类特殊门诊慢性病，在威海怎么报？',
    answer:
      '特殊门诊慢性病的起付标准是每人每年300元。超过300元后，门诊费用和住院费用合并计算，按住院的报销比例报销。\n' +
      '其中慢性肾功能衰竭、门诊透析、器官移植术后抗排异治疗实行定额结算：报销80%，个人自负20%。',
    regions: ['weihai'],
    topics: ['门诊'],
    sources: [
      { doc: WD, section: WD_SIX + ' · 第一层保障 · (2)特殊门诊慢性病待遇', quote: '起付标准是每人每年300元' },
      {
        doc: WD,
        section: WD_SIX + ' · 第一层保障 · (2)特殊门诊慢性病待遇',
        quote: '门诊费用与住院费用合并计算,报销比例按住院费用的报销比例'
      },
      { doc: WD, section: WD_SIX + ' · 第一层保障 · (2)特殊门诊慢性病待遇', quote: '实行定额结算,报销80%,个人自负20%' }
    ],
    tool: { page: 'estimate', label: '测算门诊慢性病报销', params: { mode: 'outpatient' } }
  },
  {
    id: 'weihai-critical-illness-ordinary',
    question: '威海普通居民（不是贫困户）大病保险怎么报？',
    answer:
      '本程序收录的威海文件只介绍了贫困人口的大病保险倾斜政策，没有公布普通居民大病保险的起付标准、报销比例和最高限额。\n' +
      '请向参保地医保经办机构咨询。贫困人口的大病保险待遇见“威海贫困人口大病保险有什么倾斜”。',
    regions: ['weihai'],
    topics: ['大病保险'],
    sources: [{ doc: WD, section: WD_SIX + ' · 第二层保障:大病保险倾斜支付', quote: '贫困人口进一步提高居民大病保险倾斜性政策' }]
  },
  {
    id: 'weihai-poverty-six-layers',
    question: '威海贫困户看病有哪“六重保障”？',
    answer:
      '威海统筹区内的贫困人口住院，依次享受六层保障：\n' +
      '第一层，居民基本医疗保险报销；\n' +
      '第二层，大病保险倾斜支付；\n' +
      '第三层，医疗机构减免；\n' +
      '第四层，医疗救助托底保障；\n' +
      '第五层，医疗商业补充保险；\n' +
      '第六层，再救助。\n' +
      '文登区医保工作站的目标是让这六重待遇做到一站式服务、一窗口办理、一单式结算。每一层的具体标准见对应问题（据2019年12月公布的政策解读）。',
    regions: ['weihai'],
    topics: ['贫困人口', '住院', '医疗救助'],
    sources: [
      { doc: WD, section: WD_STATION, quote: '医疗机构减免、医疗商业补充保险、再救助等“六重保障”' },
      { doc: WD, section: WD_SIX, quote: '第一层保障:居民基本医疗保险报销' },
      { doc: WD, section: WD_SIX, quote: '第六层保障:再救助' }
    ],
    tool: { page: 'estimate', label: '逐层测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'weihai-poverty-critical-illness',
    question: '威海贫困人口的大病保险有什么倾斜？（六重保障第二层）',
    answer:
      '贫困人口的大病保险起付标准为5000元，并取消最高支付限额。个人负担的合规医疗费用中：5000元（含）到10万元的部分补偿65%，10万元（含）到30万元的部分补偿75%，30万元（含）以上的部分补偿85%。\n' +
      '文件在同一层还写了一条：建档立卡贫困人口不设起付标准，每年最高支付限额20万元，起付标准以上部分报销60%。\n' +
      '注意：原文未写明适用哪类费用（潍坊资料中同样数字的规定是大病保险特药）；60%为2019年比例。这一条不能当作确定的2020年威海规定，具体请咨询医保经办机构。',
    regions: ['weihai'],
    topics: ['大病保险', '贫困人口'],
    sources: [
      { doc: WD, section: WD_SIX + ' · 第二层保障:大病保险倾斜支付', quote: '起付标准为5000元,取消最高支付限额' },
      { doc: WD, section: WD_SIX + ' · 第二层保障:大病保险倾斜支付', quote: '30万元(含)以上的部分给予85%补偿' },
      { doc: WD, section: WD_SIX + ' · 第二层保障:大病保险倾斜支付', quote: '建档立卡贫困人口不设起付标准,每年最高支付限额20万元' }
    ],
    tool: { page: 'estimate', label: '测算大病保险', params: { mode: 'inpatient' } }
  },
  {
    id: 'weihai-poverty-hospital-waiver',
    question: '贫困户住院要交押金吗？医院能减免多少？（六重保障第三层）',
    answer:
      '继续享受脱贫攻坚政策的贫困人口因病住院，不用交住院押金，实行“先诊疗后付费”。\n' +
      '住院费用中，个人负担的合规医疗费用以外的部分，医院按10%减免，每人最多减免200元。',
    regions: ['weihai'],
    topics: ['贫困人口', '住院'],
    sources: [
      { doc: WD, section: WD_SIX + ' · 第三层保障:医疗机构减免', quote: '免收住院押金,实行“先诊疗后付费”' },
      { doc: WD, section: WD_SIX + ' · 第三层保障:医疗机构减免', quote: '按10%的比例给予减免,每人最多200元' }
    ],
    tool: { page: 'estimate', label: '逐层测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'weihai-poverty-medical-assistance',
    question: '威海贫困人口的医疗救助怎么给？（六重保障第四层）',
    answer:
      '住院：没有纳入重点救助对象、仍享受脱贫攻坚政策的贫困人口，个人负担的合规费用超过2万元的部分，按70%给予一站式救助，一年累计最多5万元。\n' +
      '门诊：纳入医保门诊慢性病管理的贫困人口，个人自付2万元（含）以内的部分按70%救助；超过2万元的部分是否救助、怎么救助，原文没有说明。',
    regions: ['weihai'],
    topics: ['医疗救助', '贫困人口', '门诊'],
    sources: [
      {
        doc: WD,
        section: WD_SIX + ' · 第四层保障:医疗救助托底保障',
        quote: '个人负担2万元以上合规部分,按70%比例给予救助,年度内累计限额5万元'
      },
      { doc: WD, section: WD_SIX + ' · 第四层保障:医疗救助托底保障', quote: '个人自付2万元(含)以内的,按70%比例予以救助' }
    ],
    tool: { page: 'estimate', label: '逐层测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'weihai-poverty-commercial',
    question: '贫困人口的医疗商业补充保险怎么赔？（六重保障第五层）',
    answer:
      '医疗商业补充保险不设起付线。前四层保障报销后，商业补充保险再补偿，使贫困人口个人累计负担的合规住院医疗费用保持在合规费用的9.8%：前四层报完后个人负担还高于9.8%的，高出的部分由商业补充保险补偿；已经不高于9.8%的，这一层不再补偿。\n' +
      '之后的第六层再救助还可能让个人负担再降低。文件写明的个人年度封顶线为60万元。',
    regions: ['weihai'],
    topics: ['贫困人口', '住院'],
    sources: [
      { doc: WD, section: WD_SIX + ' · 第五层保障:医疗商业补充保险', quote: '确保个人累计负担合规住院医疗费用的9.8%' },
      { doc: WD, section: WD_SIX + ' · 第五层保障:医疗商业补充保险', quote: '个人年度封顶线为60万元' }
    ],
    tool: { page: 'estimate', label: '逐层测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'weihai-poverty-re-assistance',
    question: '前面五重保障报完后自己还要付很多，还有再救助吗？（六重保障第六层）',
    answer:
      '有。贫困人口在一个医疗年度内住院发生的政策范围内费用，经过基本医保、大病保险、医疗救助、医院减免和商业补充保险这五重报销后，个人还要承担的部分超过5000元的，超出部分按70%再救助，一年累计最多2万元。',
    regions: ['weihai'],
    topics: ['医疗救助', '贫困人口', '住院'],
    sources: [
      {
        doc: WD,
        section: WD_SIX + ' · 第六层保障:再救助',
        quote: '超过5000元以上的部分按照70%的比例给予再救助,年度累计救助限额不超过2万元'
      }
    ],
    tool: { page: 'estimate', label: '逐层测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'weihai-poverty-subsidy',
    question: '贫困人口交居民医保有补贴吗？补多少？',
    answer:
      '有。按威海统一要求，2019年度贫困人口参保补贴标准是：成年人按450元补贴，学生按200元补贴。\n' +
      '这是2019年度的标准；2020年度的补贴标准文件没有公布，请向当地医保经办机构或扶贫部门确认。',
    regions: ['weihai'],
    topics: ['贫困人口', '缴费'],
    sources: [{ doc: WD, section: WD_ENROL, quote: '2019年度贫困人口成年按450元进行补贴,学生按200元进行补贴' }],
    tool: { page: 'contribution', label: '查看缴费标准' }
  },
  {
    id: 'weihai-poverty-midyear',
    question: '年中才被认定为贫困人口，已经自己交了医保费，能退吗？',
    answer:
      '文登区介绍的是2019年的做法：年中新增的贫困人员，已经缴费的，按规定标准把钱返还给本人；还没缴费的，由财政预拨资金解决参保费用。\n' +
      '2020年度是否照此办理、返还多少，文件没有写明，请向参保地医保经办机构或扶贫部门确认。',
    regions: ['weihai'],
    topics: ['贫困人口', '缴费'],
    sources: [
      { doc: WD, section: WD_ENROL, quote: '本报文登12月18日讯(通讯员 林新文) 2019年,文登区大力推进医保精准扶贫工作' },
      { doc: WD, section: WD_ENROL, quote: '年中新增人员,已缴费的按规定标准返还本人;未缴费的从财政预拨资金予以解决' }
    ],
    tool: { page: 'contribution', label: '查看缴费标准' }
  },
  {
    id: 'weihai-medical-station',
    question: '医保工作站是什么？在哪里？能办哪些事？',
    answer:
      '2019年11月，文登区医保局在威海市中心医院设立了威海市首家驻医院医保工作站，把转诊转院等17项业务前置到工作站办理。\n' +
      '工作站重点关注在院就医的贫困人口：定期到病床前宣讲政策、追踪待遇落实，让从基本医保到再救助的六重保障待遇做到一站式服务、一窗口办理、一单式结算。\n' +
      '17项业务的完整清单文件没有列出，请到工作站或医保经办机构咨询。',
    regions: ['weihai'],
    topics: ['经办服务', '贫困人口'],
    sources: [
      { doc: WD, section: WD_STATION, quote: '在威海市中心医院成立了威海市首家驻医院医保工作站' },
      { doc: WD, section: WD_STATION, quote: '将转诊转院等17项业务前置到医保工作站' },
      { doc: WD, section: WD_STATION, quote: '实现“一站式服务、一窗口办理、一单式结算”' }
    ]
  },
  {
    id: 'weihai-contact',
    question: '威海（文登）医保有咨询电话吗？',
    answer:
      '本程序收录的威海文件没有公布咨询电话。\n' +
      '可以到医保关系所在地的医保经办机构咨询；在威海市中心医院住院的，也可以找院内的医保工作站。',
    regions: ['weihai'],
    topics: ['经办服务'],
    sources: [{ doc: WD, section: WD_STATION, quote: '在威海市中心医院成立了威海市首家驻医院医保工作站' }]
  },
  {
    id: 'weihai-maternity-leave',
    question: '威海女职工生孩子有多少天产假？流产呢？',
    answer:
      '按《女职工劳动保护特别规定》：\n' +
      '正常生育产假98天；难产的增加15天；生育多胞胎的，每多生一个婴儿增加15天。\n' +
      '怀孕未满4个月流产的，产假15天；怀孕满4个月流产的，产假42天（正好4个月按42天）。',
    regions: ['weihai'],
    topics: ['生育', '职工医保'],
    sources: [
      { doc: WD, section: WD_MATERNITY, quote: '女职工生育享受98天产假,难产的,增加产假15天' },
      { doc: WD, section: WD_MATERNITY, quote: '怀孕未满4个月流产的产假15天,怀孕满4个月流产的产假42天' }
    ],
    tool: { page: 'estimate', label: '测算产假天数和生育津贴', params: { mode: 'maternity' } }
  },
  {
    id: 'weihai-childbirth-outside',
    question: '威海居民在外地生孩子，住院分娩的费用能报销吗？',
    answer:
      '本程序收录的威海文件没有公布居民住院分娩的报销办法，也没有单独说明在外地分娩怎么结算。\n' +
      '文件写明：长期在威海以外居住、办好异地居住备案的，在居住地发生的合规医疗费用可以纳入医保报销，出院时在就诊医院直接结算。\n' +
      '分娩费用能否报销、怎么报，请出发前向参保地医保经办机构咨询。',
    regions: ['weihai'],
    topics: ['生育', '异地就医'],
    sources: [{ doc: WD, section: WD_RESIDENCE, quote: '备案后在居住地发生的合规医疗费用,可纳入医保报销' }],
    tool: { page: 'remote', label: '查看异地居住备案指引', params: { situation: 'longTermResidence' } }
  },
  {
    id: 'weihai-maternity-allowance',
    question: '威海生育津贴怎么算？由谁发？',
    answer:
      '已参加生育保险的，产假期间的生育津贴按用人单位上年度职工月平均工资的标准，由生育保险基金支付；没参加生育保险的，按女职工产假前的工资标准由用人单位支付。\n' +
      '文件还写明，生育津贴按上年度所在企业所有职工的平均缴费基数计算。\n' +
      '文件没有写按天折算的方法，所以测算工具只给出产假天数和计发基数；要算出金额，需要您自己选定按天折算的方法，工具不会替您默认。实际金额以经办机构核定为准。',
    regions: ['weihai'],
    topics: ['生育', '职工医保'],
    sources: [
      { doc: WD, section: WD_MATERNITY, quote: '按照用人单位上年度职工月平均工资的标准由生育保险基金支付' },
      { doc: WD, section: WD_MATERNITY, quote: '按照女职工产假前工资的标准由用人单位支付' },
      { doc: WD, section: WD_MATERNITY, quote: '生育津贴按照上年度所在企业所有职工平均缴费基数计算' }
    ],
    tool: { page: 'estimate', label: '测算生育津贴', params: { mode: 'maternity' } }
  },

  // ───────────────────────────── 两地对比 ─────────────────────────────
  {
    id: 'miscarriage-leave-compare',
    question: '怀孕正好4个月流产，产假是15天还是42天？威海和潍坊一样吗？',
    answer:
      '两地在“正好4个月”这一天上不一样：\n' +
      '威海：怀孕未满4个月流产的产假15天，满4个月的42天，所以正好4个月是42天。\n' +
      '潍坊：怀孕4个月以内（含4个月）流产的产假15天，4个月以上的42天，所以正好4个月是15天。\n' +
      '另外，潍坊的流产医疗费限额是按“满4个月”划分的：未满4个月限额400元，满4个月限额800元。所以在潍坊正好4个月流产，假期按15天算，医疗费限额却按800元算。\n' +
      '请按参保地的规定为准。',
    regions: ['weihai', 'weifang'],
    topics: ['生育', '职工医保'],
    sources: [
      { doc: WD, section: WD_MATERNITY, quote: '怀孕满4个月流产的产假42天' },
      { doc: AQ, section: AQ_MATERNITY + ' · 二是生育津贴', quote: '怀孕4个月以内（含4个月）流产的产假15天' },
      { doc: AQ, section: AQ_MATERNITY + ' · 一是生育医疗费用', quote: '怀孕未满4个月流产的，限额400元；怀孕满4个月流产的，限额800元' }
    ],
    tool: { page: 'estimate', label: '测算产假天数', params: { mode: 'maternity' } }
  },

  // ───────────────────────────── 潍坊（安丘市医疗保障局，2020年6月） ─────────────────────────────
  {
    id: 'weifang-resident-contribution',
    question: '潍坊居民医保2020年交多少钱？什么时候交？',
    answer:
      '本程序收录的潍坊资料（安丘市医保局2020年6月访谈）没有公布2020年度居民医保的个人缴费标准和集中缴费期。\n' +
      '资料只在职工医保转居民医保的情形下提到缴费：这类人员要自己缴纳当年度个人缴费标准与政府补助标准两部分之和。这不是一般居民的缴费金额，两部分各是多少资料也没有公布。\n' +
      '具体金额和缴费时间请向当地医保经办机构或税务部门咨询；威海的标准不适用于潍坊。',
    regions: ['weifang'],
    topics: ['缴费'],
    sources: [{ doc: AQ, section: AQ_TRANSFER, quote: '按参保年度个人缴费标准与政府补助标准之和缴纳当年度的居民医保费' }],
    tool: { page: 'contribution', label: '查看缴费信息' }
  },
  {
    id: 'weifang-general-outpatient',
    question: '潍坊普通门诊看病拿药能报销多少？',
    answer:
      '在签约的定点医疗机构看普通门诊，符合规定的费用由门诊统筹基金报销50%。\n' +
      '一个医疗年度内最多报：居民医保450元，职工医保500元。\n' +
      '住院期间不能同时享受普通门诊统筹待遇。',
    regions: ['weifang'],
    topics: ['门诊', '职工医保'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 1.普通门诊', quote: '由门诊统筹基金按50%的比例报销' },
      { doc: AQ, section: AQ_BASIC + ' · 1.普通门诊', quote: '最高支付限额居民医保450元、职工医保500元' },
      { doc: AQ, section: AQ_BASIC + ' · 1.普通门诊', quote: '参保人员住院期间不享受门诊统筹待遇' }
    ],
    tool: { page: 'estimate', label: '测算普通门诊报销', params: { mode: 'outpatient' } }
  },
  {
    id: 'weifang-chronic-outpatient',
    question: '潍坊门诊慢性病（慢病）有哪些病种？怎么办慢病证？',
    answer:
      '慢性病按身份分两类：城乡居民慢性病46个病种，职工慢性病73个病种。\n' +
      '据安丘市医保局介绍，安丘市医保中心每月统一受理申请，审核、鉴定后，符合条件的发放慢病证并备案管理。办了慢病证后，到签约的定点医药机构就医，按病种和政策报销。\n' +
      '具体报销政策可打电话问安丘市医保中心门诊管理科：4253522。',
    regions: ['weifang'],
    topics: ['门诊', '职工医保', '经办服务'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 2.特殊慢性病门诊', quote: '一类是城乡居民慢性病，46个病种，第二类是职工慢性病，73个病种' },
      { doc: AQ, section: AQ_BASIC + ' · 2.特殊慢性病门诊', quote: '市医保中心每月对申请办理慢病待遇的参保人员，统一受理进行审核、鉴定' },
      { doc: AQ, section: AQ_BASIC + ' · 2.特殊慢性病门诊', quote: '电话4253522' }
    ],
    tool: { page: 'estimate', label: '门诊报销测算', params: { mode: 'outpatient' } }
  },
  {
    id: 'anqiu-poverty-chronic-card',
    question: '安丘贫困户办门诊慢性病证有什么便利？',
    answer:
      '安丘市为贫困人口开通了门诊慢性病证办理绿色通道：符合条件的即时纳入，随时申报、即时办结、即时享受待遇。\n' +
      '贫困户的慢性病鉴定下沉到镇街区，上门免费鉴定。2020年4月上旬起集中鉴定一个月，4800余名建档立卡贫困人口领到了慢性病证，1900余名办理了高血压、糖尿病“两病”备案。',
    regions: ['weifang'],
    topics: ['贫困人口', '门诊', '经办服务'],
    sources: [
      { doc: AQ, section: AQ_POVERTY + ' · 三是提高经办服务', quote: '建立贫困人口门诊慢性病证办理绿色通道' },
      { doc: AQ, section: AQ_POVERTY + ' · 三是提高经办服务', quote: '随时申报、即时办结、即时享受待遇' },
      { doc: AQ, section: AQ_POVERTY + ' · 三是提高经办服务', quote: '将贫困户慢性病鉴定工作下沉到镇街区，上门免费鉴定' }
    ]
  },
  {
    id: 'weifang-inpatient-settlement',
    question: '在潍坊住院怎么结算？居民一档去三级医院要转诊吗？',
    answer:
      '潍坊的基本医保实行市级统筹。参加职工医保或居民二档的，在潍坊市内任何一家联网定点医院住院，出院时只需结清自己负担的部分。\n' +
      '参加居民一档的，到市内三级医院住院，要先经二级医院转诊。\n' +
      '住院的起付标准、报销比例和年度限额，本程序收录的资料没有公布；请看医院结算单上的“统筹基金支付”，或咨询医保经办机构。',
    regions: ['weifang'],
    topics: ['住院', '职工医保'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（1）', quote: '基本医疗保险基金目前实行潍坊市级统筹' },
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（1）', quote: '出院时只结算报销后自己承担的医疗费用' },
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（1）', quote: '到市内三级医院住院应经二级医院转诊' }
    ],
    tool: { page: 'estimate', label: '测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'weifang-referral-outside',
    question: '潍坊看不了的病要转到外地大医院，转诊手续怎么办？',
    answer:
      '本地最高级别医院专家会诊后仍不能确诊，或受技术、设备条件限制不能治疗的危重疑难病，由就诊的本地最高级别医院填写《异地转院备案表》，报参保地医保经办机构登记备案。\n' +
      '备案后，带身份证、社保卡到转入医院办理联网手续，出院时只交个人负担的部分。\n' +
      '联网不成功的，先自己垫付，治疗结束后带出院记录（或加盖公章的诊断证明）、费用清单、住院发票、本人身份证到医保经办机构报销。\n' +
      '报销比例：资料提到潍坊有“异地转外就医支付比例调减规定”，但没有公布调减多少，请以结算单或参保地医保经办机构告知为准。（资料是在说新冠肺炎确诊、疑似患者不执行这项调减时提到它的，这一例外只适用于这两类患者。）',
    regions: ['weifang'],
    topics: ['异地就医', '住院'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（2）', quote: '由就诊的当地最高级别医院填写《异地转院备案表》' },
      { doc: AQ, section: AQ_COVID + ' · 从患者方面来说', quote: '确诊新冠肺炎患者…报销不执行异地转外就医支付比例调减规定' },
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（2）', quote: '患者持身份证、社保卡到转入的医疗机构办理联网手续' },
      {
        doc: AQ,
        section: AQ_BASIC + ' · 3.住院治疗（2）',
        quote: '带出院记录（或诊断证明，加盖公章）、费用清单、住院发票、本人身份证等到医保经办机构报销'
      }
    ],
    tool: { page: 'remote', label: '查看转诊备案指引', params: { situation: 'referral' } }
  },
  {
    id: 'weifang-unreferred',
    question: '没办转诊，自己去潍坊市外的医院住院，能报销吗？报多少？',
    answer:
      '可以报，但要先自己垫付。治疗结束后，带出院记录（或加盖公章的诊断证明）、费用清单、住院发票、本人身份证到医保经办机构，按“未经转诊报销比例”报销。\n' +
      '这个未经转诊的报销比例，本程序收录的资料没有公布，请向参保地医保经办机构咨询。',
    regions: ['weifang'],
    topics: ['异地就医', '住院'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（3）', quote: '未经转诊自行到潍坊市外医疗机构住院治疗的' },
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（3）', quote: '按规定的未经转诊报销比例进行报销' }
    ],
    tool: { page: 'remote', label: '查看未备案就医说明', params: { situation: 'unfiled' } }
  },
  {
    id: 'weifang-emergency-filing',
    question: '潍坊参保人在外地出差、旅游时急诊住院，多久内要备案？',
    answer:
      '因出差、探亲、旅游等在潍坊市外突发急诊住院的，要在入院5日内、而且必须在出院前，拿着就诊医院出具并加盖公章的急诊诊断证明，向参保地医保经办机构备案，办理联网手续。\n' +
      '联网后出院时只交个人负担部分；联网不成功的，先自己垫付，治疗结束后带出院记录（或加盖公章的诊断证明）、费用清单、住院发票、本人身份证到医保经办机构报销。\n' +
      '2020年取消备案手续的规定只适用于新冠肺炎确诊、疑似患者；其他参保人急诊住院仍要按时备案。',
    regions: ['weifang'],
    topics: ['异地就医', '住院'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（4）', quote: '应在入院5日内（但必须出院前）' },
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（4）', quote: '持就诊医院提供的急诊诊断证明（加盖医院公章）向参保地医保经办机构备案' },
      { doc: AQ, section: AQ_COVID + ' · 从患者方面来说', quote: '确诊新冠肺炎患者…对异地就医患者，取消异地就医、转诊转院备案手续' }
    ],
    tool: { page: 'remote', label: '算一算我的备案截止日', params: { situation: 'emergency' } }
  },
  {
    id: 'weifang-resettlement-categories',
    question: '潍坊哪些人可以办理异地安置登记备案？备案后能改吗？',
    answer:
      '有三类人可以申请异地安置登记备案：\n' +
      '一是异地安置人员和异地长期居住人员；\n' +
      '二是常驻异地工作人员；\n' +
      '三是外出农民工和外来就业创业人员。\n' +
      '各类需要的材料不同，见对应问题。备案生效后，一年内不能变更。',
    regions: ['weifang'],
    topics: ['异地就医'],
    sources: [
      { doc: AQ, section: AQ_RESETTLE, quote: '可以申请办理异地安置登记备案手续的有三种情况' },
      { doc: AQ, section: AQ_RESETTLE, quote: '备案生效后，一年内不得变更' }
    ],
    tool: { page: 'remote', label: '查看异地安置备案指引', params: { situation: 'longTermResidence' } }
  },
  {
    id: 'weifang-long-term-residence',
    question: '潍坊参保人长期在外地居住，办异地安置备案要什么材料？',
    answer:
      '异地安置人员和异地长期居住人员，提供以下任意一种材料即可：户籍证明、居住证、居住证办理回执单，或其他异地居住证明材料。\n' +
      '以上都拿不出来的，也可以书面承诺在异地居住一定期限，原则上不少于6个月。\n' +
      '备案生效后一年内不能变更。',
    regions: ['weifang'],
    topics: ['异地就医'],
    sources: [
      { doc: AQ, section: AQ_RESETTLE, quote: '需提供户籍证明、居住证、居住证办理回执单或其他异地居住证明材料之一' },
      { doc: AQ, section: AQ_RESETTLE, quote: '也可书面承诺异地居住一定期限（原则上不低于6个月）' }
    ],
    tool: { page: 'remote', label: '查看异地居住备案指引', params: { situation: 'longTermResidence' } }
  },
  {
    id: 'weifang-posted-worker',
    question: '单位派我常驻外地工作，潍坊医保怎么备案？',
    answer: '常驻异地工作人员可以申请异地安置登记备案，需要提供异地工作证明。\n' + '备案生效后一年内不能变更。',
    regions: ['weifang'],
    topics: ['异地就医', '职工医保'],
    sources: [{ doc: AQ, section: AQ_RESETTLE, quote: '二是常驻异地工作人员，需提供异地工作证明' }],
    tool: { page: 'remote', label: '查看常驻异地工作备案指引', params: { situation: 'postedWorker' } }
  },
  {
    id: 'weifang-migrant-worker',
    question: '在外地打工（外出农民工）或去外地创业，潍坊医保怎么备案？',
    answer:
      '外出农民工、外来就业创业人员可以申请异地安置登记备案：\n' +
      '通过劳务机构统一输出的，由单位提供人员花名册；\n' +
      '自己外出务工的，个人提供务工地居住证、劳动合同或个体营业执照。\n' +
      '备案生效后一年内不能变更。',
    regions: ['weifang'],
    topics: ['异地就医'],
    sources: [
      { doc: AQ, section: AQ_RESETTLE, quote: '通过劳务机构输出的，由单位提供人员花名册' },
      { doc: AQ, section: AQ_RESETTLE, quote: '由个人提供务工地居住证、劳动合同或个体营业执照' }
    ],
    tool: { page: 'remote', label: '查看外出务工备案指引', params: { situation: 'migrantWorker' } }
  },
  {
    id: 'weifang-childbirth',
    question: '潍坊居民医保生孩子（住院分娩）能报多少？',
    answer:
      '符合计划生育政策、在市内定点医疗机构住院分娩的，医疗费实行定额结算，定额800元。\n' +
      '在居民医保非定点医疗机构分娩的，按定额的70%结算，即560元。\n' +
      '实际花费低于定额的，按实际花费结算。因生育引起的疾病，按居民医保的一般规定报销。',
    regions: ['weifang'],
    topics: ['生育', '住院'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 4.住院分娩', quote: '医疗费用实行定额结算，定额标准为800元' },
      { doc: AQ, section: AQ_BASIC + ' · 4.住院分娩', quote: '按定额标准的70%予以结算（即560元），低于定额的按实际发生额结算' }
    ],
    tool: { page: 'estimate', label: '测算住院分娩报销', params: { mode: 'childbirth' } }
  },
  {
    id: 'weifang-childbirth-outside',
    question: '潍坊参保人在外地生孩子，住院分娩的费用能报销吗？',
    answer:
      '资料只写明了两种情况：在市内定点医疗机构住院分娩，按800元定额结算；在居民医保非定点医疗机构分娩，按定额的70%即560元结算；实际花费低于定额的按实际结算。\n' +
      '在潍坊市外分娩怎么结算，资料没有单独说明。长期在外地居住的，可以先办理异地安置登记备案；具体能否报销、怎么报，请出发前向参保地医保经办机构咨询。',
    regions: ['weifang'],
    topics: ['生育', '异地就医'],
    sources: [
      { doc: AQ, section: AQ_BASIC + ' · 4.住院分娩', quote: '分娩在市内定点医疗机构住院，医疗费用实行定额结算' },
      { doc: AQ, section: AQ_BASIC + ' · 4.住院分娩', quote: '按定额标准的70%予以结算（即560元）' },
      { doc: AQ, section: AQ_RESETTLE, quote: '可以申请办理异地安置登记备案手续的有三种情况' }
    ],
    tool: { page: 'remote', label: '查看异地安置备案指引', params: { situation: 'longTermResidence' } }
  },
  {
    id: 'weifang-critical-illness-2020',
    question: '潍坊居民大病保险怎么报？起付线多少？',
    answer:
      '这是潍坊城乡居民的大病保险（居民大病保险），职工医保参保人不适用；职工的相应待遇资料没有公布。\n' +
      '住院费用经基本医保报销后，个人负担的合规费用在一年内累计超过起付标准的部分，由居民大病保险再补偿（2020年标准）：\n' +
      '起付标准1.2万元；1.2万元到10万元的部分报60%；10万元到20万元的部分报65%；20万元到30万元的部分报70%；30万元以上的部分报75%。\n' +
      '一个医疗年度内大病保险最多支付40万元。',
    regions: ['weifang'],
    topics: ['大病保险', '住院'],
    sources: [
      { doc: AQ, section: AQ_CRITICAL, quote: '累计超过居民大病保险起付标准的部分，由居民大病保险再给予补偿' },
      { doc: AQ, section: AQ_CRITICAL, quote: '2020年大病保险起付标准为1.2万元' },
      { doc: AQ, section: AQ_CRITICAL, quote: '30万元以上的部分支付比例为75%' },
      { doc: AQ, section: AQ_CRITICAL, quote: '大病保险最高支付限额为40万元' }
    ],
    tool: { page: 'estimate', label: '测算大病保险', params: { mode: 'inpatient' } }
  },
  {
    id: 'weifang-critical-illness-funding',
    question: '潍坊大病保险要另外交钱吗？',
    answer: '不用。2020年，潍坊市统一从居民基本医保基金中按人均81元的标准投入大病保险（承办方为中国人寿保险公司），参保人不再另外缴费。',
    regions: ['weifang'],
    topics: ['大病保险', '缴费'],
    sources: [{ doc: AQ, section: AQ_CRITICAL, quote: '按人均81元的标准，投入到中国人寿保险公司，参保人不再另行缴费' }]
  },
  {
    id: 'weifang-poverty-critical-illness',
    question: '潍坊建档立卡贫困人口的大病保险有什么倾斜？特药怎么报？',
    answer:
      '农村建档立卡贫困人口的大病保险起付标准为5000元，5000元以下的部分不补偿；5000元到10万元的部分报65%，10万元到30万元的部分报75%，30万元以上的部分报85%；一个医疗年度内不设最高支付限额（2020年政策）。\n' +
      '安丘市介绍：贫困人口使用大病保险特药不设起付线，报销60%，最高20万元。',
    regions: ['weifang'],
    topics: ['大病保险', '贫困人口'],
    sources: [
      { doc: AQ, section: AQ_CRITICAL, quote: '农村建档立卡贫困人口，居民大病保险起付标准为5000元' },
      { doc: AQ, section: AQ_CRITICAL, quote: '一个医疗年度内，取消大病保险最高支付限额' },
      { doc: AQ, section: AQ_POVERTY + ' · 二是抓好政策落实', quote: '贫困人口使用大病保险特药不设起付线，报销比例为60％，封顶线为20万元' }
    ],
    tool: { page: 'estimate', label: '测算大病保险', params: { mode: 'inpatient' } }
  },
  {
    id: 'anqiu-poverty-enrollment',
    question: '安丘贫困人口参加医保，政府给资助吗？',
    answer:
      '给。安丘市按政策资助12107名建档立卡贫困人口（享受政策）和101名即时帮扶人员全部参保；新增的贫困人口，也会及时落实参保缴费和补贴政策。\n' +
      '医保扶贫统一在基本医保、大病保险、医疗救助“三重保障”框架下落实。\n' +
      '资助的具体金额资料没有公布，请向安丘市医保局或扶贫部门咨询。',
    regions: ['weifang'],
    topics: ['贫困人口', '缴费'],
    sources: [
      {
        doc: AQ,
        section: AQ_POVERTY + ' · 一是推进参保攻坚',
        quote: '为建档立卡贫困人口（享受政策）12107人和即时帮扶人员101人全部按政策资助参保'
      },
      {
        doc: AQ,
        section: AQ_POVERTY + ' · 二是抓好政策落实',
        quote: '将医疗保障扶贫工作统一到基本医保、大病保险、医疗救助“三重保障”框架下抓好落实'
      }
    ],
    tool: { page: 'contribution', label: '查看缴费信息' }
  },
  {
    id: 'anqiu-assistance-key-group',
    question: '安丘重点救助对象住院后还能得到多少医疗救助？',
    answer:
      '以下为安丘市的医疗救助规定（2020年）：\n' +
      '住院：重点救助对象一年内在定点医疗机构发生的政策范围内住院费用，经各种保险报销后个人累计自付的部分，不设起付线，按40%救助。救助的年度上限资料没有公布。\n' +
      '再救助：经基本医保、大病保险、医疗救助等各项报销救助后，个人负担仍超过5000元的部分，按70%再救助，每年最高2万元。\n' +
      '门诊：糖尿病、高血压“两病”门诊用药的个人负担部分，按20%给予门诊救助。',
    regions: ['weifang'],
    topics: ['医疗救助', '贫困人口', '门诊'],
    sources: [
      {
        doc: AQ,
        section: AQ_ASSIST + ' · 二是加大了对重特大疾病患者的保障力度',
        quote: '对于重点救助对象不设起付线，按照40%的比例给予救助'
      },
      { doc: AQ, section: AQ_ASSIST + ' · 三是增设重大疾病再救助方式', quote: '个人负担超过5000元以上的部分，按照70%的比例给予再救助' },
      { doc: AQ, section: AQ_POVERTY + ' · 二是抓好政策落实', quote: '每年可享受最高2万元的重大疾病再救助保障待遇' },
      { doc: AQ, section: AQ_ASSIST + ' · 一是扩大了门诊救助的医疗费用范围', quote: '按照20%的比例给予救助' }
    ],
    tool: { page: 'estimate', label: '逐层测算住院报销', params: { mode: 'inpatient' } }
  },
  {
    id: 'anqiu-assistance-low-income',
    question: '安丘低收入家庭或因病致贫的重病患者，医疗救助起付线是多少？多久能办下来？',
    answer:
      '以下为安丘市的医疗救助规定（2020年）：低收入救助对象和因病致贫家庭重病患者的重特大疾病医疗救助，起付标准由5万元降到3万元。\n' +
      '超过起付标准后的救助比例，资料没有公布，请向安丘市医保局咨询。\n' +
      '办理流程：患者提出申请，经村委调查材料、镇政府受理部门核实并公示，再由市医疗保险经办机构核准发放救助资金，最长47个工作日。',
    regions: ['weifang'],
    topics: ['医疗救助'],
    sources: [
      {
        doc: AQ,
        section: AQ_ASSIST + ' · 二是加大了对重特大疾病患者的保障力度',
        quote: '对于低收入救助对象和因病致贫家庭重病患者救助起付线由5万元降为3万元'
      },
      { doc: AQ, section: AQ_ASSIST + ' · 三是缩短了办理时限', quote: '到市医疗保险经办机构核准发放救助资金最长47个工作日' }
    ],
    tool: { page: 'estimate', label: '算一算最迟发放日期', params: { mode: 'inpatient' } }
  },
  {
    id: 'anqiu-assistance-materials',
    question: '安丘医疗救助没能一站式结算，要带什么材料去办？',
    answer:
      '安丘市医疗救助“一站式”即时结算的定点医院，已由原来市内31家扩大为包括市外跨县域医疗机构在内的279家。\n' +
      '重点救助对象因特殊原因没能一站式联网结算的，只需带身份证和银行卡的复印件、发票原件以及医保联网报销结算单即可办理，材料比原来少了50%。',
    regions: ['weifang'],
    topics: ['医疗救助', '经办服务'],
    sources: [
      { doc: AQ, section: AQ_ASSIST + ' · 医疗救助经办服务', quote: '由原来的市内31家医疗机构拓展为包括市外跨县域医疗机构279家' },
      { doc: AQ, section: AQ_ASSIST + ' · 医疗救助经办服务', quote: '只需要携带身份证和银行卡复印件、发票原件、医保联网报销结算单' }
    ]
  },
  {
    id: 'anqiu-one-stop-settlement',
    question: '安丘参保人在县外医院住院，能直接结算吗？',
    answer:
      '安丘市已将安丘市人民医院等25家医疗机构接入跨县域“一站式”结算系统，还与县域外的221家医疗机构（如潍坊市精神卫生中心、潍坊市第六人民医院）开通了“一站式”结算，在潍坊市内实现一站式服务、一单制结算。\n' +
      '具体哪家医院已开通，请向医院或安丘市医保局确认。',
    regions: ['weifang'],
    topics: ['经办服务', '住院'],
    sources: [
      { doc: AQ, section: AQ_POVERTY + ' · 三是提高经办服务', quote: '将安丘市人民医院等25家医疗机构接入跨县域“一站式”结算系统' },
      { doc: AQ, section: AQ_POVERTY + ' · 三是提高经办服务', quote: '221家县域外医疗机构开通“一站式”结算系统' }
    ]
  },
  {
    id: 'weifang-employee-contribution',
    question: '潍坊职工医保每月交多少？单位和个人各交几成？',
    answer:
      '职工基本医疗保险按缴费基数的10%筹集：用人单位交8%，个人交2%。潍坊自2011年4月1日起职工医保实行市级统筹，缴费基数、缴费比例等全市统一。\n' +
      '职工退休后，医疗保险缴满规定年限的，单位和个人都不再缴费，照样享受基本医保待遇。\n' +
      '2020年疫情期间单位缴费费率有阶段性降低，见“疫情期间单位医保费率降低”。',
    regions: ['weifang'],
    topics: ['职工医保', '缴费'],
    sources: [
      { doc: AQ, section: AQ_EMPLOYEE, quote: '基金筹集比例是缴费基数的10%，其中用人单位缴纳8%，个人缴纳2%' },
      { doc: AQ, section: AQ_EMPLOYEE, quote: '用人单位和个人都不再缴纳基本医疗保险费' }
    ],
    tool: { page: 'contribution', label: '测算职工医保缴费', params: { view: 'employee' } }
  },
  {
    id: 'weifang-personal-account',
    question: '潍坊职工医保个人账户每月划多少钱进去？',
    answer:
      '在职职工以缴费基数为划入基数：45岁以下划入2.9%，45岁以上划入3.9%。\n' +
      '退休人员以本人退休金为划入基数：不满70周岁划入4.9%，70周岁及以上划入5.9%。\n' +
      '其余部分进入统筹基金，主要用于支付住院费用、特殊慢性病门诊费用、普通门诊签约定额补助和重特大疾病医疗补助。',
    regions: ['weifang'],
    topics: ['职工医保'],
    sources: [
      { doc: AQ, section: AQ_EMPLOYEE, quote: '45岁以下的划入2.9%、45岁以上的划入3.9%' },
      { doc: AQ, section: AQ_EMPLOYEE, quote: '不满70周岁的按4.9%划入、70周岁及以上的按5.9%划入' }
    ],
    tool: { page: 'contribution', label: '测算个人账户划入', params: { view: 'employee' } }
  },
  {
    id: 'weifang-minimum-years',
    question: '潍坊职工医保要交够多少年才能退休享受待遇？不够怎么办？',
    answer:
      '办理退休时，职工医保累计缴费年限（含视同缴费年限）要达到：男满30年，女满25年。\n' +
      '不够的，要一次性补缴所差年限：补缴基数是退休时上一年度全省在岗职工的平均工资，补缴比例按规定执行。补缴比例资料没有公布，请向医保经办机构咨询。\n' +
      '不按规定补缴的，不享受退休人员医保待遇，职工医保关系终止。',
    regions: ['weifang'],
    topics: ['职工医保', '缴费'],
    sources: [
      { doc: AQ, section: AQ_MINYEARS, quote: '必须达到男满30周年、女满25周年' },
      { doc: AQ, section: AQ_MINYEARS, quote: '按规定比例一次性补缴所差年限的基本医疗保险费' },
      { doc: AQ, section: AQ_MINYEARS, quote: '不按规定补缴的，不享受退休人员基本医疗保险待遇' }
    ],
    tool: { page: 'contribution', label: '查看缴费年限', params: { view: 'employee' } }
  },
  {
    id: 'weifang-employee-to-resident',
    question: '不上班了（职工医保断了），或退休时年限不够，能转成居民医保吗？',
    answer:
      '可以。中断职工医保关系的人员、因缴费年限不够自愿放弃职工医保待遇的退休人员、刑满释放人员等，要在中断、放弃或释放之日起60日内，带本人身份证、户口簿、居住证等，到户籍所在地或常住地的社会保险经办机构办理居民医保参保。\n' +
      '缴费：要按当年度的个人缴费标准与政府补助标准之和缴纳居民医保费，也就是政府补助的那一部分也由本人缴纳，两部分都要交。从缴费的下个月起享受当年居民医保待遇。\n' +
      '两项标准各是多少，资料没有公布，请向经办机构咨询。',
    regions: ['weifang'],
    topics: ['职工医保', '缴费', '经办服务'],
    sources: [
      {
        doc: AQ,
        section: AQ_TRANSFER,
        quote: '60日内持本人身份证、户口簿、居住证等到本人户籍所在地（常住地）社会保险经办机构办理居民医保手续'
      },
      { doc: AQ, section: AQ_TRANSFER, quote: '按参保年度个人缴费标准与政府补助标准之和缴纳当年度的居民医保费' },
      { doc: AQ, section: AQ_TRANSFER, quote: '自缴费下月起按规定享受当年居民医保待遇' }
    ],
    tool: { page: 'contribution', label: '算一算转居民医保截止日', params: { view: 'employee' } }
  },
  {
    id: 'weifang-maternity-merge',
    question: '潍坊生育保险和职工医保合并了吗？还要单独交生育保险吗？',
    answer:
      '从2020年1月1日起，生育保险和职工基本医疗保险合并实施：统一征缴，基金合并运行，实行市级统筹，生育保险基金不再单独设账户，在职工医保统筹基金里设生育待遇支出项目。\n' +
      '生育保险待遇仍然保留，包括生育医疗费用和生育津贴两大类。',
    regions: ['weifang'],
    topics: ['生育', '职工医保'],
    sources: [
      { doc: AQ, section: AQ_MATERNITY, quote: '生育保险自2020年1月1日起和职工基本医疗保险合并实施' },
      { doc: AQ, section: AQ_MATERNITY, quote: '生育保险基金不再单列账户' },
      { doc: AQ, section: AQ_MATERNITY, quote: '生育保险待遇包括生育医疗费用和生育津贴2大类' }
    ]
  },
  {
    id: 'weifang-maternity-medical',
    question: '潍坊职工生育保险能报哪些医疗费？各报多少？',
    answer:
      '生育医疗费用包括：\n' +
      '产前检查费：定额800元；\n' +
      '生育医疗费：限额2200元，生多胞胎的每多生一个婴儿增加500元；\n' +
      '流产医疗费：怀孕未满4个月流产的限额400元，满4个月的限额800元；\n' +
      '计划生育手术医疗费：限额200元；\n' +
      '参加生育保险的男职工，其未就业配偶没享受过生育医疗费待遇的，按职工标准的50%享受生育补助金；\n' +
      '女职工因生育引起疾病的住院费用，按基本医保规定报销。',
    regions: ['weifang'],
    topics: ['生育', '职工医保'],
    sources: [
      { doc: AQ, section: AQ_MATERNITY + ' · 一是生育医疗费用', quote: '产前检查费：定额800元' },
      { doc: AQ, section: AQ_MATERNITY + ' · 一是生育医疗费用', quote: '生育医疗费：限额2200元，生育多胞胎的，每多生育一个婴儿增加500元' },
      { doc: AQ, section: AQ_MATERNITY + ' · 一是生育医疗费用', quote: '怀孕未满4个月流产的，限额400元；怀孕满4个月流产的，限额800元' },
      { doc: AQ, section: AQ_MATERNITY + ' · 一是生育医疗费用', quote: '按照我市规定的职工生育医疗费标准的50%享受生育补助金' }
    ],
    tool: { page: 'estimate', label: '测算生育医疗费', params: { mode: 'maternityMedical' } }
  },
  {
    id: 'weifang-maternity-allowance',
    question: '潍坊生育津贴怎么算？产假多少天？',
    answer:
      '生育津贴 = 职工所在用人单位上年度职工月平均工资 ÷ 30天 × 津贴产假天数。生育津贴和工资不重复享受。\n' +
      '产假天数：正常生育98天；剖宫产增加15天；生多胞胎的每多生一个婴儿增加15天；婴儿72小时内死亡的，享受42天。\n' +
      '流产：怀孕4个月以内（含4个月）流产的15天，4个月以上的42天。',
    regions: ['weifang'],
    topics: ['生育', '职工医保'],
    sources: [
      { doc: AQ, section: AQ_MATERNITY + ' · 二是生育津贴', quote: '按照职工所在用人单位上年度职工月平均工资÷30天×津贴产假天数计发' },
      { doc: AQ, section: AQ_MATERNITY + ' · 二是生育津贴', quote: '正常生育的98天；剖宫产的增加15天' },
      { doc: AQ, section: AQ_MATERNITY + ' · 二是生育津贴', quote: '婴儿72小时以内死亡的，享受42天津贴产假' }
    ],
    tool: { page: 'estimate', label: '测算生育津贴', params: { mode: 'maternity' } }
  },
  {
    id: 'weifang-maternity-conditions',
    question: '在潍坊申请生育保险待遇要满足什么条件？刚参保不满一年能领生育津贴吗？',
    answer:
      '条件：符合国家计划生育政策；参加两险合并后的职工基本医疗保险；生育医疗费待遇按职工医保免责期、欠费期的规定执行。\n' +
      '生育时连续足额缴费不满1年的，要等单位为本人连续足额缴费满1年后，由单位申请补发生育津贴。\n' +
      '男职工为无工作的配偶申请生育补助金的，配偶生育时须没有工作单位。',
    regions: ['weifang'],
    topics: ['生育', '职工医保'],
    sources: [
      { doc: AQ, section: AQ_MATERNITY + ' · 2.申请条件', quote: '符合国家计划生育政策' },
      { doc: AQ, section: AQ_MATERNITY + ' · 2.申请条件', quote: '生育时连续足额缴费不满1年的' },
      { doc: AQ, section: AQ_MATERNITY + ' · 2.申请条件', quote: '由用人单位提出申请补发生育津贴' }
    ]
  },
  {
    id: 'weifang-covid-patients',
    question: '2020年新冠肺炎患者看病怎么报销？在外地确诊需要备案吗？',
    answer:
      '新冠肺炎确诊、疑似患者（疑似患者须经定点救治医院确定）在2020年疫情期间享受以下特殊办法，只适用于这两类患者：\n' +
      '新冠肺炎确诊、疑似患者：新冠肺炎治疗相关费用全部纳入医保基金支付范围。\n' +
      '新冠肺炎确诊、疑似患者：不管是否参保、是否办了异地就医手续、能否联网结算，一律先救治后结算，由医保基金先行垫付。\n' +
      '新冠肺炎确诊、疑似患者在外地就医的：取消异地就医和转诊转院备案手续，报销也不按异地转外就医的比例调减。\n' +
      '其他参保人在外地住院，仍要按规定办理转诊备案或急诊备案（急诊要在入院5日内、出院前备案）。',
    regions: ['weifang'],
    topics: ['疫情', '异地就医', '住院'],
    sources: [
      { doc: AQ, section: AQ_COVID + ' · 从患者方面来说', quote: '将新冠肺炎治疗相关费用全部纳入医保基金支付范围' },
      { doc: AQ, section: AQ_COVID + ' · 从患者方面来说', quote: '确诊新冠肺炎患者…一律先救治后结算，由医保基金先行垫付费用' },
      { doc: AQ, section: AQ_COVID + ' · 从患者方面来说', quote: '确诊新冠肺炎患者…对异地就医患者，取消异地就医、转诊转院备案手续' },
      { doc: AQ, section: AQ_COVID + ' · 从患者方面来说', quote: '对经定点救治医院确定的疑似患者执行确诊患者医疗保障待遇' },
      { doc: AQ, section: AQ_BASIC + ' · 3.住院治疗（4）', quote: '应在入院5日内（但必须出院前）' }
    ]
  },
  {
    id: 'weifang-covid-employer-rate',
    question: '2020年疫情期间，单位交的职工医保费率降了多少？',
    answer:
      '企业、个体工商户、灵活就业人员，以及领取失业保险金期间的失业人员：单位缴费费率2020年3月至7月降低2.5个百分点，8月至12月降低1个百分点。\n' +
      '机关事业单位、社会团体等组织：单位缴费费率2020年3月至12月降低1个百分点。\n' +
      '这是2020年的阶段性政策。',
    regions: ['weifang'],
    topics: ['疫情', '职工医保', '缴费'],
    sources: [
      { doc: AQ, section: AQ_COVID + ' · 从对企业方面来说', quote: '2020年3月至7月降低2.5个百分点；8月至12月降低1个百分点' },
      { doc: AQ, section: AQ_COVID + ' · 从对企业方面来说', quote: '其职工基本医疗保险单位缴费费率，2020年3月至12月降低1个百分点' }
    ],
    tool: { page: 'contribution', label: '测算职工医保缴费', params: { view: 'employee' } }
  },
  {
    id: 'weifang-covid-deferral',
    question: '受疫情影响企业交不起医保费，可以缓缴吗？有滞纳金吗？',
    answer:
      '受疫情影响、暂时生产经营困难、确实无力足额缴纳职工医疗和生育保险费的中小企业，可以申请缓缴，缓缴期最长6个月。\n' +
      '缓缴期间免收滞纳金，职工照常依法享受医疗、生育保险待遇；缓缴期满后，企业要足额补缴。\n' +
      '另外，欠缴2020年1-3月医保费的企业和机关事业单位，在5月1日前缴清的，免收滞纳金。',
    regions: ['weifang'],
    topics: ['疫情', '职工医保', '缴费'],
    sources: [
      { doc: AQ, section: AQ_COVID + ' · 从对企业方面来说', quote: '可申请缓缴职工医疗、生育保险费，缓缴期最长…6个月' },
      { doc: AQ, section: AQ_COVID + ' · 从对企业方面来说', quote: '缓缴期间，免收滞纳金' },
      { doc: AQ, section: AQ_COVID + ' · 从对企业方面来说', quote: '在5月1日前缴费的免收滞纳金' }
    ],
    tool: { page: 'contribution', label: '查看职工医保缴费', params: { view: 'employee' } }
  },
  {
    id: 'anqiu-covid-online-service',
    question: '疫情期间去医保局办事不方便，能不能网上或电话办？',
    answer:
      '这是2020年疫情期间的做法：安丘市医保局当时对22项医保经办事项的流程进行了优化，发出倡议书，倡导参保单位和个人优先采取“网上申办”“电话申办”等“不见面”方式办理；确需到现场办理的，简化了办事环节，尽量减少等待时间。\n' +
      '这是倡导，不是规定哪些事一定能在网上或电话办成；资料没有逐项列出是哪22项，也没有说疫情之后是否仍这样办，请向参保地医保经办机构咨询。',
    regions: ['weifang'],
    topics: ['疫情', '经办服务'],
    sources: [
      { doc: AQ, section: AQ_COVID + ' · 从患者方面来说', quote: '对22项医保经办事项流程进行了优化' },
      {
        doc: AQ,
        section: AQ_COVID + ' · 从患者方面来说',
        quote: '倡导各参保单位和个人优先采取“网上申办”、“电话申办”等“不见面”方式进行办理'
      }
    ]
  },
  {
    id: 'weifang-hotline',
    question: '安丘（潍坊）医保有什么咨询电话？',
    answer:
      '本程序收录的潍坊资料里，可用于咨询的电话只有一个：安丘市医保中心门诊管理科，电话4253522，咨询门诊特殊慢性病的具体政策。\n' +
      '访谈节目中播报的“行风热线”是2020年6月9日那一期直播节目的听众来电号码，不是日常咨询电话，本程序不列出。\n' +
      '资料里的号码没有区号，用手机或在外地拨打请加潍坊区号。其他问题请向参保地医保经办机构咨询。',
    regions: ['weifang'],
    topics: ['经办服务', '门诊'],
    sources: [{ doc: AQ, section: AQ_BASIC + ' · 2.特殊慢性病门诊', quote: '具体政策可电话咨询市医保中心门诊管理科，电话4253522' }]
  }
]
