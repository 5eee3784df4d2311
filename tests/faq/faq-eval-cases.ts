// Everyday questions as residents type them, each with the FAQ entries that answer it. A case
// passes when one of `expect` is among the first three hits (faq-eval.test.ts reports the rate).
export interface EvalCase {
  q: string
  expect: string[]
}

export const EVAL_CASES: EvalCase[] = [
  // 断缴 / 中断 / 停保 (issue 22: "断缴了怎么办" must find the 中断职工医保 → 居民医保 answer)
  { q: '断缴了怎么办', expect: ['weifang-employee-to-resident'] },
  { q: '医保断了', expect: ['weifang-employee-to-resident'] },
  { q: '不上班了医保怎么办', expect: ['weifang-employee-to-resident'] },
  { q: '停保了还能交居民医保吗', expect: ['weifang-employee-to-resident'] },
  { q: '职工医保中断了能转居民吗', expect: ['weifang-employee-to-resident'] },
  { q: '辞职了医保断交怎么办', expect: ['weifang-employee-to-resident'] },
  // 生育 / 生孩子 / 分娩 / 产假
  { q: '外地生孩子能报销吗', expect: ['weihai-childbirth-outside', 'weifang-childbirth-outside'] },
  { q: '在外地生小孩怎么报', expect: ['weihai-childbirth-outside', 'weifang-childbirth-outside'] },
  { q: '居民生孩子能报多少', expect: ['weifang-childbirth'] },
  { q: '职工生孩子能报多少', expect: ['weifang-maternity-medical'] },
  { q: '产假多少天', expect: ['weihai-maternity-leave', 'weifang-maternity-allowance'] },
  { q: '剖腹产多几天产假', expect: ['weihai-maternity-leave', 'weifang-maternity-allowance'] },
  { q: '刚参保能领生育津贴吗', expect: ['weifang-maternity-conditions'] },
  { q: '怀孕了 职工 生育津贴', expect: ['weifang-maternity-conditions'] },
  { q: '生育津贴怎么算', expect: ['weihai-maternity-allowance', 'weifang-maternity-allowance'] },
  { q: '流产有产假吗', expect: ['weihai-maternity-leave', 'miscarriage-leave-compare', 'weifang-maternity-allowance'] },
  { q: '怀孕四个月流产产假几天', expect: ['miscarriage-leave-compare'] },
  { q: '生育保险还要单独交吗', expect: ['weifang-maternity-merge'] },
  { q: '分娩费用报多少', expect: ['weifang-childbirth', 'weifang-maternity-medical'] },
  // 缴费
  { q: '居民医保交多少钱', expect: ['weihai-contribution-2020', 'weifang-resident-contribution'] },
  { q: '威海医保什么时候交', expect: ['weihai-collection-period-2020'] },
  { q: '用微信怎么交医保', expect: ['weihai-pay-wechat'] },
  { q: '支付宝交医保', expect: ['weihai-pay-alipay'] },
  { q: '不会用手机怎么交', expect: ['weihai-pay-offline'] },
  { q: '一档二档选哪个', expect: ['weihai-contribution-2020', 'weihai-inpatient-ratio'] },
  { q: '贫困户交医保有补贴吗', expect: ['weihai-poverty-subsidy', 'anqiu-poverty-enrollment'] },
  { q: '年中成了贫困户交的钱能退吗', expect: ['weihai-poverty-midyear'] },
  // 住院 / 门诊 / 大病
  { q: '住院能报多少', expect: ['weihai-inpatient-ratio'] },
  { q: '门诊拿药能报吗', expect: ['weifang-general-outpatient', 'weihai-general-outpatient'] },
  { q: '慢性病怎么报', expect: ['weihai-chronic-outpatient', 'weifang-chronic-outpatient'] },
  { q: '透析怎么报', expect: ['weihai-special-chronic'] },
  { q: '大病保险怎么报', expect: ['weifang-critical-illness-2020', 'weihai-critical-illness-ordinary'] },
  { q: '大病保险要另外交钱吗', expect: ['weifang-critical-illness-funding'] },
  { q: '特药怎么报', expect: ['weifang-poverty-critical-illness'] },
  { q: '看病能直接结算吗', expect: ['anqiu-one-stop-settlement', 'weifang-inpatient-settlement'] },
  // 贫困户 / 救助
  { q: '贫困户看病有什么保障', expect: ['weihai-poverty-six-layers'] },
  { q: '贫困户住院要押金吗', expect: ['weihai-poverty-hospital-waiver'] },
  { q: '报完还要自己付很多 再救助', expect: ['weihai-poverty-re-assistance'] },
  { q: '商业保险怎么赔', expect: ['weihai-poverty-commercial'] },
  { q: '低保户医疗救助起付线', expect: ['anqiu-assistance-low-income'] },
  // 异地就医 / 外地
  { q: '在外地突然生病住院怎么办', expect: ['weihai-emergency-filing', 'weifang-emergency-filing'] },
  { q: '急诊住院几天内备案', expect: ['weihai-emergency-filing', 'weifang-emergency-filing'] },
  { q: '跟子女去外地住 医保怎么办', expect: ['weihai-long-term-residence', 'weifang-long-term-residence'] },
  { q: '转院到外地怎么报', expect: ['weihai-referral-care', 'weifang-referral-outside'] },
  { q: '没转诊自己去外地住院能报吗', expect: ['weifang-unreferred'] },
  { q: '外地住院报销比例', expect: ['weihai-remote-ratio'] },
  { q: '外地住院回来报销带什么材料', expect: ['weihai-emergency-claim'] },
  { q: '出去打工医保怎么办', expect: ['weifang-migrant-worker'] },
  { q: '单位派我去外地工作', expect: ['weifang-posted-worker'] },
  { q: '异地就医有几种', expect: ['weihai-remote-care-types'] },
  // 职工医保 / 疫情 / 经办
  { q: '职工医保每月交多少', expect: ['weifang-employee-contribution'] },
  { q: '个人账户每月划多少', expect: ['weifang-personal-account'] },
  { q: '交多少年才能退休', expect: ['weifang-minimum-years'] },
  { q: '疫情期间单位少交了吗', expect: ['weifang-covid-employer-rate'] },
  { q: '企业交不起医保能缓缴吗', expect: ['weifang-covid-deferral'] },
  { q: '新冠肺炎看病要钱吗', expect: ['weifang-covid-patients'] },
  { q: '医保咨询电话', expect: ['weihai-contact', 'weifang-hotline'] },
  { q: '医保工作站在哪', expect: ['weihai-medical-station'] }
]
