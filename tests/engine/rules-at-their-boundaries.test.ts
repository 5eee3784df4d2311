// Rules computed at their boundaries: outpatient assistance, the Weihai uninsured maternity leave,
// and the dates of POLICY-READING §1, §5, §8.
import {
  assistanceDecisionDate,
  deferralEnd,
  isUnpublishedResult,
  lateFeeWaiver,
  PolicyInputError,
  resettlementChangeDate,
  transferToResidentDates
} from '../../src/engine'
import { maternityWithoutInsurance } from '../../src/engine/maternity-uninsured'
import { outpatientAssistance } from '../../src/engine/outpatient-assistance'
import { at } from '../../src/test-support/present'

function ok<T>(r: T): Exclude<T, { unpublished: true }> {
  if (isUnpublishedResult(r)) throw new Error(`unpublished: ${r.reason}`)
  return r as Exclude<T, { unpublished: true }>
}

describe('威海 贫困人口 门诊慢性病救助: 70% of the self-pay counted up to 20,000 (含)', () => {
  const run = (selfPay: string, povertyHousehold = true) =>
    ok(outpatientAssistance({ region: 'weihai', year: 2020, kind: 'povertyChronic', selfPay, povertyHousehold }))

  test('at and around 20,000', () => {
    // Up to 20,000 (含) the text gives the rule: exact.
    expect(run('20000')).toMatchObject({
      amount: '14000.00',
      counted: '20000.00',
      range: { low: '14000.00', high: '14000.00' },
      unknowns: []
    }) // 20,000 × 70%
    expect(run('19999.99')).toMatchObject({ amount: '13999.99', range: { low: '13999.99', high: '13999.99' } }) // 13,999.993
    // Above 20,000 the text is silent: at least 14,000, the rest an unknown — never "不计入".
    const above = run('20000.01')
    expect(above).toMatchObject({ amount: '14000.00', counted: '20000.00', range: { low: '14000.00', high: null } })
    expect(above.unknowns).toEqual([
      { id: 'outpatientAssistanceAbove', label: '门诊个人自付超过2万元部分的救助（文件未说明）', raisesShare: false }
    ])
    expect(above.note).toContain('超出的0.01元是否救助、按什么比例，原文没有说明')
    expect(above.note).not.toContain('不计入')
    expect(run('25000')).toMatchObject({ amount: '14000.00', range: { low: '14000.00', high: null } })
    expect(run('0.01').amount).toBe('0.01') // 0.007 → 0.01
    expect(run('0')).toMatchObject({ amount: '0.00', range: { low: '0.00', high: '0.00' } })
  })

  test('only for poverty households; cites the text', () => {
    const r = run('1000', false)
    expect(r.amount).toBeNull()
    expect(r.range).toEqual({ low: null, high: null })
    expect(r.note).toContain('建档立卡贫困人口')
    expect(at(run('1000').sources, 0).quote).toContain('按70%比例予以救助')
  })

  test('Weihai gives no two-disease drug rule', () => {
    expect(isUnpublishedResult(outpatientAssistance({ region: 'weihai', year: 2020, kind: 'keyGroupDrugs', selfPay: '1' }))).toBe(true)
  })
})

describe('安丘 重点救助对象 两病门诊用药: 20%, 安丘 only', () => {
  const run = (extra: { county?: 'anqiu' | 'other'; assistanceGroup?: 'key' | 'none' }) =>
    ok(outpatientAssistance({ region: 'weifang', year: 2020, kind: 'keyGroupDrugs', selfPay: '1234.56', assistanceGroup: 'key', ...extra }))

  test('key group insured in 安丘', () => {
    // No limit in the text, so nothing above it: exact.
    expect(run({ county: 'anqiu' })).toMatchObject({
      amount: '246.91',
      counted: '1234.56',
      range: { low: '246.91', high: '246.91' },
      unknowns: []
    }) // 246.912
  })

  test('elsewhere in Weifang, or not said: not collected, no figure', () => {
    expect(run({ county: 'other' }).amount).toBeNull()
    expect(run({ county: 'other' }).note).toContain('本地政策未收录（以下为安丘市规定）')
    expect(run({}).note).toContain('请在“参保地”中选择安丘市')
  })

  test('not in the key group', () => {
    expect(run({ county: 'anqiu', assistanceGroup: 'none' }).amount).toBeNull()
  })

  test('bad input', () => {
    expect(() => outpatientAssistance({ region: 'weifang', year: 2020, kind: 'keyGroupDrugs', selfPay: '-1' })).toThrow(PolicyInputError)
  })
})

describe('威海 未参加生育保险: the employer pays the pre-leave wage for the leave days', () => {
  const birth = { kind: 'birth' as const, babies: 1, difficult: true }

  test('days and payer, no money figure by default', () => {
    const r = ok(maternityWithoutInsurance({ region: 'weihai', year: 2020, event: birth }))
    expect(r.days).toBe(113) // 98 + 15 难产
    expect(r.amount).toBeNull()
    expect(r.payer).toContain('由用人单位支付')
    expect(r.basis).not.toContain('÷30')
    expect(r.sources.some((s) => s.quote.includes('按照女职工产假前工资的标准由用人单位支付'))).toBe(true)
  })

  test("a wage alone is not enough: the day basis is the user's choice", () => {
    expect(ok(maternityWithoutInsurance({ region: 'weihai', year: 2020, event: birth, preLeaveMonthlyWage: '6000' })).amount).toBeNull()
    const r = ok(maternityWithoutInsurance({ region: 'weihai', year: 2020, event: birth, preLeaveMonthlyWage: '6000', monthDays: 30 }))
    expect(r.amount).toBe('22600.00') // 6,000 × 113 ÷ 30
    expect(r.basis).toContain('不是文件规定')
  })

  test('miscarriage at exactly 4 months: 42 days (满4个月)', () => {
    expect(ok(maternityWithoutInsurance({ region: 'weihai', year: 2020, event: { kind: 'miscarriage', monthsPregnant: 4 } })).days).toBe(42)
  })

  test('Weifang says nothing about the uninsured', () => {
    expect(isUnpublishedResult(maternityWithoutInsurance({ region: 'weifang', year: 2020, event: birth }))).toBe(true)
  })
})

describe('职工医保转居民医保: 60 days, benefits the month after payment', () => {
  test('deadline: break day not counted, and the safe day before', () => {
    const r = ok(transferToResidentDates({ region: 'weifang', year: 2020, breakDate: '2020-03-01' }))
    expect(r.deadline).toBe('2020-04-30') // Mar 1 + 60 days
    expect(r.safeDeadline).toBe('2020-04-29')
    expect(r.benefitsFrom).toBeNull()
  })

  test('benefits from the 1st of the next month, across the year end', () => {
    expect(
      ok(transferToResidentDates({ region: 'weifang', year: 2020, breakDate: '2020-03-01', paymentDate: '2020-04-30' }))
    ).toMatchObject({
      benefitsFrom: '2020-05-01',
      late: false
    })
    expect(ok(transferToResidentDates({ region: 'weifang', year: 2020, breakDate: '2020-03-01', paymentDate: '2020-05-01' })).late).toBe(
      true
    )
    expect(
      ok(transferToResidentDates({ region: 'weifang', year: 2020, breakDate: '2020-11-01', paymentDate: '2020-12-31' })).benefitsFrom
    ).toBe('2021-01-01')
  })

  test('bad dates; Weihai has no employee rules', () => {
    expect(() => transferToResidentDates({ region: 'weifang', year: 2020, breakDate: '2020-03-01', paymentDate: '2020-02-01' })).toThrow(
      '不能早于'
    )
    expect(() => transferToResidentDates({ region: 'weifang', year: 2020, breakDate: '2021-02-29' })).toThrow(PolicyInputError)
    expect(isUnpublishedResult(transferToResidentDates({ region: 'weihai', year: 2020, breakDate: '2020-03-01' }))).toBe(true)
  })
})

describe('安丘 医疗救助: decision at most 47 working days after applying', () => {
  test('across National Day 2020 (Oct 1–8 off, Oct 10 a make-up workday)', () => {
    // Oct 9 is working day 1, Sat Oct 10 day 2, then five a week: Dec 7–11 are days 43–47.
    const r = ok(assistanceDecisionDate({ region: 'weifang', year: 2020, applicationDate: '2020-09-30' }))
    expect(r.date).toBe('2020-12-11')
    expect(r.holidayDataMissing).toBe(false)
    expect(r.county).toBe('安丘市')
  })

  test('across the Dragon Boat Festival (Jun 25–26 off, Sun Jun 28 worked)', () => {
    // Applied Mon 2020-06-01: Jun 2–5 days 1–4, Jun 8–19 to 14, Jun 22–24 to 17, Sun Jun 28 18,
    // Jun 29 – Jul 31 five weeks to 43, Aug 3–6 days 44–47.
    expect(ok(assistanceDecisionDate({ region: 'weifang', year: 2020, applicationDate: '2020-06-01' })).date).toBe('2020-08-06')
  })

  test('beyond the holiday data: a calendar-day date, said to be earlier than the real one', () => {
    const r = ok(assistanceDecisionDate({ region: 'weifang', year: 2020, applicationDate: '2026-12-01' }))
    expect(r.date).toBeNull()
    expect(r.calendarDate).toBe('2027-01-17') // Dec 1 + 47 days
    expect(r.holidayDataMissing).toBe(true)
    expect(r.basis).toContain('未收录2027年的节假日安排')
    expect(r.basis).toContain('会更晚')
  })

  test('Weihai publishes no processing time', () => {
    expect(isUnpublishedResult(assistanceDecisionDate({ region: 'weihai', year: 2020, applicationDate: '2020-06-01' }))).toBe(true)
  })
})

describe('异地安置: no change for one year after it takes effect', () => {
  test('the corresponding day next year ends the year; change from the day after', () => {
    const r = ok(resettlementChangeDate({ region: 'weifang', year: 2020, effectiveDate: '2020-03-15' }))
    expect(r).toMatchObject({ lockedUntil: '2021-03-15', changeFrom: '2021-03-16' })
    expect(r.readings.options.map((x) => x.value)).toEqual(['2021-03-16', '2021-03-15'])
  })

  test("29 February: the month's last day (民法典第二百零二条)", () => {
    expect(ok(resettlementChangeDate({ region: 'weifang', year: 2020, effectiveDate: '2020-02-29' }))).toMatchObject({
      lockedUntil: '2021-02-28',
      changeFrom: '2021-03-01'
    })
  })

  test('Weihai gives no lock', () => {
    expect(isUnpublishedResult(resettlementChangeDate({ region: 'weihai', year: 2020, effectiveDate: '2020-03-15' }))).toBe(true)
  })
})

describe('2020 滞纳金 waiver: arrears of 2020-01..03 paid 在5月1日前', () => {
  const run = (arrearsMonth: string, paymentDate: string) => ok(lateFeeWaiver({ region: 'weifang', arrearsMonth, paymentDate }))

  test('at the boundary', () => {
    expect(run('2020-03', '2020-04-30').waived).toBe(true)
    const onDay = run('2020-01', '2020-05-01')
    expect(onDay.waived).toBeNull()
    expect(onDay.readings?.options.map((x) => x.value)).toEqual([false, true])
    expect(run('2020-02', '2020-05-02').waived).toBe(false)
    expect(run('2020-02', '2020-05-02').safePayBy).toBe('2020-04-30')
  })

  test('other months are outside the rule', () => {
    expect(run('2020-04', '2020-04-01').waived).toBeNull()
    expect(run('2019-12', '2020-04-01').basis).toContain('不在其中')
  })
})

describe('2020 缓缴: at most 6 months', () => {
  test('corresponding day, clamped to the month end', () => {
    expect(ok(deferralEnd({ region: 'weifang', year: 2020, startDate: '2020-03-15' }))).toMatchObject({
      lastDay: '2020-09-15',
      safeLastDay: '2020-09-14'
    })
    expect(ok(deferralEnd({ region: 'weifang', year: 2020, startDate: '2020-03-31' })).lastDay).toBe('2020-09-30')
    expect(ok(deferralEnd({ region: 'weifang', year: 2020, startDate: '2020-08-31' })).lastDay).toBe('2021-02-28')
  })
})
