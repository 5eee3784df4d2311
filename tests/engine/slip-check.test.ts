// 核对结算单 (issue 24): hand-worked slips, each line against the range the sources give.
// Weihai poverty chain: seed 000 六重保障 (POLICY-READING §2, §4); Weifang 大病: seed 004 Q7 (§3);
// 安丘 key group: seed 004 Q3, Q8 (§5).
import type { SlipCheck, SlipInput, SlipLine, SlipLineId } from '../../src/engine'
import { checkSlip, PolicyInputError } from '../../src/engine'
import { quoteFound, loadSeeds } from '../../scripts/quotes'
import { at, defined } from '../../src/test-support/present'
import { buildFictionalWeihai } from '../fixtures/fictional-weihai-2099'

function line(r: SlipCheck, id: SlipLineId): SlipLine {
  const found = r.lines.find((l) => l.id === id)
  if (!found) throw new Error(`no ${id} line in ${r.lines.map((l) => l.id).join(',')}`)
  return found
}

function brief(r: SlipCheck): string[] {
  return r.lines.map((l) => `${l.id} ${l.slip} [${l.range.low ?? '…'}, ${l.range.high ?? '…'}] ${l.status}`)
}

// 威海, 建档立卡贫困人口（继续享受政策）, 一档, 二级医院, the hospital's deductible 800 entered by the user.
// T = 110,000, C = 100,000.
//   basic      (100,000 − 800) × 60%                  = 59,520       P1 = 40,480
//   大病倾斜    (40,480 − 5,000) × 65% = 35,480 × 0.65 = 23,062       P2 = 17,418
//   减免        (110,000 − 100,000) × 10% = 1,000 → 每人最多200 = 200
//   救助        P2 = 17,418 < 20,000                    = 0            P4 = 17,418
//   商业        17,418 − 9.8% × 100,000 = 17,418 − 9,800 = 7,618       P5 = 9,800
//   再救助      (9,800 − 5,000) × 70%                   = 3,360        P6 = 6,440
//   个人负担    6,440 + 10,000 − 200                    = 16,240
//   sum: 59,520 + 23,062 + 200 + 0 + 7,618 + 3,360 + 16,240 = 110,000
const weihaiPoor: Omit<SlipInput, 'slip'> = {
  region: 'weihai',
  // The policy year these figures and words are of: pinned, so a newer pack registered beside it changes nothing.
  year: 2020,
  tier: 1,
  povertyHousehold: true,
  entries: [{ totalCost: '110000', compliantCost: '100000', hospitalLevel: 2, deductible: '800' }],
  stayIndex: 0
}
const completeSlip = {
  totalCost: '110000',
  compliantCost: '100000',
  basicPaid: '59520',
  critical: '23062',
  hospitalWaiver: '200',
  assistance: '0',
  commercial: '7618',
  reassistance: '3360',
  outOfPocket: '16240'
}

describe('a year given under the old name of its entries, `stays` (deprecated)', () => {
  const { entries, ...rest } = weihaiPoor

  test('checks the same as under `entries`', () => {
    const old = checkSlip({ ...rest, stays: entries, slip: completeSlip })
    expect(old).toEqual(checkSlip({ ...weihaiPoor, slip: completeSlip }))
    expect(line(old, 'critical')).toMatchObject({ slip: '23062.00', status: 'within' })
    // An error of the slip's own stay is still named as the slip's.
    expect(() => checkSlip({ ...rest, stays: entries, slip: { compliantCost: '200000' } })).toThrow(
      '结算单：政策范围内费用不能大于住院总费用'
    )
  })

  test('both names at once is refused', () => {
    expect(() => checkSlip({ ...weihaiPoor, stays: entries, slip: completeSlip })).toThrow(
      expect.objectContaining({ field: 'entries', message: expect.stringContaining('同时有 entries 和 stays') })
    )
  })
})

describe('a complete Weihai poverty slip that matches', () => {
  const r = checkSlip({ ...weihaiPoor, slip: completeSlip })

  test('every line within an exact range, sums to the fen', () => {
    expect(brief(r)).toEqual([
      'basic 59520.00 [59520.00, 59520.00] within',
      'critical 23062.00 [23062.00, 23062.00] within',
      'hospitalWaiver 200.00 [200.00, 200.00] within',
      'assistance 0.00 [0.00, 0.00] within',
      'commercial 7618.00 [7618.00, 7618.00] within',
      'reassistance 3360.00 [3360.00, 3360.00] within',
      'outOfPocket 16240.00 [16240.00, 16240.00] within'
    ])
    expect(r.sumsChecked).toBe(true)
    expect(r.sumsOk).toBe(true)
    expect(r.sumsDifference).toBe('0.00')
    expect(r.lines.every((l) => l.help === undefined)).toBe(true)
  })

  test('the basic line is checked against the rule, not against itself', () => {
    // 59,520.01 is above (100,000 − 800) × 60%
    const up = checkSlip({ ...weihaiPoor, slip: { ...completeSlip, basicPaid: '59520.01', outOfPocket: '16239.99' } })
    expect(line(up, 'basic').status).toBe('higher')
    expect(line(up, 'basic').above).toEqual({ low: '0.01', high: '0.01' })
  })

  test('without the deductible, basic is open below (起付标准未填写) and at most (100,000 − 0) × 60% = 60,000', () => {
    const open = checkSlip({ ...weihaiPoor, entries: [{ totalCost: '110000', hospitalLevel: 2 }], slip: completeSlip })
    const basic = line(open, 'basic')
    expect(basic.range).toEqual({ low: null, high: '60000.00' })
    expect(basic.status).toBe('open')
    expect(basic.openSides).toEqual({ low: true, high: false, reasons: ['起付标准（未填写）'] })
    // the later layers rest on the slip's 统筹基金支付: still exact
    expect(line(open, 'reassistance').status).toBe('within')
  })
})

describe('the same slip without 再救助', () => {
  // The slip leaves 再救助 out; its 个人负担 is 16,240 + 3,360 = 19,600, so it still adds up.
  const { reassistance: _left, ...rest } = completeSlip
  const slip = { ...rest, outOfPocket: '19600' }
  const r = checkSlip({ ...weihaiPoor, slip })

  test('再救助 counts as 0 and is lower by 3,360; 个人负担 is higher by 3,360', () => {
    const re = line(r, 'reassistance')
    expect(re).toMatchObject({
      slip: '0.00',
      shown: false,
      range: { low: '3360.00', high: '3360.00' },
      status: 'lower',
      mayBeOwed: { low: '3360.00', high: '3360.00' }
    })
    expect(line(r, 'outOfPocket')).toMatchObject({ status: 'higher', above: { low: '3360.00', high: '3360.00' } })
    expect(r.sumsOk).toBe(true)
  })

  test('what to do: the 医保工作站 at 威海市中心医院, and that the text names no materials', () => {
    const help = line(r, 'reassistance').help
    expect(help?.who.map((t) => t.text).join('')).toContain('威海市中心医院')
    expect(help?.who.map((t) => t.text).join('')).toContain('一单式结算')
    expect(help?.bring).toEqual([])
    expect(help?.silent.join('')).toContain('没有写明')
  })

  test('every what-to-do quote is verbatim in the sources', () => {
    const seeds = loadSeeds()
    if (!seeds.available) return
    const texts = seeds.sources.map((s) => s.text)
    for (const t of line(r, 'reassistance').help?.who ?? []) {
      expect(texts.some((x) => quoteFound(x, t.reference.quote))).toBe(true)
    }
  })

  test('without 个人负担 the slip does not show the total 再救助 belongs to: no 再救助 line, sums not checked', () => {
    const { outOfPocket: _o, ...noShare } = slip
    const partial = checkSlip({ ...weihaiPoor, slip: noShare })
    expect(partial.lines.map((l) => l.id)).toEqual(['basic', 'critical', 'hospitalWaiver', 'assistance', 'commercial'])
    expect(partial.sumsChecked).toBe(false)
    expect(partial.sumsOk).toBe(false)
  })
})

describe('安丘 key-assistance group', () => {
  // 潍坊 二档 resident, 安丘市 重点救助对象. T = 110,000, C = 100,000, slip 统筹 60,000 → P1 = 40,000.
  //   大病        (40,000 − 12,000) × 60%   = 16,800   P2 = 23,200
  //   救助        23,200 × 40%（不设起付线）  = 9,280    at most: 年度限额未公布      P3 = 13,920
  //   再救助      (13,920 − 5,000) × 70%    = 6,244    open: 减免、商业补偿未公布, the 救助 cap
  //   个人负担    13,920 − 6,244 + 10,000   = 17,676
  //   sum: 60,000 + 16,800 + 9,280 + 6,244 + 17,676 = 110,000
  const anqiu: Omit<SlipInput, 'slip'> = {
    region: 'weifang',
    tier: 2,
    assistanceGroup: 'key',
    county: 'anqiu',
    entries: [{ totalCost: '110000' }],
    stayIndex: 0
  }
  const slip = {
    totalCost: '110000',
    compliantCost: '100000',
    basicPaid: '60000',
    critical: '16800',
    assistance: '9280',
    reassistance: '6244',
    outOfPocket: '17676'
  }
  const r = checkSlip({ ...anqiu, slip })

  test('大病 is exact; the rest is open on the side the sources leave open, and says why', () => {
    expect(brief(r)).toEqual([
      'basic 60000.00 [0.00, …] open',
      'critical 16800.00 [16800.00, 16800.00] within',
      'hospitalWaiver 0.00 [0.00, …] open',
      'assistance 9280.00 […, 9280.00] open',
      'commercial 0.00 [0.00, …] open',
      'reassistance 6244.00 […, …] open',
      'outOfPocket 17676.00 […, …] open'
    ])
    expect(line(r, 'assistance').openSides).toEqual({ low: true, high: false, reasons: ['医疗救助年度限额（文件未公布）'] })
    expect(line(r, 'basic').openSides?.reasons[0]).toContain('文件未公布')
    expect(line(r, 'hospitalWaiver').openSides?.reasons[0]).toContain('未给出减免标准')
    expect(r.sumsOk).toBe(true)
  })

  test('救助 shown higher than 40% of P2 is higher by what is above 9,280', () => {
    const up = checkSlip({ ...anqiu, slip: { ...slip, assistance: '9300', outOfPocket: '17656' } })
    expect(line(up, 'assistance')).toMatchObject({ status: 'higher', above: { low: '20.00', high: null } })
  })

  test('a slip without 医疗救助: open (the cap is not published), with the key group materials from the interview', () => {
    const { assistance: _a, ...noAssist } = slip
    const miss = checkSlip({ ...anqiu, slip: { ...noAssist, outOfPocket: '26956' } })
    const a = line(miss, 'assistance')
    expect(a).toMatchObject({ slip: '0.00', shown: false, status: 'open' })
    const help = defined(a.help, 'help with the assistance line')
    expect(at(help.bring, 0).text).toContain('身份证和银行卡复印件')
    expect(at(help.bring, 0).reference.quote).toContain('医保联网报销结算单')
  })

  test('大病 shown lower: lower by 1,800, and the words on 大病 from the interview', () => {
    const low = checkSlip({ ...anqiu, slip: { ...slip, critical: '15000', outOfPocket: '19476' } })
    const c = line(low, 'critical')
    expect(c).toMatchObject({ status: 'lower', mayBeOwed: { low: '1800.00', high: '1800.00' } })
    expect(c.help?.who.map((t) => t.text).join('')).toContain('中国人寿保险公司')
    expect(c.help?.silent.join('')).toContain('没有写明')
  })

  test('low-income group: the 47 working days', () => {
    const li = checkSlip({
      ...anqiu,
      assistanceGroup: 'lowIncome',
      slip: { totalCost: '110000', compliantCost: '100000', basicPaid: '60000', critical: '16800', assistance: '0', outOfPocket: '33200' }
    })
    expect(at(defined(line(li, 'assistance').help, 'help with the assistance line').who, 0).text).toContain('47个工作日')
  })
})

describe('a Weifang resident slip from the 12,000 大病 deductible, after an earlier stay', () => {
  // 潍坊 二档 resident (not poverty, not 安丘). Earlier stay: T = C = 20,000, 统筹 12,000 → P1 = 8,000
  // (under 12,000: 大病 0). This stay: T = 150,000, C = 130,000, 统筹 70,000 → P1 = 60,000.
  //   大病, cumulative in the year: (8,000 + 60,000 − 12,000) × 60% = 56,000 × 0.6 = 33,600 − 0 paid = 33,600
  //   个人负担: 60,000 − 33,600 + 20,000 = 46,400
  // A slip computed as if first in the year: (60,000 − 12,000) × 60% = 28,800; 个人负担 51,200.
  const year: Omit<SlipInput, 'slip'> = {
    region: 'weifang',
    tier: 2,
    entries: [
      { totalCost: '20000', compliantCost: '20000', basicPaid: '12000', date: '2020-03-01' },
      { totalCost: '150000', date: '2020-06-01' }
    ],
    stayIndex: 1
  }
  const slip = { totalCost: '150000', compliantCost: '130000', basicPaid: '70000', critical: '33600', outOfPocket: '46400' }

  test('the slip that counts the earlier stay matches', () => {
    const r = checkSlip({ ...year, slip })
    expect(line(r, 'critical')).toMatchObject({ range: { low: '33600.00', high: '33600.00' }, status: 'within' })
    expect(line(r, 'outOfPocket').status).toBe('within')
    expect(line(r, 'basic').status).toBe('open') // 潍坊 住院起付标准、比例 not published
    expect(r.sumsOk).toBe(true)
  })

  test('a slip at 28,800 is lower by 4,800', () => {
    const r = checkSlip({ ...year, slip: { ...slip, critical: '28800', outOfPocket: '51200' } })
    expect(line(r, 'critical')).toMatchObject({ status: 'lower', mayBeOwed: { low: '4800.00', high: '4800.00' } })
    expect(line(r, 'outOfPocket')).toMatchObject({ status: 'higher', above: { low: '4800.00', high: '4800.00' } })
  })

  test('alone in the year, 28,800 is within: (60,000 − 12,000) × 60%', () => {
    const r = checkSlip({
      ...year,
      entries: [at(defined(year.entries, 'the entries'), 1)],
      stayIndex: 0,
      slip: { ...slip, critical: '28800', outOfPocket: '51200' }
    })
    expect(line(r, 'critical').status).toBe('within')
  })

  test('a 再救助 line for a household the text gives none: range 0, not applicable', () => {
    const r = checkSlip({ ...year, slip: { ...slip, reassistance: '100', outOfPocket: '46300' } })
    expect(line(r, 'reassistance')).toMatchObject({ applicable: false, range: { low: '0.00', high: '0.00' }, status: 'higher' })
  })
})

describe('slips that do not add up', () => {
  test('个人负担 0.50 short: difference 0.50', () => {
    const r = checkSlip({ ...weihaiPoor, slip: { ...completeSlip, outOfPocket: '16239.50' } })
    expect(r.sumsOk).toBe(false)
    expect(r.sumsDifference).toBe('0.50') // 110,000 − 109,999.50
  })

  test('payments over the total: negative difference', () => {
    const r = checkSlip({ ...weihaiPoor, slip: { ...completeSlip, critical: '23063' } })
    expect(r.sumsOk).toBe(false)
    expect(r.sumsDifference).toBe('-1.00')
    expect(line(r, 'critical').status).toBe('higher')
  })
})

describe('bad input: a Chinese message naming the slip field', () => {
  const bad = (slip: unknown, extra: Partial<SlipInput> = {}) => {
    try {
      checkSlip({ ...weihaiPoor, ...extra, slip } as SlipInput)
    } catch (e) {
      if (e instanceof PolicyInputError) return `${e.field}: ${e.message}`
      throw e
    }
    return 'no error'
  }

  test.each([
    [{}, {}, 'slip: 请至少填写结算单上的一项金额'],
    [{ critical: '-5' }, {}, 'slip.critical: 结算单上的“大病保险”：金额不能为负数'],
    [{ critical: 'abc' }, {}, 'slip.critical: 结算单上的“大病保险”：请输入数字金额'],
    [{ reassistance: '1.234' }, {}, 'slip.reassistance: 结算单上的“再救助”：金额最多精确到分（小数点后两位）'],
    [{ totalCost: '100', compliantCost: '200' }, {}, 'slip.compliantCost: 结算单上的“政策范围内费用”不能大于“总费用”'],
    [{ compliantCost: '100', basicPaid: '200' }, {}, 'slip.basicPaid: 结算单上的“统筹基金支付”不能大于“政策范围内费用”'],
    [{ basicPaid: '200000' }, {}, 'slip.basicPaid: 结算单：统筹基金支付不能大于政策范围内费用'],
    [{ compliantCost: '200000' }, {}, 'slip.compliantCost: 结算单：政策范围内费用不能大于住院总费用'],
    [{ critical: '1' }, { stayIndex: 1 }, 'stayIndex: 要核对的记录不存在'],
    [null, {}, 'slip: 结算单数据无效']
  ])('%j %j', (slip, extra, message) => {
    expect(bad(slip, extra as Partial<SlipInput>)).toBe(message)
  })

  test('统筹基金支付 without any 政策范围内费用', () => {
    expect(bad({ basicPaid: '100' }, { entries: [{ totalCost: '1000' }] })).toBe(
      'slip.compliantCost: 填写了结算单上的“统筹基金支付”时，请同时填写“政策范围内费用”'
    )
  })

  test('a chronic outpatient entry is not a stay', () => {
    expect(bad({ critical: '1' }, { entries: [{ kind: 'specialChronicOutpatient', totalCost: '1000', compliantCost: '1000' }] })).toBe(
      'stayIndex: 核对结算单只适用于住院记录'
    )
  })
})

describe('a later Weihai poverty stay: earlier stays count, readings span a line', () => {
  // 一档. Stay 1 (2020-01-01): T = C = 30,000, slip 统筹 10,000 → P1 20,000; 大病 (20,000 − 5,000) × 65% = 9,750;
  //   P2 10,250 (< 20,000: 救助 0); 商业 10,250 − 2,940 = 7,310; P5 2,940 (< 5,000: 再救助 0).
  // Stay 2 (2020-05-01): T = C = 80,000, slip 统筹 40,000 → P1 40,000.
  //   大病 over the year (criticalPeriod A): (60,000 − 5,000) × 65% = 35,750 − 9,750 = 26,000 → P2 14,000
  //   大病 per stay (B):                    (40,000 − 5,000) × 65%                 = 22,750 → P2 17,250
  //   救助 over the year (assistancePeriod A): (10,250 + 14,000 − 20,000) × 70% = 2,975; with 大病 B: (27,500 − 20,000) × 70% = 5,250
  //   救助 per stay (B): P2 < 20,000 → 0
  //   再救助 (a year's 5,000, the text says so): 商业 holds the year at 9.8% × 110,000 = 10,780 → (10,780 − 5,000) × 70% = 4,046
  const year: SlipInput = {
    region: 'weihai',
    tier: 1,
    povertyHousehold: true,
    entries: [
      { totalCost: '30000', compliantCost: '30000', basicPaid: '10000', date: '2020-01-01' },
      { totalCost: '80000', compliantCost: '80000', date: '2020-05-01' }
    ],
    stayIndex: 1,
    slip: { basicPaid: '40000', critical: '100', assistance: '0', reassistance: '0' }
  }
  const r = checkSlip(year)

  test('大病 at 100 is lower by 22,650–25,900; each reading with its own figure', () => {
    const c = line(r, 'critical')
    expect(c).toMatchObject({
      range: { low: '22750.00', high: '26000.00' },
      status: 'lower',
      mayBeOwed: { low: '22650.00', high: '25900.00' }
    })
    expect(c.readings.map((x) => [x.id, x.options.map((o) => `${o.range.low}-${o.range.high}`)])).toEqual([
      ['weihai.criticalPeriod', ['26000.00-26000.00', '22750.00-22750.00']]
    ])
  })

  test('救助 at 0 is within [0, 5,250]: it matches the per-stay reading of the 20,000', () => {
    const a = line(r, 'assistance')
    expect(a).toMatchObject({ range: { low: '0.00', high: '5250.00' }, status: 'within' })
    const period = a.readings.find((x) => x.id === 'weihai.assistancePeriod')
    expect(period?.options.map((o) => [o.range.low, o.range.high, o.slipWithin])).toEqual([
      ['2975.00', '5250.00', false],
      ['0.00', '0.00', true]
    ])
  })

  test('再救助 at 0 is lower by 4,046 (the year read as the text says)', () => {
    expect(line(r, 'reassistance')).toMatchObject({
      range: { low: '4046.00', high: '4046.00' },
      status: 'lower',
      mayBeOwed: { low: '4046.00', high: '4046.00' }
    })
  })

  test('the basic line says why it cannot be checked without a hospital level', () => {
    expect(line(r, 'basic')).toMatchObject({ range: { low: null, high: null }, status: 'open' })
    expect(line(r, 'basic').openSides?.reasons).toEqual(['统筹基金支付无法按文件核对：请选择就诊医院的级别（一级、二级或三级）'])
  })

  test('a 特药 line for a stay without a drug cost asks for the drug cost', () => {
    const d = checkSlip({ ...year, slip: { basicPaid: '40000', specialDrug: '600' } })
    expect(line(d, 'specialDrug')).toMatchObject({ applicable: false, status: 'higher' })
    expect(line(d, 'specialDrug').note).toContain('没有填写特药费用')
  })
})

describe('an emergency stay outside Weihai (ordinary resident): the basic line and the claim materials', () => {
  // 一档, level 3, the hospital's deductible 1,000, T 50,000, C 40,000. The patient first bears 10%:
  //   reading weihai.outOfAreaRatio A (Weihai's table): (40,000 × 90% − 1,000) × 50% = 17,500
  //   reading B (the treating area's own deductible and ratio, not published): open
  const r = checkSlip({
    region: 'weihai',
    tier: 1,
    entries: [{ totalCost: '50000', compliantCost: '40000', hospitalLevel: 3, deductible: '1000', setting: 'emergency' }],
    stayIndex: 0,
    slip: { basicPaid: '10000' }
  })

  test('open on the side reading B leaves open; reading A gives 17,500', () => {
    const b = line(r, 'basic')
    expect(b.status).toBe('open')
    const ratio = defined(
      b.readings.find((x) => x.id === 'weihai.outOfAreaRatio'),
      'reading weihai.outOfAreaRatio'
    )
    expect(ratio.options[0]).toMatchObject({ range: { low: '17500.00', high: '17500.00' }, slipWithin: false })
    expect(at(ratio.options, 1).range.high).toBeNull()
    expect(at(ratio.options, 1).slipWithin).toBe(true)
  })

  test('what the text says for a claim at home: the emergency materials, and what it does not say', () => {
    const help = line(r, 'basic').help
    expect(help?.who.map((t) => t.text).join('')).toContain('参保地经办机构')
    expect(help?.bring.map((t) => t.text)).toEqual(['身份证件', '银行卡', '住院费用发票', '费用汇总清单', '出院小结', '急诊病历或证明'])
    expect(help?.silent).toEqual(['文件写的是这种就医不能联网结算时的报销办法和材料，没有写明对结算单上的数额有疑问时找谁'])
  })
})

describe('what to do comes from the pack the figures were computed on, never another year', () => {
  const fictional = buildFictionalWeihai()

  test('a claim at home under another year: that pack’s own remote-care words', () => {
    const r = checkSlip({
      region: 'weihai',
      pack: fictional,
      tier: 1,
      entries: [{ totalCost: '50000', compliantCost: '40000', hospitalLevel: 3, deductible: '1000', setting: 'emergency' }],
      stayIndex: 0,
      slip: { basicPaid: '10000' }
    })
    const help = defined(line(r, 'basic').help, 'help with the basic line')
    const docs = [...help.who, ...help.bring].map((t) => t.reference.doc)
    expect(docs.length).toBeGreaterThan(0)
    expect(new Set(docs)).toEqual(new Set(['fictional-test-2099']))
  })

  test('a year without collected words for a slip says so, and gives no 2020 office or figure', () => {
    const r = checkSlip({
      ...weihaiPoor,
      year: fictional.year,
      pack: fictional,
      slip: { ...completeSlip, reassistance: '0', outOfPocket: '19600' }
    })
    const help = defined(line(r, 'reassistance').help, 'help with the reassistance line')
    expect(help).toEqual({ who: [], bring: [], silent: ['本应用没有收录2099年度文件中对结算单有疑问时找谁、带什么材料的说法'] })
  })
})
