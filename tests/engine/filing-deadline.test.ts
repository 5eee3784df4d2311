// 异地急诊 filing deadline (POLICY-READING §8). 民法总则/民法典 第201条: the admission day is not counted;
// 第203条: a last day off moves to the next working day (Weifang's calendar days).
import { filingDeadline, HOLIDAY_DATA_FIRST_YEAR, HOLIDAY_DATA_LAST_YEAR, isWithinHolidayData, wordAlert } from '../../src/engine'
import { warning } from '../../src/engine/alerts'
import { at } from '../../src/test-support/present'

const weihai = (admissionDate: string) => filingDeadline({ region: 'weihai', year: 2020, situation: 'emergency', admissionDate })
const weifang = (admissionDate: string, dischargeDate?: string) =>
  filingDeadline({ region: 'weifang', year: 2020, situation: 'emergency', admissionDate, dischargeDate })

describe('Weihai: 3rd working day after admission, national holiday calendar', () => {
  test.each([
    // National Day 2020: 10-01..10-08 off; Sun 09-27 and Sat 10-10 are make-up workdays
    ['2020-09-30', '2020-10-12'], // 10-09 (1), Sat 10-10 (2), 10-12 (3)
    ['2020-09-28', '2020-10-09'], // 09-29 (1), 09-30 (2), 10-09 (3)
    ['2020-09-25', '2020-09-29'], // Sat 09-26 off, Sun 09-27 (1), 09-28 (2), 09-29 (3)
    ['2020-09-26', '2020-09-29'],
    ['2020-10-01', '2020-10-12'], // admitted on the holiday
    // Spring Festival 2020, extended to 02-02; Sun 01-19 was a make-up workday
    ['2020-01-17', '2020-01-21'], // Sat 01-18 off, Sun 01-19 (1), 01-20 (2), 01-21 (3)
    ['2020-01-22', '2020-02-04'], // 01-23 (1), 01-24..02-02 off, 02-03 (2), 02-04 (3)
    ['2020-01-23', '2020-02-05'],
    ['2020-02-01', '2020-02-05'], // 02-03, 02-04, 02-05
    // ordinary weeks
    ['2020-06-01', '2020-06-04'],
    ['2020-06-05', '2020-06-10'], // Fri: Mon, Tue, Wed
    ['2026-12-25', '2026-12-30'] // last covered year
  ])('admitted %s → %s', (admission, deadline) => {
    const r = weihai(admission)
    expect(r.deadline).toBe(deadline)
    expect(r.workingDays).toBe(true)
  })

  test('basis and source', () => {
    const r = weihai('2020-09-30')
    expect(r.basis).toContain('民法总则第二百零一条') // in force in 2020
    expect(r.basis).toContain('没有引用')
    expect(r.basis).toContain('第3个工作日')
    expect(at(r.sources, 0).quote).toContain('3个工作日内')
  })

  test('holiday data ends 2026: beyond it, the safe date in calendar days and no legal date', () => {
    expect(HOLIDAY_DATA_FIRST_YEAR).toBe(2004)
    expect(HOLIDAY_DATA_LAST_YEAR).toBe(2026)
    expect(isWithinHolidayData('2026-12-31')).toBe(true)
    expect(isWithinHolidayData('2027-01-01')).toBe(false)
    expect(isWithinHolidayData('2003-12-31')).toBe(false)
    for (const [d, safe, year] of [
      ['2027-01-05', '2027-01-07', 2027], // day 1 = 01-05, day 3 = 01-07
      ['2026-12-30', '2027-01-01', 2027], // the count runs into 2027
      ['2003-06-02', '2003-06-04', 2003]
    ] as const) {
      const r = weihai(d)
      expect(r.deadline).toBeNull()
      expect(r.safeDeadline).toBe(safe)
      expect(r.holidayDataMissing).toBe(true)
      expect(r.basis).toContain(`未收录${year}年的节假日安排`)
      expect(r.basis).toContain('2004–2026年')
    }
  })
})

describe('safe date: the admission day counted (POLICY-READING §8, §10)', () => {
  test.each([
    // [admission, safe, legal]
    ['2020-01-17', '2020-01-20', '2020-01-21'], // Fri 17 (1), Sun 19 make-up (2), Mon 20 (3)
    ['2020-01-22', '2020-02-03', '2020-02-04'], // Wed 22 (1), Thu 23 (2), Mon 02-03 (3)
    ['2020-05-01', '2020-05-08', '2020-05-08'], // a holiday is not a working day: both from Wed 05-06
    ['2020-09-30', '2020-10-10', '2020-10-12'],
    ['2020-06-05', '2020-06-09', '2020-06-10']
  ])('Weihai admitted %s → safe %s, legal %s', (admission, safe, legal) => {
    const r = weihai(admission)
    expect(r.safeDeadline).toBe(safe)
    expect(r.deadline).toBe(legal)
    expect(r.holidayDataMissing).toBe(false)
    expect(r.safeDeadline <= (r.deadline as string)).toBe(true)
  })

  test.each([
    // [admission, discharge, safe, legal]
    // [admission, discharge, safe, counted, no working day in the window]
    // Labour Day 2020: 05-01..05-05 off, Sat 05-09 a make-up workday
    ['2020-05-01', undefined, '2020-05-06', '2020-05-06', true], // window 05-01..05-05 all off
    ['2020-05-01', '2020-05-03', '2020-05-03', '2020-05-03', true], // no working day before discharge
    ['2020-05-01', '2020-05-06', '2020-05-06', '2020-05-06', true],
    ['2020-05-01', '2020-05-01', '2020-05-01', '2020-05-01', true], // same day: no day before discharge
    ['2020-06-08', undefined, '2020-06-12', '2020-06-15', false], // counted Sat 06-13 → Mon 06-15
    ['2020-06-08', '2020-06-11', '2020-06-10', '2020-06-11', false], // the day before discharge
    ['2020-09-30', undefined, '2020-09-30', '2020-10-09', false], // the admission day is the only working day
    ['2020-10-01', undefined, '2020-10-09', '2020-10-09', true],
    ['2020-06-05', undefined, '2020-06-09', '2020-06-10', false] // Fri: window 06-05..06-09, Sat/Sun off
  ])('Weifang admitted %s, discharged %s → safe %s, counted %s', (admission, discharge, safe, counted, none) => {
    const r = weifang(admission, discharge)
    expect(r.safeDeadline).toBe(safe)
    expect(r.deadline).toBe(counted)
    expect(r.noWorkingDay).toBe(none)
    expect(r.holidayDataMissing).toBe(false)
    if (!none) expect(r.safeDeadline < (r.deadline as string)).toBe(true)
  })

  test('Weifang outside the holiday data: calendar days stepped back over weekends, counted day not moved', () => {
    const r = weifang('2027-03-01') // Mon
    expect(r.safeDeadline).toBe('2027-03-05')
    expect(r.deadline).toBe('2027-03-06')
    expect(r.holidayDataMissing).toBe(true)
    expect(r.basis).toContain('实际可能更晚')
    const w = weifang('2030-01-01') // day 5 = Sat 01-05 → Fri 01-04
    expect(w.safeDeadline).toBe('2030-01-04')
    expect(w.warnings?.[0]).toContain('未收录2030年的节假日安排')
  })

  test('the safe basis says how it was counted', () => {
    expect(weihai('2020-01-17').safeBasis).toContain('住院当日是工作日')
    expect(weihai('2020-05-01').safeBasis).toContain('住院当日不是工作日')
    expect(weifang('2020-06-08', '2020-06-11').safeBasis).toContain('出院前一天')
    expect(weifang('2020-06-08').safeBasis).toContain('工作日')
  })
})

describe('the dates the page must show (POLICY-READING §8)', () => {
  test('Weihai 2020-09-30: safe Sat 10-10, a make-up workday said at the date; counted 10-12', () => {
    const r = weihai('2020-09-30')
    expect(r.safeDeadline).toBe('2020-10-10')
    expect(r.safeNote).toBe('10月10日是周六，按国家节假日安排调休上班，是工作日')
    expect(r.deadline).toBe('2020-10-12')
    expect(r.warnings).toEqual(['从入院到10月12日，10月1日至8日放假，10月11日是周末，这些天不是工作日'])
  })

  test('Weihai 2020-01-22: safe 02-03, counted 02-04, the extended Spring Festival named', () => {
    const r = weihai('2020-01-22')
    expect(r.safeDeadline).toBe('2020-02-03')
    expect(r.deadline).toBe('2020-02-04')
    expect(r.safeNote).toBeUndefined()
    expect(r.warnings?.[0]).toContain('1月24日至2月2日放假')
  })

  test('Weifang 2020-09-30: safe 09-30, counted 10-09 (第203条), the holiday said', () => {
    const r = weifang('2020-09-30')
    expect(r.safeDeadline).toBe('2020-09-30')
    expect(r.deadline).toBe('2020-10-09')
    expect(r.warnings?.[0]).toBe('10月1日至8日放假，只有入院当天是工作日')
    expect(r.basis).toContain('民法总则第二百零三条')
    expect(r.noWorkingDay).toBe(false)
  })

  test('Weifang 2020-06-08: safe 06-12, counted 06-15', () => {
    const r = weifang('2020-06-08')
    expect(r.safeDeadline).toBe('2020-06-12')
    expect(r.deadline).toBe('2020-06-15')
    expect(r.safeNote).toBeUndefined()
  })

  test('Weifang 2020-10-01: no working day in the window, the counted 10-09 is not a safe date', () => {
    const r = weifang('2020-10-01')
    expect(r.noWorkingDay).toBe(true)
    expect(r.deadline).toBe('2020-10-09')
    expect(r.safeDeadline).toBe('2020-10-09')
    expect(r.warnings?.[0]).toContain('没有工作日')
  })

  test('Weifang 2020-05-01 discharged 05-03: counted 05-03, no working day before discharge', () => {
    const r = weifang('2020-05-01', '2020-05-03')
    expect(r.deadline).toBe('2020-05-03')
    expect(r.limitedByDischarge).toBe(true)
    expect(r.noWorkingDay).toBe(true)
    expect(r.warnings).toEqual(['5月1日至2日放假，出院前没有工作日'])
  })

  test('the counted day is never after discharge, the safe day always before it', () => {
    for (let d = 0; d < 366; d += 3) {
      const admission = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)
      for (const stay of [0, 1, 2, 4, 6, 12]) {
        const discharge = new Date(Date.UTC(2020, 0, 1 + d + stay)).toISOString().slice(0, 10)
        const r = weifang(admission, discharge)
        expect((r.deadline as string) <= discharge).toBe(true)
        if (!r.noWorkingDay) {
          expect(r.safeDeadline < discharge).toBe(true)
          expect(r.safeDeadline >= admission).toBe(true)
        }
      }
    }
  })
})

describe('Weifang: within 5 days of admission and before discharge', () => {
  test.each([
    ['2020-09-30', undefined, '2020-10-09', false], // 10-05 is off: moved to 10-09 (第203条)
    ['2020-09-30', '2020-10-03', '2020-10-03', true],
    ['2020-09-30', '2020-10-05', '2020-10-05', true], // moved past 10-05, but never after discharge
    ['2020-09-30', '2020-10-20', '2020-10-09', false],
    ['2020-09-30', '2020-09-30', '2020-09-30', true], // discharged the same day
    ['2020-02-27', undefined, '2020-03-03', false], // leap year: 02-28, 02-29, 03-01, 03-02, 03-03
    ['2030-01-01', undefined, '2030-01-06', false] // no holiday data: not moved
  ])('admitted %s, discharged %s → %s', (admission, discharge, deadline, limited) => {
    const r = weifang(admission, discharge)
    expect(r.deadline).toBe(deadline)
    expect(r.workingDays).toBe(false)
    expect(r.limitedByDischarge).toBe(limited)
  })

  test('discharge before admission is refused', () => {
    expect(() => weifang('2020-09-30', '2020-09-29')).toThrow(expect.objectContaining({ field: 'dischargeDate' }))
  })
})

describe('dates are validated strictly', () => {
  test.each(['2020-02-30', '2021-02-29', '2020-13-01', '2020/01/01', '20200101', '', '2020-1-1'])('%s', (bad) => {
    expect(() => weihai(bad)).toThrow(expect.objectContaining({ field: 'admissionDate' }))
    expect(() => weifang(bad)).toThrow(expect.objectContaining({ field: 'admissionDate' }))
  })
  test('2020-02-29 is real', () => {
    expect(weihai('2020-02-29').deadline).toBe('2020-03-04')
  })
  test('discharge date too', () => {
    expect(() => weifang('2020-01-01', '2020-02-30')).toThrow(expect.objectContaining({ field: 'dischargeDate' }))
  })
})

// The warnings as data (alerts.ts): the dates and the runs of days off as the calculation counted
// them, and the words as users read them before the warnings became data (pinned, not recomputed).
describe('the warnings are alerts, worded as before, one for one', () => {
  const holiday = (from: string, to: string) => ({ from, to, publicHoliday: true })
  const weekend = (from: string, to: string) => ({ from, to, publicHoliday: false })

  test.each([
    [
      'Weihai 2020-09-30: National Day and a Sunday before the counted day',
      weihai('2020-09-30'),
      [
        warning('daysOffBeforeDeadline', {
          until: '2020-10-12',
          daysOff: [holiday('2020-10-01', '2020-10-08'), weekend('2020-10-11', '2020-10-11')]
        })
      ],
      ['从入院到10月12日，10月1日至8日放假，10月11日是周末，这些天不是工作日']
    ],
    [
      'Weihai 2020-01-22: the Spring Festival across two months',
      weihai('2020-01-22'),
      [warning('daysOffBeforeDeadline', { until: '2020-02-04', daysOff: [holiday('2020-01-24', '2020-02-02')] })],
      ['从入院到2月4日，1月24日至2月2日放假，这些天不是工作日']
    ],
    ['Weihai 2020-06-01: no day off, no warning', weihai('2020-06-01'), [], []],
    [
      'Weihai 2027-01-05: beyond the holiday data',
      weihai('2027-01-05'),
      [warning('holidaysNotCollected', { year: 2027 })],
      ['未收录2027年的节假日安排，无法判断窗口内哪天放假']
    ],
    [
      'Weifang 2030-01-01: beyond the holiday data',
      weifang('2030-01-01'),
      [warning('holidaysNotCollected', { year: 2030 })],
      ['未收录2030年的节假日安排，无法判断窗口内哪天放假']
    ],
    [
      'Weifang 2020-10-01: no working day in the five days',
      weifang('2020-10-01'),
      [warning('noWorkingDayInWindow', { daysOff: [holiday('2020-10-01', '2020-10-08')], window: { kind: 'daysFromAdmission', days: 5 } })],
      ['10月1日至8日放假，入院5日内（入院当天算第1天）没有工作日']
    ],
    [
      'Weifang 2020-05-01 discharged 05-03: no working day before discharge',
      weifang('2020-05-01', '2020-05-03'),
      [warning('noWorkingDayInWindow', { daysOff: [holiday('2020-05-01', '2020-05-02')], window: { kind: 'beforeDischarge' } })],
      ['5月1日至2日放假，出院前没有工作日']
    ],
    [
      'Weifang 2020-09-30 discharged the same day',
      weifang('2020-09-30', '2020-09-30'),
      [warning('dischargedOnAdmissionDay')],
      ['当天入院当天出院，出院前没有可以备案的工作日']
    ],
    [
      'Weifang 2020-09-30: only the admission day, and the counted 10-05 moved to 10-09',
      weifang('2020-09-30'),
      [
        warning('onlyAdmissionDayWorking', { daysOff: [holiday('2020-10-01', '2020-10-08')] }),
        warning('countedDayMovedBeyondSafeWindow', { days: 5, countedDay: '2020-10-05', movedTo: '2020-10-09', law: 'generalPrinciples' })
      ],
      [
        '10月1日至8日放假，只有入院当天是工作日',
        '入院后第5日10月5日不是工作日，按民法总则第二百零三条顺延到10月9日，但这一天已不在“入院5日内”的稳妥范围'
      ]
    ],
    [
      'Weifang 2020-06-05: a weekend in the five days',
      weifang('2020-06-05'),
      [
        warning('fewWorkingDaysInWindow', {
          daysOff: [weekend('2020-06-06', '2020-06-07')],
          window: { kind: 'daysFromAdmission', days: 5 },
          workingDays: 3
        })
      ],
      ['6月6日至7日是周末，入院5日内（入院当天算第1天）只有3个工作日']
    ],
    [
      'Weifang 2005-12-29 discharged 2006-01-02: a weekend across the new year',
      weifang('2005-12-29', '2006-01-02'),
      [
        warning('fewWorkingDaysInWindow', {
          daysOff: [weekend('2005-12-31', '2006-01-01')],
          window: { kind: 'beforeDischarge' },
          workingDays: 2
        })
      ],
      ['2005年12月31日至2006年1月1日是周末，出院前只有2个工作日']
    ],
    [
      'Weifang 2020-06-08: the counted Saturday moves beyond the safe window (民法总则)',
      weifang('2020-06-08'),
      [warning('countedDayMovedBeyondSafeWindow', { days: 5, countedDay: '2020-06-13', movedTo: '2020-06-15', law: 'generalPrinciples' })],
      ['入院后第5日6月13日不是工作日，按民法总则第二百零三条顺延到6月15日，但这一天已不在“入院5日内”的稳妥范围']
    ],
    [
      'Weifang 2021-01-04: the same under 民法典',
      weifang('2021-01-04'),
      [warning('countedDayMovedBeyondSafeWindow', { days: 5, countedDay: '2021-01-09', movedTo: '2021-01-11', law: 'civilCode' })],
      ['入院后第5日1月9日不是工作日，按民法典第二百零三条顺延到1月11日，但这一天已不在“入院5日内”的稳妥范围']
    ],
    [
      'Weifang 2020-01-20: days off in the window and the counted day moved, two warnings in order',
      weifang('2020-01-20'),
      [
        warning('fewWorkingDaysInWindow', {
          daysOff: [holiday('2020-01-24', '2020-02-02')],
          window: { kind: 'daysFromAdmission', days: 5 },
          workingDays: 4
        }),
        warning('countedDayMovedBeyondSafeWindow', { days: 5, countedDay: '2020-01-25', movedTo: '2020-02-03', law: 'generalPrinciples' })
      ],
      [
        '1月24日至2月2日放假，入院5日内（入院当天算第1天）只有4个工作日',
        '入院后第5日1月25日不是工作日，按民法总则第二百零三条顺延到2月3日，但这一天已不在“入院5日内”的稳妥范围'
      ]
    ]
  ] as const)('%s', (_, r, alerts, words) => {
    expect(r.alerts).toEqual(alerts)
    expect(r.warnings).toEqual(words)
    expect(r.warnings).toEqual(r.alerts?.map(wordAlert))
  })
})
