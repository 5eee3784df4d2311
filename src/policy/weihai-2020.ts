// 威海市 2020: everything seed 000 (齐鲁晚报·文登版, 2019-12-18) says, read as in
// ../shared/POLICY-READING.md §1–§8. Figures the article does not give are `Unpublished`.
import type { PaymentChannel, PolicyPack, PolicyText, Reference, RemoteCareGuide, Scale } from './types'
import { calendarYear, paramsFor, policyText as t, unpublished } from './types'

const YEAR = calendarYear(2020)
const param = paramsFor(YEAR)

const DOC = 'wendeng-2019-12' as const

const ref = (section: string, q: { quote: string }): Reference => ({ doc: DOC, section, quote: q.quote })

const S = {
  station: '医保工作站，打造一站式扶贫新模式',
  coverage: '贫困人员参保100%全覆盖,助力脱贫攻坚战',
  period: '2020年居民医疗保险缴费标准公布 · 一、缴费时间',
  rates: '2020年居民医疗保险缴费标准公布 · 二、缴费标准',
  channels: '2020年居民医疗保险缴费标准公布 · 三、缴费渠道',
  inpatient: '贫困人口“六重保障”政策解读 · 第一层保障 · 1.住院部分',
  chronic: '贫困人口“六重保障”政策解读 · 第一层保障 · 2.居民门诊慢性病部分',
  critical: '贫困人口“六重保障”政策解读 · 第二层保障:大病保险倾斜支付',
  waiver: '贫困人口“六重保障”政策解读 · 第三层保障:医疗机构减免',
  assistance: '贫困人口“六重保障”政策解读 · 第四层保障:医疗救助托底保障',
  commercial: '贫困人口“六重保障”政策解读 · 第五层保障:医疗商业补充保险',
  reassistance: '贫困人口“六重保障”政策解读 · 第六层保障:再救助',
  qKinds: '医保问答 · 问:异地就医有哪几种情况?',
  qEmergency: '医保问答 · 问:在异地发生了急诊怎么办?',
  qResidence: '医保问答 · 问:办理异地居住需要什么条件及资料?',
  qRatio: '医保问答 · 问:异地就医报销的比例?',
  qMaternity: '医保问答 · 问:女职工生育津贴怎么计算?'
}

/** POLICY-READING §3: said with 第二层 item 1 everywhere it appears (layer rule, describeLayer, FAQ). */
export const SPECIAL_DRUG_CAVEAT = '原文未写明适用哪类费用（潍坊资料中同样数字的规定是大病保险特药）；60%为2019年比例'

const WORKING_DAYS = ref(S.qEmergency, { quote: '应自住院之日起原则上3个工作日内,通过电话、电子邮件等形式向医保经办机构备案' })

// Tier 1 pays one ratio on everything above the deductible; tier 2 splits C at 40,000.
const tier1Ref = ref(S.inpatient, { quote: '支付比例分别为:一级医院80%、二级医院60%、三级医院50%' })
const tier1Scale = (rate: string): Scale => ({ brackets: [{ from: '0', rate }], unit: 'yuan', period: YEAR, reference: tier1Ref })
const tier2Ref = ref(S.inpatient, {
  quote:
    '超过起付标准至4万元(含4万元)部分,支付比例分别为:一级医院80%、二级医院65%、三级医院55%;超过4万元至年度最高支付限额部分,支付比例分别为:一级医院80%,二、三级医院70%'
})
const tier2Scale = (upTo40k: string, above40k: string): Scale => ({
  brackets: [
    { from: '0', to: '40000', rate: upTo40k },
    { from: '40000', rate: above40k }
  ],
  unit: 'yuan',
  period: YEAR,
  reference: tier2Ref
})

const channels: PaymentChannel[] = [
  {
    id: 'wechatOfficialAccount',
    name: '微信公众号',
    accountName: '山东税务',
    menuPath: ['微信办税', '社保费', '居民医疗/居民养老/社保费补缴申报'],
    steps: [
      t('在微信中关注“山东税务”公众号', ref(S.channels, { quote: '关注“山东税务”微信公众号' })),
      t(
        '依次选择“微信办税—社保费—居民医疗/居民养老/社保费补缴申报”',
        ref(S.channels, { quote: '选择“微信办税—社保费—居民医疗/居民养老/社保费补缴申报”' })
      ),
      t('在线缴费', ref(S.channels, { quote: '在线缴费即可' }))
    ],
    reference: ref(S.channels, { quote: '(一)微信缴费' })
  },
  {
    id: 'wechatMiniProgram',
    name: '微信小程序',
    accountName: '山东税务社保费缴纳',
    steps: [
      t('扫描二维码，或在微信中搜索“山东税务社保费缴纳”', ref(S.channels, { quote: '通过扫描“二维码”或微信搜索“山东税务社保费缴纳”' })),
      t('进入小程序缴费', ref(S.channels, { quote: '进入小程序进行缴费' }))
    ],
    reference: ref(S.channels, { quote: '2.微信小程序' })
  },
  {
    id: 'alipay',
    name: '支付宝',
    menuPath: ['城市服务', '政务', '社保费缴纳'],
    steps: [
      t('登录支付宝，选择“城市服务—政务—社保费缴纳”', ref(S.channels, { quote: '登陆支付宝,选择“城市服务—政务—社保费缴纳”' })),
      t('确认授权', ref(S.channels, { quote: '确认授权后' })),
      t('选择“居民医疗/居民养老/社保费补缴申报”缴费', ref(S.channels, { quote: '选择“居民医疗/居民养老/社保费补缴申报”缴费' }))
    ],
    reference: ref(S.channels, { quote: '(二)支付宝缴费' })
  },
  {
    id: 'terminal',
    name: '自助终端机',
    locations: ['乡镇街道保障所', '部分村居委会', '税务大厅', '社保大厅', '银行', '医院', '药店'],
    whatToBring: ['身份证件', '社保卡', '银行卡'],
    steps: [
      t(
        '到就近的自助终端机（乡镇街道保障所、部分村居委会、税务大厅、社保大厅、银行、医院、药店等）',
        ref(S.channels, {
          quote: '在乡镇街道保障所、部分村居委会、税务大厅、社保大厅、银行、医院、药店等地点摆放自助终端机'
        })
      ),
      t('持身份证件、社保卡、银行卡等缴费', ref(S.channels, { quote: '参保人员可持身份证件、社保卡、银行卡等就近缴费' }))
    ],
    reference: ref(S.channels, { quote: '(三)自助终端机缴费' })
  },
  {
    id: 'nongjintong',
    name: '“农金通”',
    steps: unpublished('原文只列出“农金通”缴费这一渠道，未给出具体办理方式'),
    reference: ref(S.channels, { quote: '(四)“农金通”缴费' })
  }
]

const emergencyClaimMaterials: PolicyText[] = ['身份证件', '银行卡', '住院费用发票', '费用汇总清单', '出院小结', '急诊病历或证明'].map(
  (item) => t(item, ref(S.qEmergency, { quote: '持身份证件、银行卡、住院费用发票、费用汇总清单、出院小结及急诊病历或证明' }))
)

const selfShareRef = ref(S.qRatio, { quote: '出院联网结算时,需先由个人负担10%,剩余部分按就医医院的起付标准和支付比例支付' })
const selfShareText = t('出院联网结算时先由个人负担10%，剩余部分按就医医院的起付标准和支付比例支付', selfShareRef)

const residenceFiling: RemoteCareGuide['filing'] = {
  whoFiles: t(
    '参保人本人到医保关系所在地医疗保险经办机构办理',
    ref(S.qResidence, {
      quote: '到医保关系所在地医疗保险经办机构办理'
    })
  ),
  where: t('医保关系所在地医疗保险经办机构', ref(S.qResidence, { quote: '医保关系所在地医疗保险经办机构' })),
  steps: [
    t('带齐材料，填写《威海市基本医疗保险异地居住备案表》', ref(S.qResidence, { quote: '填写《威海市基本医疗保险异地居住备案表》' })),
    t('到医保关系所在地医疗保险经办机构办理备案', ref(S.qResidence, { quote: '到医保关系所在地医疗保险经办机构办理' })),
    t('备案后在居住地住院，出院时在就诊医院即时结算', ref(S.qResidence, { quote: '出院时医疗费用在就诊医院即时结算' }))
  ],
  materials: [
    t('本人身份证件', ref(S.qResidence, { quote: '只需携带本人身份证件' })),
    t('社保卡', ref(S.qResidence, { quote: '本人身份证件、社保卡' })),
    t(
      '居住证（或已在当地公安部门申请办理居住证的有效证明），或居住地户口本',
      ref(S.qResidence, {
        quote: '居住证(已在当地公安部门申请办理居住证的有效证明)或居住地户口本'
      })
    ),
    t('《威海市基本医疗保险异地居住备案表》', ref(S.qResidence, { quote: '《威海市基本医疗保险异地居住备案表》' }))
  ]
}

const residenceSettlement: RemoteCareGuide['settlement'] = {
  networked: t(
    '备案后在居住地发生的合规医疗费用纳入医保报销，出院时在就诊医院即时结算',
    ref(S.qResidence, {
      quote: '备案后在居住地发生的合规医疗费用,可纳入医保报销,出院时医疗费用在就诊医院即时结算'
    })
  ),
  claimMaterials: unpublished('原文只说明在就诊医院即时结算，未说明回参保地报销所需材料'),
  reimbursement: t('异地居住人员不用个人先负担10%', ref(S.qRatio, { quote: '异地居住人员则不用个人先负担10%' }))
}

export const weihai2020: PolicyPack = {
  region: 'weihai',
  regionName: '威海市',
  regionCode: 'wh',
  year: 2020,
  documents: [DOC],
  hotlines: [],

  residentContribution: {
    rates: {
      adultTier1: param('450', 'yuan', ref(S.rates, { quote: '威海市成年居民一档缴费标准为每人每年450元' }), '成年居民一档，每人每年'),
      adultTier2: param('650', 'yuan', ref(S.rates, { quote: '二档缴费标准为每人每年650元' }), '成年居民二档，每人每年'),
      minor: param('200', 'yuan', ref(S.rates, { quote: '未成年居民和高校学生缴费标准为每人每年200元' }), '未成年居民，每人每年'),
      student: param('200', 'yuan', ref(S.rates, { quote: '未成年居民和高校学生缴费标准为每人每年200元' }), '高校学生，每人每年')
    },
    collectionPeriod: param(
      { start: '2020-01-01', end: '2020-04-30' },
      'period',
      ref(S.period, { quote: '2020年1月1日至4月30日为2020年度的集中缴费期' }),
      '2020年度集中缴费期（含首尾两日）'
    ),
    channels,
    povertySubsidy: {
      year: 2019,
      adult: param('450', 'yuan', ref(S.coverage, { quote: '2019年度贫困人口成年按450元进行补贴' }), '2019年度贫困人口成年人参保补贴', {
        start: '2019-01-01',
        end: '2019-12-31'
      }),
      student: param('200', 'yuan', ref(S.coverage, { quote: '学生按200元进行补贴' }), '2019年度贫困人口学生参保补贴', {
        start: '2019-01-01',
        end: '2019-12-31'
      }),
      note: '原文公布的是2019年度的补贴标准，2020年度补贴标准文件未公布'
    },
    midYearAdditions: [
      t('年中新增的贫困人口：已缴费的按规定标准返还本人', ref(S.coverage, { quote: '年中新增人员,已缴费的按规定标准返还本人' })),
      t('年中新增的贫困人口：未缴费的从财政预拨资金解决', ref(S.coverage, { quote: '未缴费的从财政预拨资金予以解决' }))
    ],
    notes: [t('城乡居民基本医疗保险按年度征缴', ref(S.period, { quote: '城乡居民基本医疗保险按年度征缴' }))]
  },

  inpatient: {
    deductible: unpublished('文登区报道未公布住院起付标准，请填写您就诊医院的起付标准', '住院起付标准'),
    ratio: unpublished('支付比例按缴费档次和医院级别分档公布，见各档'),
    tiers: {
      1: {
        scaleByLevel: { 1: tier1Scale('0.8'), 2: tier1Scale('0.6'), 3: tier1Scale('0.5') },
        annualCap: param(
          '200000',
          'yuan',
          ref(S.inpatient, { quote: '参保居民按照一档缴费的,年度最高支付限额为20万元' }),
          '一档年度最高支付限额'
        )
      },
      2: {
        scaleByLevel: { 1: tier2Scale('0.8', '0.8'), 2: tier2Scale('0.65', '0.7'), 3: tier2Scale('0.55', '0.7') },
        annualCap: param(
          '300000',
          'yuan',
          ref(S.inpatient, { quote: '参保居民按照二档缴费的,年度最高支付限额为30万元' }),
          '二档年度最高支付限额'
        )
      }
    },
    // The 10% self-share is for stays outside Weihai; a referral between hospitals inside Weihai is a local stay.
    settingLabels: { referral: '异地转诊转院（威海市外）', emergency: '异地急诊（威海市外）' },
    settings: {
      local: { kind: 'standard' },
      referral: { kind: 'selfShareFirst', share: param('0.1', 'rate', selfShareRef, '转诊转院：个人先负担的比例') },
      emergency: { kind: 'selfShareFirst', share: param('0.1', 'rate', selfShareRef, '异地急诊：个人先负担的比例') },
      longTermResidence: {
        kind: 'standard',
        reference: ref(S.qRatio, { quote: '异地居住人员则不用个人先负担10%' })
      },
      unreferred: {
        kind: 'notInSources',
        reason: '威海文件未说明未经转诊、未备案在异地住院如何报销（急诊问答称未经批准和备案的费用无法报销）'
      }
    },
    access: []
  },

  criticalIllness: {
    base: {
      deductible: unpublished('文登区报道未公布普通居民大病保险起付标准'),
      scale: unpublished('文登区报道未公布普通居民大病保险分段比例'),
      annualCap: unpublished('文登区报道未公布普通居民大病保险最高支付限额'),
      appliesTo: '普通参保居民'
    },
    povertyTilt: {
      deductible: param(
        '5000',
        'yuan',
        ref(S.critical, { quote: '贫困人口进一步提高居民大病保险倾斜性政策,起付标准为5000元' }),
        '贫困人口大病保险起付标准'
      ),
      scale: {
        brackets: [
          { from: '5000', to: '100000', rate: '0.65' },
          { from: '100000', to: '300000', rate: '0.75' },
          { from: '300000', rate: '0.85' }
        ],
        unit: 'yuan',
        period: YEAR,
        reference: ref(S.critical, {
          quote:
            '个人负担的合规医疗费用5000元以上(含),10万元以下的部分给予65%补偿,10万元以上(含)、30万元以下的部分给予75%补偿,30万元(含)以上的部分给予85%补偿'
        })
      },
      annualCap: { uncapped: true, reference: ref(S.critical, { quote: '起付标准为5000元,取消最高支付限额' }) },
      appliesTo: '建档立卡贫困人口'
    },
    // 第二层 item 1, read as a special-drug rule (POLICY-READING §3, §10) but never shown as a
    // confirmed 2020 Weihai rule: the caveat goes with it wherever it appears.
    specialDrug: {
      deductible: param(
        '0',
        'yuan',
        ref(S.critical, { quote: '建档立卡贫困人口不设起付标准' }),
        '建档立卡贫困人口不设起付标准（原文未写明适用哪类费用）'
      ),
      rate: param('0.6', 'rate', ref(S.critical, { quote: '2019年起付标准以上部分报销比例为60%' }), '原文写明为2019年的报销比例', {
        start: '2019-01-01'
      }),
      annualCap: param(
        '200000',
        'yuan',
        ref(S.critical, { quote: '每年最高支付限额20万元' }),
        '每年最高支付限额（原文未写明适用哪类费用）'
      ),
      caveat: SPECIAL_DRUG_CAVEAT
    },
    funding: unpublished('文登区报道未说明大病保险筹资标准'),
    notes: []
  },

  chain: {
    hospitalWaiver: {
      eligibility: 'povertyHousehold',
      rate: param(
        '0.1',
        'rate',
        ref(S.waiver, { quote: '个人负担的合规医疗费用以外的住院费用,按10%的比例给予减免' }),
        '合规费用以外住院费用的减免比例'
      ),
      maxPerPerson: param('200', 'yuan', ref(S.waiver, { quote: '每人最多200元' }), '医疗机构减免每人最多'),
      notes: [
        t('因病入院免收住院押金', ref(S.waiver, { quote: '免收住院押金' })),
        t('实行“先诊疗后付费”', ref(S.waiver, { quote: '实行“先诊疗后付费”' }))
      ]
    },
    assistance: {
      povertyNotKey: {
        eligibility: 'povertyNotKey',
        deductible: param(
          '20000',
          'yuan',
          ref(S.assistance, { quote: '个人负担2万元以上合规部分' }),
          '一站式救助：个人负担合规费用2万元以上部分'
        ),
        rate: param('0.7', 'rate', ref(S.assistance, { quote: '个人负担2万元以上合规部分,按70%比例给予救助' }), '一站式救助比例'),
        annualCap: param('50000', 'yuan', ref(S.assistance, { quote: '年度内累计限额5万元' }), '一站式救助年度累计限额')
      },
      key: unpublished('文登区报道只给出“未纳入重点救助对象”的贫困人口的救助办法，重点救助对象的标准未公布'),
      lowIncome: unpublished('文登区报道未公布低收入救助对象（非贫困人口）的医疗救助标准')
    },
    commercial: {
      eligibility: 'povertyHousehold',
      heldShare: param(
        '0.098',
        'rate',
        ref(S.commercial, { quote: '确保个人累计负担合规住院医疗费用的9.8%' }),
        '个人累计负担合规住院费用的比例'
      ),
      annualCap: param('600000', 'yuan', ref(S.commercial, { quote: '个人年度封顶线为60万元' }), '医疗商业补充保险个人年度封顶线'),
      notes: [
        t(
          '不设起付线，经前四层保障补偿后再给予补偿',
          ref(S.commercial, { quote: '不设起付线,经前四层保障补偿后,医疗商业补充保险再给予补偿' })
        )
      ]
    },
    reassistance: {
      eligibility: 'povertyHousehold',
      threshold: param(
        '5000',
        'yuan',
        ref(S.reassistance, { quote: '剩余个人承担的部分,超过5000元以上的部分按照70%的比例给予再救助' }),
        '再救助：剩余个人负担超过此数的部分'
      ),
      rate: param('0.7', 'rate', ref(S.reassistance, { quote: '超过5000元以上的部分按照70%的比例给予再救助' }), '再救助比例'),
      annualCap: param('20000', 'yuan', ref(S.reassistance, { quote: '年度累计救助限额不超过2万元' }), '再救助年度累计限额')
    },
    notes: [
      t(
        '纳入医保门诊慢性病管理的贫困人口，门诊个人自付2万元（含）以内的按70%救助',
        ref(S.assistance, {
          quote: '贫困人口纳入医保门诊慢性病管理的给予门诊救助,个人自付2万元(含)以内的,按70%比例予以救助'
        })
      )
    ]
  },

  outpatient: {
    general: unpublished('文登区报道未涉及普通门诊统筹待遇'),
    chronic: {
      diseaseCounts: [
        { label: '门诊慢性病病种（合计）', count: param(84, 'count', ref(S.chronic, { quote: '目前享受门诊慢性病报销的病种有84个' })) },
        { label: '普通门诊慢性病', count: param(66, 'count', ref(S.chronic, { quote: '包括66种普通门诊慢性病' })) },
        { label: '特定门诊慢性病', count: param(18, 'count', ref(S.chronic, { quote: '18种特定门诊慢性病' })) }
      ],
      ordinary: {
        deductible: unpublished('文登区报道未公布普通门诊慢性病起付标准'),
        rate: param('0.6', 'rate', ref(S.chronic, { quote: '起付标准以上费用的报销比例为60%' }), '普通门诊慢性病报销比例'),
        annualCapByTier: {
          1: param('500', 'yuan', ref(S.chronic, { quote: '一档缴费最多每人每年报销500元' }), '一档每人每年最多报销'),
          2: param('1000', 'yuan', ref(S.chronic, { quote: '二档缴费每人每年最多报销1000元' }), '二档每人每年最多报销')
        }
      },
      special: {
        deductible: param('300', 'yuan', ref(S.chronic, { quote: '起付标准是每人每年300元' }), '特殊门诊慢性病起付标准'),
        mergedWithInpatient: t(
          '超过300元的，门诊费用与住院费用合并计算，按住院费用的报销比例报销',
          ref(S.chronic, {
            quote: '超过300元的,门诊费用与住院费用合并计算,报销比例按住院费用的报销比例'
          })
        ),
        fixedRate: {
          diseases: t(
            '慢性肾功能衰竭、门诊透析、器官移植术后抗排异治疗实行定额结算',
            ref(S.chronic, {
              quote: '其中慢性肾功能衰竭、门诊透析以及器官移植手术后的抗排异治疗实行定额结算'
            })
          ),
          fundShare: param('0.8', 'rate', ref(S.chronic, { quote: '报销80%,个人自负20%' }), '定额结算病种报销比例'),
          selfShare: param('0.2', 'rate', ref(S.chronic, { quote: '报销80%,个人自负20%' }), '定额结算病种个人自负比例')
        }
      },
      assistanceRules: [
        {
          id: 'povertyChronic',
          eligibility: 'povertyHousehold',
          appliesTo: '纳入医保门诊慢性病管理的贫困人口的门诊个人自付费用',
          rate: param('0.7', 'rate', ref(S.assistance, { quote: '个人自付2万元(含)以内的,按70%比例予以救助' }), '门诊慢性病救助比例'),
          countedUpTo: param(
            '20000',
            'yuan',
            ref(S.assistance, { quote: '个人自付2万元(含)以内的,按70%比例予以救助' }),
            '门诊救助计入的个人自付上限（含）'
          )
        }
      ],
      assistance: [
        t(
          '贫困人口纳入门诊慢性病管理的，个人自付2万元（含）以内按70%给予门诊救助',
          ref(S.assistance, {
            quote: '个人自付2万元(含)以内的,按70%比例予以救助'
          })
        )
      ],
      notes: [
        t(
          '普通门诊慢性病如高血压、类风湿、糖尿病非胰岛素治疗、冠心病等',
          ref(S.chronic, {
            quote: '高血压、类风湿、糖尿病非胰岛素治疗、冠心病等'
          })
        ),
        t(
          '特定门诊慢性病如恶性肿瘤门诊放化疗、肾透析、糖尿病胰岛素治疗等',
          ref(S.chronic, {
            quote: '恶性肿瘤门诊放化疗、肾透析、糖尿病胰岛素治疗等'
          })
        )
      ]
    }
  },

  residentDelivery: unpublished('文登区报道未涉及居民住院分娩的结算标准'),

  maternity: {
    days: {
      normal: param(98, 'days', ref(S.qMaternity, { quote: '女职工生育享受98天产假' }), '产假'),
      caesareanExtra: unpublished('文登区问答只写了“难产的增加15天”，未单列剖宫产'),
      difficultExtra: param(15, 'days', ref(S.qMaternity, { quote: '难产的,增加产假15天' }), '难产增加'),
      perExtraBaby: param(15, 'days', ref(S.qMaternity, { quote: '生育多胞胎的,每多生育一个婴儿,增加产假15天' }), '多胞胎每多一个婴儿增加'),
      infantDiedWithin72h: unpublished('文登区问答未涉及婴儿72小时内死亡的情形'),
      miscarriage: {
        thresholdMonths: param(4, 'months', ref(S.qMaternity, { quote: '怀孕未满4个月流产的产假15天,怀孕满4个月流产的产假42天' })),
        atThreshold: 'long',
        shortDays: param(15, 'days', ref(S.qMaternity, { quote: '怀孕未满4个月流产的产假15天' }), '怀孕未满4个月流产'),
        longDays: param(42, 'days', ref(S.qMaternity, { quote: '怀孕满4个月流产的产假42天' }), '怀孕满4个月流产')
      }
    },
    allowance: {
      divisor: unpublished('文登区问答未给出日工资的折算方法'),
      wageBasis: t(
        '已参加生育保险的，按用人单位上年度职工月平均工资由生育保险基金支付',
        ref(S.qMaternity, {
          quote: '对已经参加生育保险的,按照用人单位上年度职工月平均工资的标准由生育保险基金支付'
        })
      ),
      uninsured: t(
        '未参加生育保险的，按女职工产假前工资的标准由用人单位支付',
        ref(S.qMaternity, {
          quote: '对未参加生育保险的,按照女职工产假前工资的标准由用人单位支付'
        })
      ),
      notes: [
        t(
          '未参加生育保险的，按产假前工资由用人单位支付',
          ref(S.qMaternity, {
            quote: '对未参加生育保险的,按照女职工产假前工资的标准由用人单位支付'
          })
        ),
        t(
          '同一答复中又称生育津贴按上年度所在企业所有职工平均缴费基数计算',
          ref(S.qMaternity, {
            quote: '生育津贴按照上年度所在企业所有职工平均缴费基数计算'
          })
        )
      ]
    },
    medical: unpublished('文登区报道未涉及生育医疗费标准'),
    conditions: unpublished('文登区报道未列出享受生育保险待遇的条件')
  },

  employee: unpublished('文登区报道未涉及职工医保缴费和个人账户政策'),

  remoteCare: {
    referral: {
      situation: 'referral',
      status: 'published',
      title: '异地转诊转院（威海市外）',
      appliesTo: t(
        '在本地治疗效果不明显或病情危重，需要转到威海市外治疗',
        ref(S.qKinds, {
          quote: '第一种是在本地治疗效果不明显或病情危重需要转外治疗的,这种情况比较多,我们称之为转院就医'
        })
      ),
      filing: {
        whoFiles: unpublished('文登区问答未说明转院手续由谁办理'),
        steps: [],
        materials: unpublished('文登区问答未列出转院备案材料')
      },
      settlement: {
        networked: selfShareText,
        claimMaterials: unpublished('文登区问答未列出转院费用的报销材料'),
        reimbursement: selfShareText
      },
      notes: [
        t(
          '在威海市内医院之间转诊转院的，不属于异地就医，按本地住院报销，不先由个人负担10%：这10%只适用于在异地定点医院就医',
          ref(S.qRatio, {
            quote: '参保人员因急、危症及转诊转院在异地定点医院就医发生的住院医疗费用'
          })
        ),
        t(
          '威海市中心医院的驻医院医保工作站可办理转诊转院等17项业务',
          ref(S.station, {
            quote: '将转诊转院等17项业务前置到医保工作站'
          })
        )
      ]
    },
    emergency: {
      situation: 'emergency',
      status: 'published',
      title: '异地急诊住院',
      appliesTo: t(
        '因急、危症或意外伤害，在威海市外的定点医疗机构住院治疗',
        ref(S.qEmergency, {
          quote: '因急、危症或意外伤害在威海市外定点医疗机构住院治疗的'
        })
      ),
      filing: {
        whoFiles: t('通过电话、电子邮件等形式向医保经办机构备案', WORKING_DAYS),
        how: t(
          '通过电话、电子邮件等形式向医保经办机构备案，并提供诊断证明',
          ref(S.qEmergency, {
            quote: '通过电话、电子邮件等形式向医保经办机构备案,提供诊断证明'
          })
        ),
        ifNotFiled: t('未经批准和备案，发生的医疗费用无法报销', ref(S.qEmergency, { quote: '未经批准和备案,发生的医疗费用无法报销' })),
        deadline: {
          kind: 'workingDaysAfterAdmission',
          days: param(3, 'days', WORKING_DAYS, '自住院之日起的工作日数'),
          text: t('原则上自住院之日起3个工作日内备案', WORKING_DAYS)
        },
        steps: [
          t('自住院之日起原则上3个工作日内，通过电话、电子邮件等形式向医保经办机构备案', WORKING_DAYS),
          t(
            '提供诊断证明；经审核确认符合急诊和联网结算条件的，经办机构可为其办理联网结算手续',
            ref(S.qEmergency, {
              quote: '提供诊断证明且经审核确认符合急诊和联网结算条件的,经办机构可为其办理联网结算手续'
            })
          )
        ],
        materials: [t('诊断证明', ref(S.qEmergency, { quote: '提供诊断证明' }))]
      },
      settlement: {
        networked: selfShareText,
        notNetworked: t(
          '不能联网结算的，出院后先由个人结算，再到参保地经办机构办理审核报销',
          ref(S.qEmergency, {
            quote: '不能联网结算的医疗费用,出院后先由个人结算'
          })
        ),
        claimMaterials: emergencyClaimMaterials,
        reimbursement: selfShareText
      },
      // What happens without filing is the card's third answer at its top (filing.ifNotFiled).
      notes: []
    },
    longTermResidence: {
      situation: 'longTermResidence',
      status: 'published',
      title: '长期异地居住',
      appliesTo: t(
        '老人随子女在外地居住或帮助子女照看孩子，以及常驻异地的工作人员等',
        ref(S.qKinds, {
          quote: '老人随子女在外地居住或帮助子女照看孩子,以及常驻异地的工作人员等'
        })
      ),
      filing: residenceFiling,
      settlement: residenceSettlement,
      notes: []
    },
    postedWorker: {
      situation: 'postedWorker',
      status: 'published',
      title: '常驻异地工作人员',
      appliesTo: t(
        '常驻异地的工作人员按长期异地居住办理',
        ref(S.qKinds, {
          quote: '以及常驻异地的工作人员等,办理相关手续后可在当地随时住院治疗的,我们称之为长期异地居住'
        })
      ),
      sameAs: 'longTermResidence',
      filing: residenceFiling,
      settlement: residenceSettlement,
      notes: []
    },
    migrantWorker: {
      situation: 'migrantWorker',
      status: 'notInSources',
      title: '外出务工、创业人员',
      reason: '文登区医保问答未单独说明外出务工、创业人员的异地就医办法'
    },
    unfiled: {
      situation: 'unfiled',
      status: 'published',
      title: '未备案异地就医',
      appliesTo: t(
        '已在威海市外住院、还没有办手续的：是因急、危症或意外伤害住院的，按异地急诊住院在期限内备案',
        ref(S.qEmergency, {
          quote: '因急、危症或意外伤害在威海市外定点医疗机构住院治疗的,应自住院之日起原则上3个工作日内'
        })
      ),
      settlement: {
        claimMaterials: unpublished(
          '文登区问答只列出了急诊住院的报销材料（见“异地急诊住院”），未说明不是急诊、自行到威海市外住院的报销材料'
        ),
        reimbursement: unpublished('文登区问答没有说明不是急诊、未经转诊自行到威海市外住院的费用如何报销')
      },
      notes: [t('急诊住院未经批准和备案的，发生的医疗费用无法报销', ref(S.qEmergency, { quote: '未经批准和备案,发生的医疗费用无法报销' }))]
    }
  },

  oneStopService: [
    t(
      '威海市中心医院设有威海市首家驻医院医保工作站，转诊转院等17项业务可在工作站办理',
      ref(S.station, {
        quote: '在威海市中心医院成立了威海市首家驻医院医保工作站,将转诊转院等17项业务前置到医保工作站'
      })
    ),
    t(
      '贫困人口“六重保障”待遇实现一站式服务、一窗口办理、一单式结算',
      ref(S.station, {
        quote: '“六重保障”待遇实现“一站式服务、一窗口办理、一单式结算”'
      })
    ),
    t(
      '工作人员定期到住院贫困人口床前宣传政策、追踪待遇落实',
      ref(S.station, {
        quote: '定期到正在就医的贫困人口病床前宣传政策'
      })
    )
  ],
  covid: [],
  readings: {
    'weihai.waiverPeriod': {
      id: 'weihai.waiverPeriod',
      question: '医院减免的“每人最多200元”，是一年最多200元，还是每次住院最多200元？',
      options: [
        { label: '每年最多200元', reference: ref(S.waiver, { quote: '按10%的比例给予减免,每人最多200元' }) },
        { label: '每次住院最多200元', reference: ref(S.waiver, { quote: '按10%的比例给予减免,每人最多200元' }) }
      ]
    },
    'weihai.criticalPeriod': {
      id: 'weihai.criticalPeriod',
      question: '大病保险的“5000元以上”，是按全年累计的个人负担算，还是每次住院分别算？',
      options: [
        {
          label: '按全年累计计算',
          reference: ref(S.critical, { quote: '个人负担的合规医疗费用5000元以上(含),10万元以下的部分给予65%补偿' })
        },
        {
          label: '按每次住院分别计算',
          reference: ref(S.critical, { quote: '个人负担的合规医疗费用5000元以上(含),10万元以下的部分给予65%补偿' })
        }
      ]
    },
    'weihai.assistancePeriod': {
      id: 'weihai.assistancePeriod',
      question: '救助的“2万元以上”是按全年累计算，还是每次住院分别算？',
      options: [
        { label: '按全年累计计算', reference: ref(S.assistance, { quote: '个人负担2万元以上合规部分,按70%比例给予救助' }) },
        { label: '按每次住院分别计算', reference: ref(S.assistance, { quote: '个人负担2万元以上合规部分,按70%比例给予救助' }) }
      ]
    },
    'weihai.tier2Band': {
      id: 'weihai.tier2Band',
      question: '二档住院报销的“4万元”分段，是每次住院分别算，还是全年住院费用累计算？',
      options: [
        { label: '按每次住院分别计算', reference: ref(S.inpatient, { quote: '住院医疗费用超过起付标准至4万元(含4万元)部分' }) },
        { label: '按全年累计计算', reference: ref(S.inpatient, { quote: '住院医疗费用超过起付标准至4万元(含4万元)部分' }) }
      ]
    },
    'weihai.capMeaning': {
      id: 'weihai.capMeaning',
      question: '二档的“年度最高支付限额30万元”，是医保一年最多付30万元，还是一年的费用超过30万元的部分不再按70%报销？',
      options: [
        { label: '医保每年最多付30万元', reference: ref(S.inpatient, { quote: '参保居民按照二档缴费的,年度最高支付限额为30万元' }) },
        {
          label: '超过30万元的费用不按70%报',
          reference: ref(S.inpatient, { quote: '超过4万元至年度最高支付限额部分,支付比例分别为:一级医院80%,二、三级医院70%' })
        }
      ]
    },
    'weihai.outOfAreaRatio': {
      id: 'weihai.outOfAreaRatio',
      question: '在威海以外住院先自付10%后，剩下的按威海的报销比例算，还是按就医地的标准算？',
      options: [
        { label: '按威海比例、该医院起付线', reference: ref(S.qRatio, { quote: '剩余部分按就医医院的起付标准和支付比例支付' }) },
        { label: '按就医地的标准（文件未公布）', reference: ref(S.qRatio, { quote: '剩余部分按就医医院的起付标准和支付比例支付' }) }
      ]
    },
    'weihai.outpatientInCritical': {
      id: 'weihai.outpatientInCritical',
      question: '特殊门诊慢性病的门诊费用，是否也算进大病保险的个人负担？',
      options: [
        { label: '算进大病保险', reference: ref(S.chronic, { quote: '门诊费用与住院费用合并计算' }) },
        {
          label: '不算进大病保险',
          reference: ref(S.chronic, { quote: '超过300元的,门诊费用与住院费用合并计算,报销比例按住院费用的报销比例' })
        }
      ]
    },
    'weihai.assistanceScope': {
      id: 'weihai.assistanceScope',
      question: '门诊慢性病个人自付超过2万元的部分，算不算进“一站式救助”？',
      options: [
        { label: '算进一站式救助', reference: ref(S.assistance, { quote: '个人负担2万元以上合规部分,按70%比例给予救助' }) },
        { label: '只算住院（超出部分文件未说）', reference: ref(S.assistance, { quote: '个人自付2万元(含)以内的,按70%比例予以救助' }) }
      ]
    },
    'weihai.tenPercentManual': {
      id: 'weihai.tenPercentManual',
      question: '在外地住院不能联网结算、回来手工报销时，是否也要先自付10%？',
      options: [
        { label: '也要先自付10%', reference: ref(S.qRatio, { quote: '出院联网结算时,需先由个人负担10%' }) },
        { label: '文件未说明（金额未知）', reference: ref(S.qRatio, { quote: '出院联网结算时,需先由个人负担10%' }) }
      ]
    },
    'weihai.drugItem': {
      id: 'weihai.drugItem',
      question: '大病保险第1条（不设起付、报销60%、每年最多20万元）是特殊药品的规定，还是已被第2条取代的2019年规定？',
      options: [
        {
          label: '按特殊药品规定报销',
          reference: ref(S.critical, { quote: '建档立卡贫困人口不设起付标准,每年最高支付限额20万元,2019年起付标准以上部分报销比例为60%' })
        },
        {
          label: '2019年规定，已被第2条取代',
          reference: ref(S.critical, {
            quote: '2019年起付标准以上部分报销比例为60%…贫困人口进一步提高居民大病保险倾斜性政策,起付标准为5000元,取消最高支付限额'
          })
        }
      ]
    }
  }
}
