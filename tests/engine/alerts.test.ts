// Warnings are data (an id and its parameters) worded in one place per tool (src/engine/alerts.ts for
// the core, alert-words-*.ts for the subpackage tools), like notes: every id has words, every alert a
// result carries is worded in full, and a result's `warnings` are its `alerts` in words, one for one.
import fc from 'fast-check'
import type { Alert, AlertId, AlertOf } from '../../src/engine/alerts'
import { CORE_ALERT_WORDS, CORE_ALERTS, warning } from '../../src/engine/alerts'
import { ALERT_IDS, wordAlert, wordAlertBesideLayers } from '../../src/engine/alert-words'
import { CONTRIBUTION_ALERT_WORDS } from '../../src/engine/alert-words-contribution'
import { MATERNITY_ALERT_WORDS } from '../../src/engine/alert-words-maternity'
import { note } from '../../src/engine/notes'
import {
  checkSlip,
  employeeContribution,
  employeeYear,
  estimateInpatient,
  estimateYear,
  filingDeadline,
  maternityAllowance,
  maternityDays,
  maternityWithoutInsurance,
  PolicyInputError
} from '../../src/engine'
import type { InpatientInput, MaternityEvent } from '../../src/engine'
import { getPack } from '../../src/policy/registry'
import { at } from '../../src/test-support/present'
import { datedStay as stay, fen, householdWithPrior as household, toYear, yearOf, yuan } from '../fixtures/random-year'

/** One alert of every id, with parameters of the kind the engine gives it. */
const SAMPLES: { [K in AlertId]: AlertOf<K> } = {
  referralRequired: warning('referralRequired', { text: '一档居民到市内三级医院住院，应经二级医院转诊' }),
  slipAboveTierCap: warning('slipAboveTierCap', { tier: 2, cap: '200000.00' }),
  yearAboveCap: warning('yearAboveCap', { cap: '150000.00' }),
  basicSettingNotInSources: warning('basicSettingNotInSources', { reason: '文件未说明异地住院如何报销' }),
  basicSettingUnpublished: warning('basicSettingUnpublished', { reason: '访谈未说明异地安置人员住院的起付标准和支付比例：请按结算单填写' }),
  basicRatioIgnored: warning('basicRatioIgnored'),
  basicRuleUnpublished: warning('basicRuleUnpublished'),
  layerLeftOut: warning('layerLeftOut', { layer: 'hospitalWaiver', reason: [note('policyText', { text: '访谈未给出减免标准' })] }),
  layerGap: warning('layerGap', { gap: 'assistance', next: 'commercial' }),
  countyLayersNotCollected: warning('countyLayersNotCollected', { layers: ['hospitalWaiver', 'assistance'], county: '安丘市' }),
  earlierEntryUnentered: warning('earlierEntryUnentered', { entry: 0 }),
  earlierEntryBasicUnknown: warning('earlierEntryBasicUnknown', { entry: 2 }),
  yearInDateOrder: warning('yearInDateOrder'),
  yearUndated: warning('yearUndated'),
  priorCounted: warning('priorCounted'),
  infantDiedUnpublished: warning('infantDiedUnpublished', { reason: '文登区问答未涉及婴儿72小时内死亡的情形' }),
  extraDaysUnpublished: warning('extraDaysUnpublished', { reason: '安丘访谈只列出剖宫产增加15天，未单列难产', extra: 'difficult' }),
  monthDaysIgnored: warning('monthDaysIgnored', { days: 30 }),
  otherYearStandardRate: warning('otherYearStandardRate', { policyYear: 2020 }),
  holidaysNotCollected: warning('holidaysNotCollected', { year: 2027 }),
  daysOffBeforeDeadline: warning('daysOffBeforeDeadline', {
    until: '2020-10-12',
    daysOff: [
      { from: '2020-10-01', to: '2020-10-08', publicHoliday: true },
      { from: '2020-10-11', to: '2020-10-11', publicHoliday: false }
    ]
  }),
  dischargedOnAdmissionDay: warning('dischargedOnAdmissionDay'),
  noWorkingDayInWindow: warning('noWorkingDayInWindow', {
    daysOff: [{ from: '2020-10-01', to: '2020-10-08', publicHoliday: true }],
    window: { kind: 'daysFromAdmission', days: 5 }
  }),
  onlyAdmissionDayWorking: warning('onlyAdmissionDayWorking', { daysOff: [{ from: '2020-10-01', to: '2020-10-08', publicHoliday: true }] }),
  fewWorkingDaysInWindow: warning('fewWorkingDaysInWindow', {
    daysOff: [{ from: '2005-12-31', to: '2006-01-01', publicHoliday: false }],
    window: { kind: 'beforeDischarge' },
    workingDays: 2
  }),
  countedDayMovedBeyondSafeWindow: warning('countedDayMovedBeyondSafeWindow', {
    days: 5,
    countedDay: '2020-06-13',
    movedTo: '2020-06-15',
    law: 'generalPrinciples'
  })
}

/** Words a reader can take as they are: something said, and no parameter that came out wrong. */
function expectWellWorded(a: Alert): void {
  const words = wordAlert(a)
  if (words === '' || /undefined|NaN|null|\[object/.test(words)) {
    throw new Error(`alert ${JSON.stringify(a)} is worded ${JSON.stringify(words)}`)
  }
}

describe('every alert id has words', () => {
  test('the word table and the samples name the same ids', () => {
    expect([...ALERT_IDS].sort()).toEqual(Object.keys(SAMPLES).sort())
  })

  test.each(ALERT_IDS.map((id) => [id]))('%s', (id) => {
    const a = SAMPLES[id]
    expect(a.id).toBe(id)
    expectWellWorded(a)
  })

  // The words as users read them, parameters in place: a change of wording is made here on purpose,
  // never by accident (the warnings were moved out of the calculation with their text unchanged).
  const WORDED: Record<AlertId, string> = {
    referralRequired: '一档居民到市内三级医院住院，应经二级医院转诊：未经转诊的，报销可能受影响',
    slipAboveTierCap: '结算单上的统筹基金支付高于二档年度最高支付限额 200000.00 元，请核对',
    yearAboveCap: '本年度累计统筹基金支付超过年度最高支付限额 150000.00 元，请核对结算单',
    basicSettingNotInSources: '基本医保：文件未说明异地住院如何报销，无法测算；如有结算单，请填写“统筹基金支付”',
    basicSettingUnpublished: '基本医保：访谈未说明异地安置人员住院的起付标准和支付比例：请按结算单填写',
    basicRatioIgnored: '基本医保：已按文件公布的支付比例计算，未使用填写的比例',
    basicRuleUnpublished:
      '基本医保：本地政策文件未公布住院起付标准和支付比例：请填写医院告知的起付标准和支付比例，或结算单上的“统筹基金支付”',
    layerLeftOut: '医疗机构减免：访谈未给出减免标准，未计入报销合计（这部分暂按个人负担显示）',
    layerGap: '医疗救助未能测算，医疗商业补充保险等后续各项按其支付0元计算，实际个人负担可能更低',
    countyLayersNotCollected: '医疗机构减免、医疗救助是安丘市的规定，您所在县市区的规定未收录，未计入报销合计',
    earlierEntryUnentered: '第1条有未填写的数字（如起付标准），本年度累计个人负担未定，本条的大病保险及以后各项只能给出范围',
    earlierEntryBasicUnknown:
      '第3条的基本医保未能测算，本年度累计个人负担未知，本条的大病保险及以后各项只能给出范围；请在该条填写结算单上的“统筹基金支付”',
    yearInDateOrder: '已按日期先后计算各条记录：年度累计的各项按时间顺序计',
    yearUndated: '有记录未填日期：年度累计按填写顺序计算',
    priorCounted: '已计入“本年度此前已报销”的金额：年度限额、大病保险起付标准等按此累计',
    infantDiedUnpublished: '文登区问答未涉及婴儿72小时内死亡的情形，按正常生育测算',
    extraDaysUnpublished: '安丘访谈只列出剖宫产增加15天，未单列难产：未增加难产天数',
    monthDaysIgnored: '文件已规定按30天折算日工资，未使用您选择的天数',
    otherYearStandardRate: '只收录了2020年政策，其他年份按标准费率测算，未含当年可能有的减免',
    holidaysNotCollected: '未收录2027年的节假日安排，无法判断窗口内哪天放假',
    daysOffBeforeDeadline: '从入院到10月12日，10月1日至8日放假，10月11日是周末，这些天不是工作日',
    dischargedOnAdmissionDay: '当天入院当天出院，出院前没有可以备案的工作日',
    noWorkingDayInWindow: '10月1日至8日放假，入院5日内（入院当天算第1天）没有工作日',
    onlyAdmissionDayWorking: '10月1日至8日放假，只有入院当天是工作日',
    fewWorkingDaysInWindow: '2005年12月31日至2006年1月1日是周末，出院前只有2个工作日',
    countedDayMovedBeyondSafeWindow:
      '入院后第5日6月13日不是工作日，按民法总则第二百零三条顺延到6月15日，但这一天已不在“入院5日内”的稳妥范围'
  }

  test.each(ALERT_IDS.map((id) => [id]))('%s reads as before', (id) => {
    expect(wordAlert(SAMPLES[id])).toBe(WORDED[id])
  })

  test('a caesarean without published extra days is named as such', () => {
    expect(
      wordAlert(warning('extraDaysUnpublished', { reason: '文登区问答只写了“难产的增加15天”，未单列剖宫产', extra: 'caesarean' }))
    ).toBe('文登区问答只写了“难产的增加15天”，未单列剖宫产：未增加剖宫产天数')
  })

  test('a layer left out without notes of its own says the standard is unpublished', () => {
    expect(wordAlert(warning('layerLeftOut', { layer: 'critical', reason: [] }))).toBe(
      '大病保险：文件未公布标准，未计入报销合计（这部分暂按个人负担显示）'
    )
  })

  // The filing deadline's dates and laws, in each shape the calculation gave them words before.
  test('a run of days off across two months, and a single weekend day', () => {
    expect(
      wordAlert(
        warning('daysOffBeforeDeadline', { until: '2020-02-04', daysOff: [{ from: '2020-01-24', to: '2020-02-02', publicHoliday: true }] })
      )
    ).toBe('从入院到2月4日，1月24日至2月2日放假，这些天不是工作日')
    expect(
      wordAlert(
        warning('fewWorkingDaysInWindow', {
          daysOff: [{ from: '2020-06-06', to: '2020-06-07', publicHoliday: false }],
          window: { kind: 'daysFromAdmission', days: 5 },
          workingDays: 3
        })
      )
    ).toBe('6月6日至7日是周末，入院5日内（入院当天算第1天）只有3个工作日')
    expect(
      wordAlert(
        warning('noWorkingDayInWindow', {
          daysOff: [{ from: '2020-06-13', to: '2020-06-13', publicHoliday: false }],
          window: { kind: 'beforeDischarge' }
        })
      )
    ).toBe('6月13日是周末，出院前没有工作日')
  })

  test('from 2021 the law is 民法典', () => {
    expect(
      wordAlert(warning('countedDayMovedBeyondSafeWindow', { days: 5, countedDay: '2021-01-09', movedTo: '2021-01-11', law: 'civilCode' }))
    ).toBe('入院后第5日1月9日不是工作日，按民法典第二百零三条顺延到1月11日，但这一天已不在“入院5日内”的稳妥范围')
  })
})

describe('each tool words its own alerts: the main package carries only the core words', () => {
  const tables = [CORE_ALERT_WORDS, MATERNITY_ALERT_WORDS, CONTRIBUTION_ALERT_WORDS].map((t) => Object.keys(t))

  test('the tables together word every id, each id once', () => {
    expect(tables.flat().sort()).toEqual([...ALERT_IDS].sort())
    expect(new Set(tables.flat()).size).toBe(ALERT_IDS.length)
  })

  test('the 生育 and 缴费 words are not among the core words', () => {
    for (const id of ['infantDiedUnpublished', 'extraDaysUnpublished', 'monthDaysIgnored', 'otherYearStandardRate'] as const) {
      expect(() => CORE_ALERTS.wordAlert(SAMPLES[id])).toThrow(`no words for alert ${id} here`)
    }
  })

  test.each(Object.keys(CORE_ALERT_WORDS).map((id) => [id as AlertId]))('%s: the core words are the public words', (id) => {
    expect(CORE_ALERTS.wordAlert(SAMPLES[id])).toBe(wordAlert(SAMPLES[id]))
    expect(CORE_ALERTS.wordAlertBesideLayers(SAMPLES[id])).toBe(wordAlertBesideLayers(SAMPLES[id]))
  })
})

describe('beside the layers, a layer left out does not say its reason twice', () => {
  test('its reason is on its row: the warning keeps what it adds', () => {
    expect(wordAlertBesideLayers(SAMPLES.layerLeftOut)).toBe('医疗机构减免：未计入报销合计（这部分暂按个人负担显示）')
  })

  test('without a reason of its own, it is said in full', () => {
    const bare = warning('layerLeftOut', { layer: 'critical', reason: [] })
    expect(wordAlertBesideLayers(bare)).toBe(wordAlert(bare))
  })

  test.each(ALERT_IDS.filter((id) => id !== 'layerLeftOut').map((id) => [id]))('%s is worded as everywhere', (id) => {
    expect(wordAlertBesideLayers(SAMPLES[id])).toBe(wordAlert(SAMPLES[id]))
  })
})

// ---------------------------------------------------------------------------------------------
// A broad sample of results: every alert is worded in full, and `warnings` are those words.

interface Warned {
  warnings: string[]
  alerts?: Alert[]
}

/** Every object in a result that warns: a stay, the year. */
function warned(value: unknown, out: Warned[] = []): Warned[] {
  if (Array.isArray(value)) for (const v of value) warned(v, out)
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>
    if (Array.isArray(o.warnings)) out.push(o as unknown as Warned)
    for (const v of Object.values(o)) warned(v, out)
  }
  return out
}

const seen = new Set<AlertId>()
let results = 0

function checkResult(result: unknown): void {
  for (const w of warned(result)) {
    expect(w.alerts).toBeDefined()
    const alerts = w.alerts as Alert[]
    for (const a of alerts) {
      expectWellWorded(a)
      seen.add(a.id)
    }
    expect(w.warnings).toEqual(alerts.map(wordAlert))
    results++
  }
}

/** Bad input is the user's to fix (a missing hospital level): it says so, and is not a warning. */
function run(fn: () => unknown): void {
  let result: unknown
  try {
    result = fn()
  } catch (e) {
    if (e instanceof PolicyInputError) return
    throw e
  }
  checkResult(result)
}

describe('every alert a result carries is worded in full', () => {
  test('stays, years of several entries and slip checks, in both regions', () => {
    fc.assert(
      fc.property(household, fc.array(stay, { minLength: 1, maxLength: 5 }), fc.nat(), (h, stays, n) => {
        const y = toYear(h, stays)
        const [first] = y.entries
        run(() => estimateInpatient({ ...y, ...first, kind: undefined } as InpatientInput))
        run(() => estimateYear(y))
        const index = y.entries.findIndex((s) => s.kind === undefined)
        if (index >= 0) {
          const s = at(y.entries, index)
          const slip = { totalCost: s.totalCost, compliantCost: s.compliantCost ?? s.totalCost, basicPaid: yuan(n % 9_000_000) }
          run(() => checkSlip({ ...y, stayIndex: index, slip }))
        }
      }),
      { numRuns: 300, seed: 2327 }
    )
  })

  test('生育 and 缴费, in both regions', () => {
    fc.assert(
      fc.property(household, fen, fc.nat(), (h, wage, n) => {
        const base = { region: h.region, year: yearOf(h) }
        const event: MaternityEvent =
          n % 3 === 0
            ? { kind: 'miscarriage', monthsPregnant: 1 + (n % 9) }
            : { kind: 'birth', babies: 1 + (n % 3), caesarean: n % 2 === 0, difficult: n % 5 < 2, infantDiedWithin72h: n % 7 === 0 }
        const monthDays = n % 4 === 0 ? undefined : 28 + (n % 4)
        run(() => maternityDays(getPack(base.region, base.year).maternity, event))
        run(() => maternityAllowance({ ...base, averageMonthlyWage: yuan(wage), event, monthDays }))
        run(() => maternityWithoutInsurance({ ...base, event, preLeaveMonthlyWage: n % 3 === 0 ? undefined : yuan(wage), monthDays }))
        const month = `${2018 + (n % 5)}-${String(1 + (n % 12)).padStart(2, '0')}`
        const employerType = n % 2 === 0 ? ('enterprise' as const) : ('institution' as const)
        run(() => employeeContribution({ ...base, base: yuan(wage), month, employerType, age: 18 + (n % 50) }))
        run(() => employeeYear({ ...base, base: yuan(wage), employerType, age: 18 + (n % 50) }))
      }),
      { numRuns: 300, seed: 2328 }
    )
  })

  test('异地急诊 filing deadlines, in both regions, within the holiday data and outside it', () => {
    const day = (n: number): string => new Date(Date.UTC(2003, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
    fc.assert(
      // Admitted 2003 to 2030: years the holiday data (2004–2026) covers and years it does not.
      fc.property(fc.integer({ min: 0, max: 28 * 365 }), fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }), (n, daysIn) => {
        const admissionDate = day(n)
        const dischargeDate = daysIn === undefined ? undefined : day(n + daysIn)
        run(() => filingDeadline({ region: 'weihai', year: 2020, situation: 'emergency', admissionDate }))
        run(() => filingDeadline({ region: 'weifang', year: 2020, situation: 'emergency', admissionDate, dischargeDate }))
      }),
      { numRuns: 300, seed: 2329 }
    )
  })

  test('the sample was broad: many warnings, of every id', () => {
    expect(results).toBeGreaterThan(1000)
    expect(ALERT_IDS.filter((id) => !seen.has(id))).toEqual([])
  })
})
