// 潍坊市 2020: everything seed 004 (安丘市医疗保障局“行风在线”, 2020-06-09) says, read as in
// ../shared/POLICY-READING.md §1–§8. Medical assistance (医疗救助) is the 安丘市 local rule.
// Figures the interview does not give are `Unpublished`.
import type { PolicyPack, PolicyText, Reference, RemoteCareGuide } from './types'
import { calendarYear, paramsFor, policyText as t, unpublished } from './types'

const YEAR = calendarYear(2020)
const param = paramsFor(YEAR)

const DOC = 'anqiu-2020-06' as const

const ref = (section: string, q: { quote: string }): Reference => ({ doc: DOC, section, quote: q.quote })

const S = {
  opening: '节目开场',
  covidPatients: '2. 疫情防控期间的工作 · 从患者方面来说',
  covidFirms: '2. 疫情防控期间的工作 · 从对企业方面来说',
  poverty: '3. 医保扶贫工作',
  general: '5. 基本医疗保险报销政策 · 1.普通门诊',
  chronic: '5. 基本医疗保险报销政策 · 2.特殊慢性病门诊',
  inpatient: '5. 基本医疗保险报销政策 · 3.住院治疗',
  delivery: '5. 基本医疗保险报销政策 · 4.住院分娩',
  resettlement: '6. 异地安置登记备案',
  critical: '7. 居民大病保险',
  assistance: '8. 医疗救助',
  employee: '9. 城镇职工医疗保险',
  transfer: '10. 职工医保关系转居民医保',
  minimumYears: '11. 最低缴费年限',
  maternity: '12. 生育保险'
}

const CLAIM_QUOTE = ref(S.inpatient, { quote: '带出院记录（或诊断证明，加盖公章）、费用清单、住院发票、本人身份证等到医保经办机构报销' })
const claimMaterials: PolicyText[] = ['出院记录（或加盖公章的诊断证明）', '费用清单', '住院发票', '本人身份证'].map((item) =>
  t(item, CLAIM_QUOTE)
)
const notNetworked = t(
  '联网不成功的，医疗费用由患者垫付，医疗终结后到医保经办机构报销',
  ref(S.inpatient, {
    quote: '联网不成功的，医疗费用由患者垫付，医疗终结后'
  })
)
// The interview names the transfer reduction only where it exempts COVID-19 patients from it, so
// every quote of that passage starts with who the exemption is for (POLICY-READING §8).
const COVID_WHO = '新冠肺炎确诊、疑似患者'
const referralReduction = ref(S.covidPatients, { quote: '确诊新冠肺炎患者…报销不执行异地转外就医支付比例调减规定' })
const covidFilingWaiver = t(
  `${COVID_WHO}（2020年疫情期间，仅限这两类患者）：在异地就医的，取消异地就医、转诊转院备案手续，报销不执行转外就医比例调减；其他参保人仍须按规定备案`,
  ref(S.covidPatients, {
    quote:
      '确诊新冠肺炎患者…对异地就医患者，取消异地就医、转诊转院备案手续，报销不执行异地转外就医支付比例调减规定；对经定点救治医院确定的疑似患者执行确诊患者医疗保障待遇'
  })
)
const oneYear = t('备案生效后，一年内不得变更', ref(S.resettlement, { quote: '备案生效后，一年内不得变更。' }))
const oneYearLock = param(1, 'years', ref(S.resettlement, { quote: '备案生效后，一年内不得变更。' }), '异地安置备案生效后不得变更的期限')
const resettlementSettlement: RemoteCareGuide['settlement'] = {
  claimMaterials: unpublished('访谈只介绍了异地安置备案材料，未说明备案后的结算和报销材料'),
  reimbursement: unpublished('访谈未说明异地安置人员住院的报销比例')
}
const resettlementWho = t(
  '符合条件的参保人申请异地安置登记备案',
  ref(S.resettlement, {
    quote: '可以申请办理异地安置登记备案手续的有三种情况'
  })
)
const TIER1_REFERRAL = t(
  '一档居民到市内三级医院住院，应经二级医院转诊',
  ref(S.inpatient, {
    quote: '缴纳城乡居民一档医疗保险的，到市内三级医院住院应经二级医院转诊'
  })
)
const DEADLINE_5_DAYS = ref(S.inpatient, { quote: '应在入院5日内（但必须出院前）' })

export const weifang2020: PolicyPack = {
  region: 'weifang',
  regionName: '潍坊市',
  regionCode: 'wf',
  year: 2020,
  documents: [DOC],
  hotlines: [
    {
      name: '安丘市医保中心门诊管理科',
      number: '4253522',
      purpose: '门诊特殊慢性病具体政策咨询',
      reference: ref(S.chronic, { quote: '具体政策可电话咨询市医保中心门诊管理科，电话4253522' })
    }
  ],

  residentContribution: {
    rates: {
      adultTier1: unpublished('安丘访谈未公布潍坊2020年居民医保个人缴费标准'),
      adultTier2: unpublished('安丘访谈未公布潍坊2020年居民医保个人缴费标准'),
      minor: unpublished('安丘访谈未公布潍坊2020年居民医保个人缴费标准'),
      student: unpublished('安丘访谈未公布潍坊2020年居民医保个人缴费标准')
    },
    collectionPeriod: unpublished('安丘访谈未公布潍坊2020年度居民医保集中缴费期'),
    channels: unpublished('安丘访谈未介绍居民医保缴费渠道'),
    povertySubsidy: unpublished('访谈只说为建档立卡贫困人口“按政策资助参保”，未给出补贴金额'),
    midYearAdditions: [
      t('对新增贫困人口及时落实参保缴费和补贴政策', ref(S.poverty, { quote: '对新增贫困人口及时落实参保缴费和补贴政策' }))
    ],
    notes: [
      t(
        '建档立卡贫困人口（享受政策）和即时帮扶人员按政策资助参保',
        ref(S.poverty, {
          quote: '为建档立卡贫困人口（享受政策）12107人和即时帮扶人员101人全部按政策资助参保'
        })
      )
    ]
  },

  inpatient: {
    deductible: unpublished('安丘访谈未公布住院起付标准，请填写结算单或医院告知的起付标准', '住院起付标准'),
    ratio: unpublished('安丘访谈未公布住院支付比例，请填写结算单或医院告知的支付比例', '住院支付比例'),
    tiers: {
      1: {
        scaleByLevel: unpublished('安丘访谈未公布一档居民住院支付比例'),
        annualCap: unpublished('安丘访谈未公布一档居民住院年度最高支付限额')
      },
      2: {
        scaleByLevel: unpublished('安丘访谈未公布二档居民住院支付比例'),
        annualCap: unpublished('安丘访谈未公布二档居民住院年度最高支付限额')
      }
    },
    settings: {
      local: { kind: 'standard' },
      referral: {
        kind: 'unpublishedAdjustment',
        reason:
          '潍坊对异地转外就医有支付比例调减规定（访谈在说明新冠肺炎确诊、疑似患者不执行该规定时提到），但未给出调减幅度：请按结算单或经办机构告知的比例填写',
        reference: referralReduction
      },
      emergency: {
        kind: 'unpublishedAdjustment',
        reason:
          '访谈只说急诊住院备案后办理联网手续、出院时只付个人负担部分，没有给出潍坊市外急诊住院的起付标准和支付比例：请按结算单或经办机构告知的比例填写',
        reference: ref(S.inpatient, { quote: '因出差、探亲、旅游等在潍坊市外的医疗机构突发急诊住院治疗的' })
      },
      longTermResidence: {
        kind: 'unpublishedAdjustment',
        reason: '访谈未说明异地安置人员住院的起付标准和支付比例：请按结算单填写'
      },
      unreferred: {
        kind: 'unpublishedAdjustment',
        reason: '未经转诊到潍坊市外住院按“未经转诊报销比例”报销，该比例访谈未公布',
        reference: ref(S.inpatient, { quote: '按规定的未经转诊报销比例进行报销' })
      }
    },
    access: [
      t('基本医疗保险基金实行潍坊市级统筹', ref(S.inpatient, { quote: '基本医疗保险基金目前实行潍坊市级统筹' })),
      t(
        '职工和二档居民在潍坊市域内任一家联网定点医疗机构住院，出院时只结算个人承担部分',
        ref(S.inpatient, {
          quote:
            '缴纳职工医疗保险和城乡居民二档医疗保险的参保人员，在潍坊市域内任一家联网的定点医疗机构住院治疗，出院时只结算报销后自己承担的医疗费用'
        })
      ),
      TIER1_REFERRAL
    ],
    referralRequired: [{ tier: 1, hospitalLevel: 3, text: TIER1_REFERRAL }]
  },

  criticalIllness: {
    base: {
      deductible: param('12000', 'yuan', ref(S.critical, { quote: '2020年大病保险起付标准为1.2万元' }), '居民大病保险起付标准'),
      scale: {
        brackets: [
          { from: '12000', to: '100000', rate: '0.6' },
          { from: '100000', to: '200000', rate: '0.65' },
          { from: '200000', to: '300000', rate: '0.7' },
          { from: '300000', rate: '0.75' }
        ],
        unit: 'yuan',
        period: YEAR,
        reference: ref(S.critical, {
          quote:
            '个人负担的合规医疗费用1.2万元以上、10万元以下的部分支付比例为60%；10万元以上、20万元以下的部分支付比例为65%补偿；20万元以上、30万元以下的部分支付比例为70%补偿；30万元以上的部分支付比例为75%'
        })
      },
      annualCap: param(
        '400000',
        'yuan',
        ref(S.critical, { quote: '一个医疗年度内，大病保险最高支付限额为40万元' }),
        '居民大病保险年度最高支付限额'
      ),
      appliesTo: '参保居民'
    },
    povertyTilt: {
      deductible: param(
        '5000',
        'yuan',
        ref(S.critical, { quote: '农村建档立卡贫困人口，居民大病保险起付标准为5000元' }),
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
            '个人负担的合规医疗费用5000元以上、10万元以下的部分支付比例为65%补偿；10万元以上、30万元以下的部分支付比例为75%补偿；30万元以上的部分支付比例为85%'
        })
      },
      annualCap: { uncapped: true, reference: ref(S.critical, { quote: '一个医疗年度内，取消大病保险最高支付限额' }) },
      appliesTo: '农村建档立卡贫困人口'
    },
    specialDrug: {
      deductible: param('0', 'yuan', ref(S.poverty, { quote: '贫困人口使用大病保险特药不设起付线' }), '大病保险特药：不设起付线'),
      rate: param('0.6', 'rate', ref(S.poverty, { quote: '贫困人口使用大病保险特药不设起付线，报销比例为60％' }), '大病保险特药报销比例'),
      annualCap: param('200000', 'yuan', ref(S.poverty, { quote: '报销比例为60％，封顶线为20万元' }), '大病保险特药封顶线')
    },
    funding: param(
      '81',
      'yuan',
      ref(S.critical, { quote: '从筹集的居民基本医疗保险基金中按人均81元的标准' }),
      '大病保险人均筹资（从居民医保基金中划出）'
    ),
    notes: [
      t('大病保险从居民医保基金中筹资，参保人不再另行缴费', ref(S.critical, { quote: '参保人不再另行缴费' })),
      t(
        '住院费用经基本医保报销后，累计超过起付标准的部分由大病保险再补偿',
        ref(S.critical, {
          quote: '参保人住院医药费用经基本医疗保险报销后，累计超过居民大病保险起付标准的部分，由居民大病保险再给予补偿'
        })
      ),
      t(
        '贫困人口个人负担的合规医疗费用5000元以下部分不予补偿',
        ref(S.critical, {
          quote: '个人负担的合规医疗费用5000元以下的部分不给予补偿'
        })
      )
    ]
  },

  chain: {
    // Every assistance layer below comes from 安丘市's own 《实施意见》; other counties may differ (POLICY-READING §5).
    countyScope: {
      county: 'anqiu',
      name: '安丘市',
      reference: ref(S.assistance, { quote: '制定了《关于进一步加强医疗救助工作的实施意见》' })
    },
    hospitalWaiver: {
      ...unpublished('安丘市再救助条款提到“医疗机构减免”，但访谈未给出减免标准'),
      eligibility: 'keyGroup'
    },
    assistance: {
      key: {
        eligibility: 'keyGroup',
        deductible: param('0', 'yuan', ref(S.assistance, { quote: '对于重点救助对象不设起付线' }), '安丘市重点救助对象：不设起付线'),
        rate: param(
          '0.4',
          'rate',
          ref(S.assistance, { quote: '对于重点救助对象不设起付线，按照40%的比例给予救助' }),
          '安丘市重点救助对象救助比例'
        ),
        annualCap: unpublished('访谈未公布安丘市重点救助对象住院救助的年度限额')
      },
      lowIncome: {
        eligibility: 'lowIncomeGroup',
        deductible: param(
          '30000',
          'yuan',
          ref(S.assistance, {
            quote: '对于低收入救助对象和因病致贫家庭重病患者救助起付线由5万元降为3万元'
          }),
          '安丘市低收入救助对象、因病致贫家庭重病患者救助起付线'
        ),
        rate: unpublished('访谈未公布安丘市低收入救助对象和因病致贫家庭重病患者的救助比例'),
        annualCap: unpublished('访谈未公布安丘市低收入救助对象的年度救助限额')
      }
    },
    commercial: {
      ...unpublished('安丘市再救助条款提到“医疗商业保险补偿”，但访谈未给出补偿标准'),
      eligibility: 'keyGroup'
    },
    reassistance: {
      eligibility: 'keyGroup',
      threshold: param(
        '5000',
        'yuan',
        ref(S.assistance, {
          quote: '个人负担超过5000元以上的部分，按照70%的比例给予再救助'
        }),
        '安丘市再救助：个人负担超过此数的部分'
      ),
      rate: param('0.7', 'rate', ref(S.assistance, { quote: '按照70%的比例给予再救助' }), '安丘市再救助比例'),
      annualCap: param(
        '20000',
        'yuan',
        ref(S.poverty, {
          quote: '重点救助对象经医疗救助后仍花费较高的每年可享受最高2万元的重大疾病再救助保障待遇'
        }),
        '安丘市重大疾病再救助每年最高'
      )
    },
    notes: [
      t(
        '安丘市：重点救助对象糖尿病、高血压两病门诊用药个人负担部分按20%给予门诊救助',
        ref(S.assistance, {
          quote: '把糖尿病高血压两病门诊用药费用个人负担部分也纳入了门诊救助，按照20%的比例给予救助'
        })
      ),
      t(
        '安丘市：未能“一站式”结算的重点救助对象，带身份证和银行卡复印件、发票原件、医保联网报销结算单办理',
        ref(S.assistance, {
          quote: '只需要携带身份证和银行卡复印件、发票原件、医保联网报销结算单，就可以进行结算'
        })
      ),
      t(
        '安丘市：低收入救助对象、因病致贫家庭重病患者申请医疗救助，最长47个工作日核准发放',
        ref(S.assistance, {
          quote: '到市医疗保险经办机构核准发放救助资金最长47个工作日'
        })
      ),
      t(
        '安丘市：医疗救助“一站式”即时结算医院拓展到市外跨县域医疗机构279家',
        ref(S.assistance, {
          quote: '由原来的市内31家医疗机构拓展为包括市外跨县域医疗机构279家'
        })
      )
    ],
    processingTime: {
      workingDays: param(
        47,
        'workingDays',
        ref(S.assistance, { quote: '到市医疗保险经办机构核准发放救助资金最长47个工作日' }),
        '安丘市医疗救助：从申请到核准发放救助资金最长'
      ),
      appliesTo: 'lowIncomeGroup'
    }
  },

  outpatient: {
    general: {
      rate: param('0.5', 'rate', ref(S.general, { quote: '由门诊统筹基金按50%的比例报销' }), '普通门诊报销比例'),
      annualCap: {
        resident: param('450', 'yuan', ref(S.general, { quote: '最高支付限额居民医保450元' }), '居民医保普通门诊年度最高支付限额'),
        employee: param('500', 'yuan', ref(S.general, { quote: '职工医保500元' }), '职工医保普通门诊年度最高支付限额')
      },
      notes: [
        t('在签约的定点医疗机构就诊', ref(S.general, { quote: '参保人在签约的定点医疗机构发生的符合规定的普通门诊医疗费用' })),
        t('住院期间不享受门诊统筹待遇', ref(S.general, { quote: '参保人员住院期间不享受门诊统筹待遇' }))
      ]
    },
    chronic: {
      diseaseCounts: [
        { label: '城乡居民慢性病病种', count: param(46, 'count', ref(S.chronic, { quote: '一类是城乡居民慢性病，46个病种' })) },
        { label: '职工慢性病病种', count: param(73, 'count', ref(S.chronic, { quote: '第二类是职工慢性病，73个病种' })) }
      ],
      assistanceRules: [
        {
          id: 'keyGroupDrugs',
          eligibility: 'keyGroup',
          appliesTo: '重点救助对象糖尿病、高血压两病门诊用药费用中个人负担的部分',
          rate: param(
            '0.2',
            'rate',
            ref(S.assistance, {
              quote: '把糖尿病高血压两病门诊用药费用个人负担部分也纳入了门诊救助，按照20%的比例给予救助'
            }),
            '两病门诊用药个人负担部分的门诊救助比例'
          ),
          county: 'anqiu'
        }
      ],
      assistance: [
        t('安丘市：重点救助对象糖尿病、高血压门诊用药个人负担部分按20%救助', ref(S.assistance, { quote: '按照20%的比例给予救助' })),
        t(
          '安丘市：门诊慢病医疗费用纳入门诊救助（救助比例访谈未给出）',
          ref(S.assistance, {
            quote: '以前的门诊救助政策只是将门诊慢病医疗费用纳入门诊救助'
          })
        )
      ],
      notes: [
        t(
          '安丘市医保中心每月统一受理慢病待遇申请，审核鉴定后发放慢病证并备案',
          ref(S.chronic, {
            quote: '市医保中心每月对申请办理慢病待遇的参保人员，统一受理进行审核、鉴定'
          })
        ),
        t(
          '办理慢病证后到签约定点医药机构就医，按慢病种类和政策规定报销',
          ref(S.chronic, {
            quote: '办理了慢病证的参保人员，到签约定点医药机构就医，即可享受慢病报销待遇'
          })
        ),
        t(
          '贫困人口办理门诊慢性病证随时申报、即时办结、即时享受待遇',
          ref(S.poverty, {
            quote: '贫困人口办理门诊慢性病证，随时申报、即时办结、即时享受待遇'
          })
        ),
        t(
          '具体政策电话咨询安丘市医保中心门诊管理科 4253522',
          ref(S.chronic, { quote: '具体政策可电话咨询市医保中心门诊管理科，电话4253522' })
        )
      ]
    }
  },

  residentDelivery: {
    quota: param('800', 'yuan', ref(S.delivery, { quote: '医疗费用实行定额结算，定额标准为800元' }), '市内定点医疗机构住院分娩定额'),
    nonDesignatedRate: param('0.7', 'rate', ref(S.delivery, { quote: '按定额标准的70%予以结算（即560元）' }), '非定点医疗机构按定额的比例'),
    nonDesignatedQuota: param('560', 'yuan', ref(S.delivery, { quote: '（即560元）' }), '非定点医疗机构住院分娩结算额'),
    notes: [
      t('符合计划生育政策、在市内定点医疗机构住院分娩', ref(S.delivery, { quote: '参保人员符合计划生育政策分娩在市内定点医疗机构住院' })),
      t('低于定额的按实际发生额结算', ref(S.delivery, { quote: '低于定额的按实际发生额结算' })),
      t(
        '因生育引起疾病的医疗费用按居民基本医疗保险规定办理',
        ref(S.delivery, {
          quote: '参保人员因生育引起疾病的医疗费用，纳入居民基本医疗保险基金支付范围'
        })
      )
    ]
  },

  maternity: {
    days: {
      normal: param(98, 'days', ref(S.maternity, { quote: '正常生育的98天' }), '正常生育'),
      caesareanExtra: param(15, 'days', ref(S.maternity, { quote: '剖宫产的增加15天' }), '剖宫产增加'),
      difficultExtra: unpublished('安丘访谈只列出剖宫产增加15天，未单列难产'),
      perExtraBaby: param(15, 'days', ref(S.maternity, { quote: '生育多胞胎的，每多生育一个婴儿增加15天' }), '多胞胎每多一个婴儿增加'),
      infantDiedWithin72h: param(42, 'days', ref(S.maternity, { quote: '婴儿72小时以内死亡的，享受42天津贴产假' }), '婴儿72小时以内死亡'),
      miscarriage: {
        thresholdMonths: param(4, 'months', ref(S.maternity, { quote: '怀孕4个月以内（含4个月）流产的产假15天' })),
        atThreshold: 'short',
        shortDays: param(15, 'days', ref(S.maternity, { quote: '怀孕4个月以内（含4个月）流产的产假15天' }), '怀孕4个月以内（含4个月）流产'),
        longDays: param(42, 'days', ref(S.maternity, { quote: '怀孕4个月以上流产的产假42天' }), '怀孕4个月以上流产')
      }
    },
    allowance: {
      divisor: param(
        30,
        'days',
        ref(S.maternity, { quote: '按照职工所在用人单位上年度职工月平均工资÷30天×津贴产假天数计发' }),
        '月平均工资折算日工资的天数'
      ),
      wageBasis: t(
        '按职工所在用人单位上年度职工月平均工资计发',
        ref(S.maternity, {
          quote: '按照职工所在用人单位上年度职工月平均工资÷30天×津贴产假天数计发'
        })
      ),
      notes: [t('生育津贴和工资不重复享受', ref(S.maternity, { quote: '生育津贴和工资不重复享受' }))]
    },
    medical: {
      prenatal: param('800', 'yuan', ref(S.maternity, { quote: '产前检查费：定额800元' }), '产前检查费定额'),
      delivery: param('2200', 'yuan', ref(S.maternity, { quote: '生育医疗费：限额2200元' }), '生育医疗费限额'),
      perExtraBaby: param('500', 'yuan', ref(S.maternity, { quote: '每多生育一个婴儿增加500元' }), '多胞胎每多一个婴儿增加'),
      miscarriageShort: param('400', 'yuan', ref(S.maternity, { quote: '怀孕未满4个月流产的，限额400元' }), '怀孕未满4个月流产医疗费限额'),
      miscarriageLong: param('800', 'yuan', ref(S.maternity, { quote: '怀孕满4个月流产的，限额800元' }), '怀孕满4个月流产医疗费限额'),
      familyPlanning: param('200', 'yuan', ref(S.maternity, { quote: '计划生育手术医疗费：限额200元' }), '计划生育手术医疗费限额'),
      unemployedSpouseShare: param(
        '0.5',
        'rate',
        ref(S.maternity, {
          quote: '按照我市规定的职工生育医疗费标准的50%享受生育补助金'
        }),
        '男职工未就业配偶按职工标准的比例'
      ),
      notes: [
        t(
          '生育保险自2020年1月1日起与职工基本医疗保险合并实施',
          ref(S.maternity, {
            quote: '生育保险自2020年1月1日起和职工基本医疗保险合并实施'
          })
        ),
        t(
          '女职工因生育引起疾病的住院医疗费用，按基本医疗保险有关规定执行',
          ref(S.maternity, {
            quote: '女职工因生育引起疾病的住院医疗费用，按照基本医疗保险有关规定执行'
          })
        )
      ]
    },
    conditions: [
      t('符合国家计划生育政策', ref(S.maternity, { quote: '（1）符合国家计划生育政策' })),
      t('参加两险合并实施后的职工基本医疗保险', ref(S.maternity, { quote: '参加两险合并实施后的职工基本医疗保险' })),
      t(
        '生育医疗费待遇执行职工医保免责期、欠费期有关规定',
        ref(S.maternity, {
          quote: '生育医疗费待遇执行我市职工基本医疗保险免责期、欠费期有关规定'
        })
      ),
      t(
        '生育时连续足额缴费不满1年的，待单位连续足额缴费满1年后由单位申请补发生育津贴',
        ref(S.maternity, {
          quote: '生育时连续足额缴费不满1年的，待用人单位连续为其足额缴纳医疗保险费用满1年后，由用人单位提出申请补发生育津贴'
        })
      ),
      t(
        '申请男职工配偶无工作生育补助金的，配偶生育时无工作单位',
        ref(S.maternity, {
          quote: '男职工配偶生育时无工作单位'
        })
      )
    ]
  },

  employee: {
    totalRate: param('0.1', 'rate', ref(S.employee, { quote: '基金筹集比例是缴费基数的10%' }), '职工医保筹集比例（占缴费基数）'),
    employerRate: param('0.08', 'rate', ref(S.employee, { quote: '其中用人单位缴纳8%' }), '用人单位缴费比例'),
    individualRate: param('0.02', 'rate', ref(S.employee, { quote: '个人缴纳2%' }), '个人缴费比例'),
    relief: [
      {
        employerType: 'enterprise',
        from: '2020-03',
        to: '2020-07',
        points: param('0.025', 'rate', ref(S.covidFirms, { quote: '2020年3月至7月降低2.5个百分点' }), '企业等单位费率阶段性降低', {
          start: '2020-03-01',
          end: '2020-07-31'
        })
      },
      {
        employerType: 'enterprise',
        from: '2020-08',
        to: '2020-12',
        points: param('0.01', 'rate', ref(S.covidFirms, { quote: '8月至12月降低1个百分点' }), '企业等单位费率阶段性降低', {
          start: '2020-08-01',
          end: '2020-12-31'
        })
      },
      {
        employerType: 'institution',
        from: '2020-03',
        to: '2020-12',
        points: param('0.01', 'rate', ref(S.covidFirms, { quote: '2020年3月至12月降低1个百分点' }), '机关事业单位等费率阶段性降低', {
          start: '2020-03-01',
          end: '2020-12-31'
        })
      }
    ],
    reliefAppliesTo: {
      enterprise: t(
        '企业和个体工商户、灵活就业人员、领取失业保险金期间的失业人员',
        ref(S.covidFirms, {
          quote: '企业和个体工商户、灵活就业人员、领取失业保险金期间的失业人员'
        })
      ),
      institution: t('机关事业单位、社会团体等组织', ref(S.covidFirms, { quote: '机关事业单位、社会团体等组织' }))
    },
    personalAccount: {
      inService: {
        ageThreshold: param(
          45,
          'age',
          ref(S.employee, { quote: '45岁以下的划入2.9%、45岁以上的划入3.9%' }),
          '“45岁以下”“45岁以上”都包含45岁：未满45岁2.9%，超过45岁3.9%，正好45岁两种读法都列出'
        ),
        below: param(
          '0.029',
          'rate',
          ref(S.employee, { quote: '在职人员以缴费基数为划入基数，45岁以下的划入2.9%' }),
          '在职人员45岁以下划入比例'
        ),
        fromThreshold: param('0.039', 'rate', ref(S.employee, { quote: '45岁以上的划入3.9%' }), '在职人员45岁以上划入比例')
      },
      retiree: {
        ageThreshold: param(
          70,
          'age',
          ref(S.employee, { quote: '不满70周岁的按4.9%划入、70周岁及以上的按5.9%划入' }),
          '不满70周岁/70周岁及以上'
        ),
        below: param(
          '0.049',
          'rate',
          ref(S.employee, { quote: '退休人员，以本人退休金为划入基数，不满70周岁的按4.9%划入' }),
          '退休人员不满70周岁划入比例'
        ),
        fromThreshold: param('0.059', 'rate', ref(S.employee, { quote: '70周岁及以上的按5.9%划入' }), '退休人员70周岁及以上划入比例')
      }
    },
    deferral: {
      maxMonths: param(6, 'months', ref(S.covidFirms, { quote: '缓缴期最长…6个月' }), '缓缴期最长'),
      notes: [
        t(
          '受疫情影响、暂时生产经营困难、确实无力足额缴费的中小企业，可申请缓缴职工医疗、生育保险费',
          ref(S.covidFirms, {
            quote: '确实无力足额缴纳职工医疗、生育保险费的中小企业，可申请缓缴职工医疗、生育保险费'
          })
        ),
        t(
          '缓缴期间免收滞纳金，职工按规定享受医疗、生育保险待遇',
          ref(S.covidFirms, {
            quote: '缓缴期间，免收滞纳金，职工可按规定依法享受医疗、生育保险待遇'
          })
        ),
        t('缓缴期满后足额补缴', ref(S.covidFirms, { quote: '缓缴期满后，企业再足额补缴职工医疗、生育保险费用' }))
      ]
    },
    lateFeeWaiverDates: {
      arrearsFrom: '2020-01',
      arrearsTo: '2020-03',
      payBefore: param(
        '2020-05-01',
        'date',
        ref(S.covidFirms, { quote: '欠缴2020年1-3月份医疗保险费的企业和机关事业单位，在5月1日前缴费的免收滞纳金' }),
        '在此日前缴费免收滞纳金'
      )
    },
    lateFeeWaiver: t(
      '欠缴2020年1–3月医疗保险费的企业和机关事业单位，5月1日前缴费的免收滞纳金',
      ref(S.covidFirms, {
        quote: '欠缴2020年1-3月份医疗保险费的企业和机关事业单位，在5月1日前缴费的免收滞纳金'
      })
    ),
    minimumYears: {
      male: param(30, 'years', ref(S.minimumYears, { quote: '必须达到男满30周年' }), '男性最低缴费年限（含视同缴费年限）'),
      female: param(25, 'years', ref(S.minimumYears, { quote: '女满25周年' }), '女性最低缴费年限（含视同缴费年限）'),
      shortfallRate: unpublished('访谈只说“按规定比例”一次性补缴，未给出比例：请填写经办机构告知的比例'),
      shortfallBase: t(
        '以退休时上年度全省在岗职工平均工资为基数，按规定比例一次性补缴所差年限',
        ref(S.minimumYears, {
          quote: '以退休时上年度全省在岗职工平均工资为基数，按规定比例一次性补缴所差年限的基本医疗保险费'
        })
      ),
      consequence: t(
        '不按规定补缴的，不享受退休人员医保待遇，终止职工医保关系',
        ref(S.minimumYears, {
          quote: '不按规定补缴的，不享受退休人员基本医疗保险待遇，终止城镇职工基本医疗保险关系'
        })
      )
    },
    transferToResident: {
      withinDays: param(60, 'days', ref(S.transfer, { quote: '60日内持本人身份证、户口簿、居住证等' }), '转居民医保的办理时限'),
      appliesTo: t(
        '中断职工医保关系的人员、因职工医疗保险缴费年限不足而自愿放弃职工医保待遇的退休人员、不符合享受职工医保待遇的刑满释放人员等，分别自中断职工医保关系、自愿放弃职工医保待遇、刑满释放之日起60日内办理居民医保手续',
        ref(S.transfer, {
          quote: '应分别自中断职工医保关系、自愿放弃职工医保待遇、刑满释放之日起，60日内'
        })
      ),
      notes: [
        t(
          '中断职工医保关系、因缴费年限不足自愿放弃职工医保待遇的退休人员等可转为参加居民医保',
          ref(S.transfer, {
            quote: '因职工医疗保险缴费年限不足而自愿放弃职工医保待遇的退休人员'
          })
        ),
        t(
          '60日内持本人身份证、户口簿、居住证等到户籍所在地（常住地）社会保险经办机构办理',
          ref(S.transfer, {
            quote: '60日内持本人身份证、户口簿、居住证等到本人户籍所在地（常住地）社会保险经办机构办理居民医保手续'
          })
        ),
        t(
          '按个人缴费标准与政府补助标准之和缴纳当年度居民医保费，自缴费下月起享受待遇',
          ref(S.transfer, {
            quote: '按参保年度个人缴费标准与政府补助标准之和缴纳当年度的居民医保费，自缴费下月起按规定享受当年居民医保待遇'
          })
        )
      ],
      benefitsFromNextMonth: t(
        '自缴费下月起按规定享受当年居民医保待遇',
        ref(S.transfer, { quote: '自缴费下月起按规定享受当年居民医保待遇' })
      )
    },
    notes: [
      t(
        '退休后缴满规定年限的，单位和个人不再缴纳基本医疗保险费',
        ref(S.employee, {
          quote: '职工退休后，医疗保险缴满规定年限后，用人单位和个人都不再缴纳基本医疗保险费'
        })
      ),
      t(
        '生育保险自2020年1月1日起与职工基本医疗保险合并实施',
        ref(S.employee, {
          quote: '从2020年1月1日开始，生育保险与职工基本医疗保险合并实施'
        })
      )
    ]
  },

  remoteCare: {
    referral: {
      situation: 'referral',
      status: 'published',
      title: '转院（转诊）就医',
      appliesTo: t(
        '经本地最高级别医院专家会诊仍未确诊，或限于技术和设备条件不能诊治的危重疑难病症',
        ref(S.inpatient, {
          quote: '经本地最高级别医院专家会诊仍未确诊或限于技术和设备条件不能诊治的危重疑难病症'
        })
      ),
      filing: {
        whoFiles: t(
          '由就诊的当地最高级别医院填写《异地转院备案表》，报参保地医保经办机构登记备案',
          ref(S.inpatient, {
            quote: '由就诊的当地最高级别医院填写《异地转院备案表》，并报参保地医保经办机构登记备案'
          })
        ),
        steps: [
          t(
            '当地最高级别医院填写《异地转院备案表》，报参保地医保经办机构登记备案',
            ref(S.inpatient, {
              quote: '由就诊的当地最高级别医院填写《异地转院备案表》'
            })
          ),
          t(
            '患者持身份证、社保卡到转入的医疗机构办理联网手续',
            ref(S.inpatient, {
              quote: '患者持身份证、社保卡到转入的医疗机构办理联网手续'
            })
          )
        ],
        materials: [
          t('身份证', ref(S.inpatient, { quote: '患者持身份证、社保卡' })),
          t('社保卡', ref(S.inpatient, { quote: '患者持身份证、社保卡' }))
        ]
      },
      settlement: {
        networked: t(
          '出院时医院只收取个人负担部分，其余由医院与医保经办机构结算',
          ref(S.inpatient, {
            quote: '办理出院时，医院只收取本次医疗费用应由患者个人负担部分，其余部分医院同医保经办机构进行结算'
          })
        ),
        notNetworked,
        claimMaterials,
        reimbursement: unpublished('潍坊对异地转外就医有支付比例调减规定，访谈未给出调减幅度')
      },
      notes: [covidFilingWaiver]
    },
    emergency: {
      situation: 'emergency',
      status: 'published',
      title: '异地急诊住院',
      appliesTo: t(
        '因出差、探亲、旅游等在潍坊市外医疗机构突发急诊住院',
        ref(S.inpatient, {
          quote: '因出差、探亲、旅游等在潍坊市外的医疗机构突发急诊住院治疗的'
        })
      ),
      filing: {
        whoFiles: unpublished('访谈没有说明必须由谁去办，只说持急诊诊断证明向参保地医保经办机构备案'),
        how: t(
          '持就诊医院提供的急诊诊断证明（加盖医院公章）向参保地医保经办机构备案（访谈没有提到电话、电子邮件等备案方式）',
          ref(S.inpatient, {
            quote: '持就诊医院提供的急诊诊断证明（加盖医院公章）向参保地医保经办机构备案'
          })
        ),
        ifNotFiled: unpublished(
          '访谈没有说明急诊住院没有在期限内备案会怎样；本工具不套用其他地区的说法，请尽快向参保地医保经办机构备案或咨询'
        ),
        deadline: {
          kind: 'calendarDaysAfterAdmissionBeforeDischarge',
          days: param(5, 'days', DEADLINE_5_DAYS, '入院后的日数（且须在出院前）'),
          text: t('入院5日内备案，且必须在出院前', DEADLINE_5_DAYS)
        },
        steps: [
          t('入院5日内（且必须在出院前），持急诊诊断证明向参保地医保经办机构备案', DEADLINE_5_DAYS),
          t('办理联网手续', ref(S.inpatient, { quote: '向参保地医保经办机构备案，办理联网手续' }))
        ],
        materials: [
          t(
            '就诊医院提供的急诊诊断证明（加盖医院公章）',
            ref(S.inpatient, {
              quote: '持就诊医院提供的急诊诊断证明（加盖医院公章）'
            })
          )
        ]
      },
      settlement: {
        networked: t(
          '出院时医院只收取个人负担部分，其余由医院与医保经办机构结算',
          ref(S.inpatient, {
            quote: '办理出院时，医院只收取应由患者个人负担部分，其余部分医院同医保经办机构进行结算'
          })
        ),
        notNetworked,
        claimMaterials,
        reimbursement: unpublished('访谈没有给出潍坊市外急诊住院的起付标准和支付比例')
      },
      notes: [covidFilingWaiver]
    },
    longTermResidence: {
      situation: 'longTermResidence',
      status: 'published',
      title: '异地安置、异地长期居住',
      appliesTo: t('异地安置人员和异地长期居住人员', ref(S.resettlement, { quote: '一是异地安置人员和异地长期居住人员' })),
      filing: {
        whoFiles: resettlementWho,
        steps: [
          t(
            '准备下列材料之一，申请异地安置登记备案',
            ref(S.resettlement, {
              quote: '需提供户籍证明、居住证、居住证办理回执单或其他异地居住证明材料之一'
            })
          ),
          t(
            '不能提供上述材料的，可书面承诺异地居住一定期限（原则上不低于6个月）',
            ref(S.resettlement, {
              quote: '对不能提供上述材料的，也可书面承诺异地居住一定期限（原则上不低于6个月）'
            })
          )
        ],
        materials: [
          t('户籍证明', ref(S.resettlement, { quote: '需提供户籍证明' })),
          t('居住证', ref(S.resettlement, { quote: '户籍证明、居住证' })),
          t('居住证办理回执单', ref(S.resettlement, { quote: '居住证办理回执单' })),
          t('其他异地居住证明材料', ref(S.resettlement, { quote: '其他异地居住证明材料之一' })),
          t('或：书面承诺异地居住原则上不低于6个月', ref(S.resettlement, { quote: '原则上不低于6个月' }))
        ],
        anyOneOf: true,
        validity: oneYear,
        changeLockYears: oneYearLock
      },
      settlement: resettlementSettlement,
      notes: []
    },
    postedWorker: {
      situation: 'postedWorker',
      status: 'published',
      title: '常驻异地工作人员',
      appliesTo: t('常驻异地工作人员', ref(S.resettlement, { quote: '二是常驻异地工作人员' })),
      filing: {
        whoFiles: resettlementWho,
        steps: [t('提供异地工作证明，申请异地安置登记备案', ref(S.resettlement, { quote: '需提供异地工作证明' }))],
        materials: [t('异地工作证明', ref(S.resettlement, { quote: '需提供异地工作证明' }))],
        validity: oneYear,
        changeLockYears: oneYearLock
      },
      settlement: resettlementSettlement,
      notes: []
    },
    migrantWorker: {
      situation: 'migrantWorker',
      status: 'published',
      title: '外出农民工、外来就业创业人员',
      appliesTo: t('外出农民工、外来就业创业人员', ref(S.resettlement, { quote: '三是外出农民工、外来就业创业人员' })),
      filing: {
        whoFiles: t(
          '通过劳务机构输出的由单位提供花名册；个人自行外出务工的由个人提供材料',
          ref(S.resettlement, {
            quote: '通过劳务机构输出的，由单位提供人员花名册；个人自行外出务工的，由个人提供'
          })
        ),
        steps: [
          t('通过劳务机构输出的：由单位提供人员花名册', ref(S.resettlement, { quote: '通过劳务机构输出的，由单位提供人员花名册' })),
          t(
            '个人自行外出务工的：由个人提供务工地居住证、劳动合同或个体营业执照',
            ref(S.resettlement, {
              quote: '个人自行外出务工的，由个人提供务工地居住证、劳动合同或个体营业执照'
            })
          )
        ],
        materialsFor: t(
          '个人自行外出务工的，提供以下材料',
          ref(S.resettlement, {
            quote: '个人自行外出务工的，由个人提供务工地居住证、劳动合同或个体营业执照'
          })
        ),
        otherPath: t(
          '通过劳务机构输出的，由单位提供人员花名册（这是另一条途径，与下面个人自行外出务工要备的材料不同）',
          ref(S.resettlement, {
            quote: '通过劳务机构输出的，由单位提供人员花名册'
          })
        ),
        materials: [
          t('务工地居住证（个人外出务工）', ref(S.resettlement, { quote: '务工地居住证' })),
          t('劳动合同（个人外出务工）', ref(S.resettlement, { quote: '劳动合同' })),
          t('个体营业执照（个人外出务工）', ref(S.resettlement, { quote: '个体营业执照' }))
        ],
        anyOneOf: true,
        validity: oneYear,
        changeLockYears: oneYearLock
      },
      settlement: resettlementSettlement,
      notes: []
    },
    unfiled: {
      situation: 'unfiled',
      status: 'published',
      title: '未经转诊到潍坊市外住院',
      appliesTo: t(
        '未经转诊自行到潍坊市外医疗机构住院',
        ref(S.inpatient, {
          quote: '未经转诊自行到潍坊市外医疗机构住院治疗的'
        })
      ),
      settlement: {
        notNetworked: t(
          '费用由患者垫付，医疗终结后到医保经办机构按未经转诊报销比例报销',
          ref(S.inpatient, {
            quote: '未经转诊自行到潍坊市外医疗机构住院治疗的，发生的费用，由患者垫付'
          })
        ),
        claimMaterials,
        reimbursement: unpublished('按“未经转诊报销比例”报销，该比例访谈未公布')
      },
      notes: [
        t(
          `${COVID_WHO}（2020年疫情期间，仅限这两类患者）：无论是否办理异地就医手续，一律先救治后结算；其他参保人未经转诊到潍坊市外住院，仍按未经转诊报销比例报销`,
          ref(S.covidPatients, {
            quote:
              '确诊新冠肺炎患者，无论是否参保，是否办理异地就医手续，是否能联网结算，一律先救治后结算…对经定点救治医院确定的疑似患者执行确诊患者医疗保障待遇'
          })
        )
      ]
    }
  },

  oneStopService: [
    t(
      '潍坊市域内实现一体化管理、一站式服务、一单制结算、一窗口办理',
      ref(S.poverty, {
        quote: '实现潍坊市域内“一体化管理、一站式服务、一单制结算、一窗口办理”'
      })
    ),
    t(
      '安丘市人民医院等25家医疗机构接入跨县域“一站式”结算系统，与221家县域外医疗机构开通“一站式”结算',
      ref(S.poverty, {
        quote: '将安丘市人民医院等25家医疗机构接入跨县域“一站式”结算系统'
      })
    )
  ],
  // Every line starts with who it is for: none of it is a general waiver of filing (POLICY-READING §8).
  covid: [
    t(
      `${COVID_WHO}：新冠肺炎治疗相关费用全部纳入医保基金支付范围`,
      ref(S.covidPatients, { quote: '将新冠肺炎治疗相关费用全部纳入医保基金支付范围' })
    ),
    t(
      `${COVID_WHO}：无论是否参保、是否办理异地就医手续、能否联网结算，一律先救治后结算，由医保基金先行垫付`,
      ref(S.covidPatients, {
        quote: '确诊新冠肺炎患者，无论是否参保，是否办理异地就医手续，是否能联网结算，一律先救治后结算，由医保基金先行垫付费用'
      })
    ),
    t(
      `${COVID_WHO}在异地就医的：取消异地就医、转诊转院备案手续，报销不执行转外就医比例调减（其他参保人仍须按规定备案）`,
      ref(S.covidPatients, {
        quote: '确诊新冠肺炎患者…对异地就医患者，取消异地就医、转诊转院备案手续，报销不执行异地转外就医支付比例调减规定'
      })
    ),
    t(
      `${COVID_WHO}：疑似患者须经定点救治医院确定，才执行确诊患者的医疗保障待遇`,
      ref(S.covidPatients, { quote: '确诊新冠肺炎患者…对经定点救治医院确定的疑似患者执行确诊患者医疗保障待遇' })
    )
  ],
  readings: {
    'weifang.age45': {
      id: 'weifang.age45',
      question: '在职职工正好45岁时，个人账户按2.9%划入，还是按3.9%划入？',
      options: [
        { label: '按2.9%划入', reference: ref(S.employee, { quote: '45岁以下的划入2.9%' }) },
        { label: '按3.9%划入', reference: ref(S.employee, { quote: '45岁以上的划入3.9%' }) }
      ]
    },
    'weifang.nonDesignatedBirth': {
      id: 'weifang.nonDesignatedBirth',
      question: '在非定点医院生孩子、花费不到800元时，按多少结算？',
      options: [
        {
          label: '按实际花费，最多560元',
          reference: ref(S.delivery, { quote: '按定额标准的70%予以结算（即560元），低于定额的按实际发生额结算' })
        },
        { label: '按实际花费的70%', reference: ref(S.delivery, { quote: '按定额标准的70%予以结算' }) },
        { label: '按实际花费全额结算', reference: ref(S.delivery, { quote: '定额标准为800元…低于定额的按实际发生额结算' }) }
      ]
    },
    'weifang.designatedBirth': {
      id: 'weifang.designatedBirth',
      question: '在市内定点医院生孩子、花费不到800元时，按800元结算，还是按实际花费结算？',
      options: [
        { label: '按定额800元结算', reference: ref(S.delivery, { quote: '医疗费用实行定额结算，定额标准为800元' }) },
        { label: '按实际花费结算', reference: ref(S.delivery, { quote: '低于定额的按实际发生额结算' }) }
      ]
    },
    'weifang.spouseGrant': {
      id: 'weifang.spouseGrant',
      question: '男职工未就业配偶的生育补助金，是按标准金额的一半发，还是按实际花费的一半发（不超过标准）？',
      options: [
        { label: '按标准金额的50%', reference: ref(S.maternity, { quote: '按照我市规定的职工生育医疗费标准的50%享受生育补助金' }) },
        {
          label: '实际花费的50%，以标准为限',
          reference: ref(S.maternity, { quote: '按照我市规定的职工生育医疗费标准的50%享受生育补助金' })
        }
      ]
    },
    'weifang.spouseGrantBase': {
      id: 'weifang.spouseGrantBase',
      question: '生育补助金说的“职工生育医疗费标准”，是只算生育医疗费2200元，还是连产前检查费800元一起算？',
      options: [
        {
          label: '只算生育医疗费2200元',
          reference: ref(S.maternity, { quote: '（2）生育医疗费：限额2200元，生育多胞胎的，每多生育一个婴儿增加500元' })
        },
        { label: '加上产前检查费800元', reference: ref(S.maternity, { quote: '（1）产前检查费：定额800元；（2）生育医疗费：限额2200元' }) }
      ]
    },
    'weifang.drugCapPeriod': {
      id: 'weifang.drugCapPeriod',
      question: '贫困人口大病保险特药的“封顶线20万元”，是一年最多20万元，还是每次分别最多20万元？',
      options: [
        {
          label: '全年最多20万元',
          reference: ref(S.poverty, { quote: '贫困人口使用大病保险特药不设起付线，报销比例为60％，封顶线为20万元' })
        },
        {
          label: '每次住院分别最多20万元',
          reference: ref(S.poverty, { quote: '贫困人口使用大病保险特药不设起付线，报销比例为60％，封顶线为20万元' })
        }
      ]
    },
    'anqiu.reassistancePeriod': {
      id: 'anqiu.reassistancePeriod',
      question: '安丘市重大疾病再救助的“超过5000元”，是按全年累计算，还是每次住院分别算？',
      options: [
        { label: '按全年累计计算', reference: ref(S.assistance, { quote: '个人负担超过5000元以上的部分，按照70%的比例给予再救助' }) },
        { label: '按每次住院分别计算', reference: ref(S.assistance, { quote: '个人负担超过5000元以上的部分，按照70%的比例给予再救助' }) }
      ]
    }
  }
}
