// Notes are data (an id and its parameters) worded in one place (src/engine/notes.ts): every id has
// words, every note a result carries is worded in full, and a result's `note` is its notes' words.
import fc from 'fast-check'
import type { Note, NoteId, NoteOf } from '../../src/engine/notes'
import { note } from '../../src/engine/notes'
import { NOTE_IDS, wordNote, wordNotes } from '../../src/engine/note-words'
import {
  checkSlip,
  childbirthPayment,
  chronicOutpatient,
  estimateInpatient,
  estimateYear,
  householdContribution,
  minimumYearsShortfall,
  maternityMedical,
  outpatientAssistance,
  outpatientGeneral,
  PolicyInputError,
  rate,
  yuan as checkedYuan
} from '../../src/engine'
import type { InpatientInput } from '../../src/engine'
import { at } from '../../src/test-support/present'
import { fen, household, stay, toYear, yearOf, yuan } from '../fixtures/random-year'

/** One note of every id, with parameters of the kind the engine gives it. */
const SAMPLES: { [K in NoteId]: NoteOf<K> } = {
  policyText: note('policyText', { text: '文件未公布' }),
  basicFromSlip: note('basicFromSlip'),
  selfShareFirst: note('selfShareFirst', { share: rate('0.1') }),
  selfShareNetworkedOnly: note('selfShareNetworkedOnly', { share: rate('0.1') }),
  outOfAreaRateUnpublished: note('outOfAreaRateUnpublished'),
  basicRuleUnpublished: note('basicRuleUnpublished'),
  userDeductibleAndRatio: note('userDeductibleAndRatio'),
  basicCapUnpublished: note('basicCapUnpublished'),
  basicCapReached: note('basicCapReached', {
    paidSoFar: checkedYuan('100000.00'),
    cap: checkedYuan('150000.00'),
    left: checkedYuan('50000.00')
  }),
  specialChronicDeductible: note('specialChronicDeductible', { yearly: checkedYuan('300.00'), left: checkedYuan('120.00') }),
  noCap: note('noCap'),
  capUnpublished: note('capUnpublished', { reason: '年度限额未公布' }),
  criticalAppliesTo: note('criticalAppliesTo', { appliesTo: '参保居民', exception: 'povertyTilt' }),
  outpatientNotInCritical: note('outpatientNotInCritical'),
  criticalPerStay: note('criticalPerStay'),
  criticalFirstStay: note('criticalFirstStay'),
  criticalCumulative: note('criticalCumulative'),
  specialDrugSeparate: note('specialDrugSeparate'),
  specialDrugRateYear: note('specialDrugRateYear', { year: '2019' }),
  specialDrugPovertyOnly: note('specialDrugPovertyOnly'),
  waiverNonCompliant: note('waiverNonCompliant'),
  eligibleGroup: note('eligibleGroup', { eligibility: 'keyGroup' }),
  rateUnpublishedDeductiblePublished: note('rateUnpublishedDeductiblePublished', {
    reason: '比例未公布',
    deductible: checkedYuan('1000.00')
  }),
  assistancePerStay: note('assistancePerStay'),
  commercialHeldShare: note('commercialHeldShare', { share: rate('0.098') }),
  reassistancePerStay: note('reassistancePerStay'),
  countyNotCollected: note('countyNotCollected', { county: '安丘市', askCounty: true }),
  outpatientAssistanceInYear: note('outpatientAssistanceInYear', { rate: rate('0.7'), countedUpTo: checkedYuan('20000.00') }),
  outpatientAboveAsAssistance: note('outpatientAboveAsAssistance'),
  outpatientAboveUnknown: note('outpatientAboveUnknown'),
  dependsOnUnentered: note('dependsOnUnentered'),
  entriesLeftOut: note('entriesLeftOut', { entries: [0, 2] }),
  generalCapReached: note('generalCapReached'),
  generalContracted: note('generalContracted'),
  fixedRateUnpublished: note('fixedRateUnpublished'),
  ordinaryChronicUnpublished: note('ordinaryChronicUnpublished'),
  enterDeductible: note('enterDeductible', { reason: '起付标准未公布' }),
  userDeductible: note('userDeductible'),
  outpatientCountyNotCollected: note('outpatientCountyNotCollected', { county: '安丘市', askCounty: false }),
  outpatientAssistanceOnlyFor: note('outpatientAssistanceOnlyFor', { eligibility: 'povertyHousehold' }),
  outpatientAssistanceRate: note('outpatientAssistanceRate', { appliesTo: '贫困人口门诊个人自付费用', rate: rate('0.7') }),
  countedUpToExceeded: note('countedUpToExceeded', { limit: checkedYuan('20000.00'), above: checkedYuan('500.00') }),
  countedUpTo: note('countedUpTo', { limit: checkedYuan('20000.00') }),
  countedUpToPerYearUnclear: note('countedUpToPerYearUnclear'),
  noAnnualLimitMentioned: note('noAnnualLimitMentioned'),
  birthAtQuota: note('birthAtQuota', { quota: checkedYuan('800.00') }),
  birthDesignatedBelowQuota: note('birthDesignatedBelowQuota', { quota: checkedYuan('800.00') }),
  birthBelowQuota: note('birthBelowQuota'),
  birthNonDesignatedReadings: note('birthNonDesignatedReadings'),
  birthNonDesignatedAlike: note('birthNonDesignatedAlike'),
  maternityFixed: note('maternityFixed'),
  maternityEnterActualCost: note('maternityEnterActualCost', { limit: checkedYuan('2200.00') }),
  maternityWithinLimit: note('maternityWithinLimit', { limit: checkedYuan('2200.00') }),
  spousePrenatalAlike: note('spousePrenatalAlike'),
  spouseReachesStandard: note('spouseReachesStandard'),
  spouseEnterActualCost: note('spouseEnterActualCost', { limit: checkedYuan('1100.00') }),
  readingsListed: note('readingsListed'),
  minimumYearsMet: note('minimumYearsMet'),
  shortfallNeedsWage: note('shortfallNeedsWage'),
  shortfallByUserRate: note('shortfallByUserRate', { rate: rate('0.08'), years: '5' }),
  slipBasicUnpublished: note('slipBasicUnpublished'),
  slipBasicUnchecked: note('slipBasicUnchecked', { reason: '请选择就诊医院的级别（一级、二级或三级）' }),
  slipNoSpecialDrugCost: note('slipNoSpecialDrugCost'),
  slipNotApplicable: note('slipNotApplicable')
}

/** Words a reader can take as they are: something said, and no parameter that came out wrong. */
function expectWellWorded(n: Note): void {
  const words = wordNote(n)
  expect(typeof words).toBe('string')
  // A note that says nothing would vanish from a result's `note` (wordNotes leaves it out).
  if (words === '' || /undefined|NaN|null|\[object/.test(words)) {
    throw new Error(`note ${JSON.stringify(n)} is worded ${JSON.stringify(words)}`)
  }
}

describe('every note id has words', () => {
  test('the word table and the samples name the same ids', () => {
    expect([...NOTE_IDS].sort()).toEqual(Object.keys(SAMPLES).sort())
  })

  test.each(NOTE_IDS.map((id) => [id]))('%s', (id) => {
    const n = SAMPLES[id]
    expect(n.id).toBe(id)
    expectWellWorded(n)
  })

  // The words as users read them, parameters in place: a change of wording is made here on purpose,
  // never by accident (the notes were moved out of the calculation with their text unchanged).
  const WORDED: Record<NoteId, string> = {
    policyText: '文件未公布',
    basicFromSlip: '按结算单上的“统筹基金支付”填写',
    selfShareFirst: '先由个人负担10%，其余按起付标准和支付比例计算',
    selfShareNetworkedOnly: '原文只说联网结算时先由个人负担10%，此处按不先扣计算',
    outOfAreaRateUnpublished: '按就医地的起付标准和支付比例支付，这些标准文件未公布',
    basicRuleUnpublished: '本地政策文件未公布住院起付标准和支付比例：请填写医院告知的起付标准和支付比例，或结算单上的“统筹基金支付”',
    userDeductibleAndRatio: '按您填写的起付标准和支付比例计算',
    basicCapUnpublished: '年度最高支付限额未公布，按不封顶测算',
    basicCapReached: '本年度统筹基金已支付100000.00元，年度最高支付限额150000.00元，本次只按剩余的50000.00元支付',
    specialChronicDeductible: '特殊门诊慢性病：每人每年起付标准300.00元，本条前尚余120.00元；超过部分与住院费用合并计算，按住院报销比例',
    noCap: '不设最高支付限额',
    capUnpublished: '年度限额未公布：按不封顶测算，实际可能更低',
    criticalAppliesTo: '适用：建档立卡贫困人口倾斜支付',
    outpatientNotInCritical: '按特殊门诊慢性病费用不计入大病保险计算',
    criticalPerStay: '按起付标准每次住院分别计算',
    criticalFirstStay: '按本次住院为本医疗年度首次住院测算',
    criticalCumulative: '按本医疗年度累计个人负担测算',
    specialDrugSeparate: '特药费用单独计算，未报销部分计入个人负担',
    specialDrugRateYear: '原文所写比例标注为2019年',
    specialDrugPovertyOnly: '文件只公布了建档立卡贫困人口的大病保险特药待遇，普通居民的特药报销标准未公布',
    waiverNonCompliant: '按政策范围外住院费用减免；另免收住院押金，先诊疗后付费',
    eligibleGroup: '适用：重点救助对象',
    rateUnpublishedDeductiblePublished: '比例未公布（起付线 1000.00 元已公布）',
    assistancePerStay: '按2万元每次住院分别计算',
    commercialHeldShare: '个人累计负担的合规住院费用保持在合规费用的9.8%',
    reassistancePerStay: '按5000元每次住院分别计算',
    countyNotCollected:
      '本地政策未收录（以下为安丘市规定）：如您在安丘市参保，请在“参保地”中选择安丘市；您所在县市区的规定未收录，此项未计入合计',
    outpatientAssistanceInYear: '门诊救助：个人自付按70.00%救助，全年计入20000.00元（含）以内',
    outpatientAboveAsAssistance: '超过部分按第四层“个人负担2万元以上合规部分”救助',
    outpatientAboveUnknown: '个人自付超过2万元的部分，文件未说明如何救助',
    dependsOnUnentered: '取决于未填写的数字，此项只能给出范围',
    entriesLeftOut: '第1条、第3条未能测算或未公布，未计入本年度合计',
    generalCapReached: '本年度普通门诊统筹已达最高支付限额',
    generalContracted: '在签约定点医疗机构就诊；住院期间不享受门诊统筹',
    fixedRateUnpublished: '本地政策文件未公布门诊定额结算病种的报销比例',
    ordinaryChronicUnpublished: '本地政策文件未公布普通门诊慢性病的报销比例和限额',
    enterDeductible: '起付标准未公布：请填写起付标准',
    userDeductible: '按您填写的起付标准计算',
    outpatientCountyNotCollected: '本地政策未收录（以下为安丘市规定）：您所在县市区的规定未收录',
    outpatientAssistanceOnlyFor: '这项门诊救助只适用于建档立卡贫困人口',
    outpatientAssistanceRate: '贫困人口门诊个人自付费用按70%救助',
    countedUpToExceeded: '原文只写了个人自付20000.00元（含）以内的部分；超出的500.00元是否救助、按什么比例，原文没有说明',
    countedUpTo: '原文写的是个人自付20000.00元（含）以内的部分',
    countedUpToPerYearUnclear: '原文未写明2万元是否按年度累计，多次就诊请合计填写本年度的个人自付',
    noAnnualLimitMentioned: '访谈未提及年度限额',
    birthAtQuota: '按定额800.00元结算',
    birthDesignatedBelowQuota: '实际费用低于定额：原文未写明定点医院是否也“低于定额的按实际发生额结算”，按800.00元和按实际费用两个数都列出',
    birthBelowQuota: '实际费用低于定额',
    birthNonDesignatedReadings: '实际费用低于定额，原文可有几种读法，每种读法的数都列出',
    birthNonDesignatedAlike: '实际费用低于定额，几种读法结果相同',
    maternityFixed: '定额支付',
    maternityEnterActualCost: '限额2200.00元，请填写实际费用',
    maternityWithinLimit: '在限额2200.00元内按实际费用支付',
    spousePrenatalAlike: '产前检查为定额，各种读法结果相同',
    spouseReachesStandard: '实际费用达到标准，各种读法结果相同',
    spouseEnterActualCost: '按标准为1100.00元；如按实际费用的50%，请填写实际费用',
    readingsListed: '原文可有几种读法，每种读法的数都列出',
    minimumYearsMet: '已达到最低缴费年限，无需补缴',
    shortfallNeedsWage: '同时需填写上年度全省在岗职工平均工资',
    shortfallByUserRate: '按上年度全省在岗职工平均工资 × 您填写的比例 8% × 所差5年测算（文件未写明计算式）',
    slipBasicUnpublished: '文件未公布这次住院适用的统筹支付标准（起付标准、支付比例或年度限额），统筹基金支付无法按文件核对',
    slipBasicUnchecked: '统筹基金支付无法按文件核对：请选择就诊医院的级别（一级、二级或三级）',
    slipNoSpecialDrugCost: '这条记录没有填写特药费用：请先在“本年度的住院”里修改这条记录，填写特药费用',
    slipNotApplicable: '按这条记录填写的身份和参保地，文件中没有这一项'
  }

  test.each(NOTE_IDS.map((id) => [id]))('%s reads as before', (id) => {
    expect(wordNote(SAMPLES[id])).toBe(WORDED[id])
  })

  test('a county rule not collected asks for the county only when none is given', () => {
    expect(wordNote(note('countyNotCollected', { county: '安丘市', askCounty: false }))).toBe(
      '本地政策未收录（以下为安丘市规定）：您所在县市区的规定未收录，此项未计入合计'
    )
  })

  test('notes are joined in order, and none is none', () => {
    expect(wordNotes([SAMPLES.noCap, SAMPLES.dependsOnUnentered])).toBe('不设最高支付限额；取决于未填写的数字，此项只能给出范围')
    expect(wordNotes([])).toBeUndefined()
    expect(wordNotes(undefined)).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------------------------
// A broad sample of results: every note they carry is worded in full, and `note` is those words.

interface Said {
  note?: string
  notes?: Note[]
}

/** Every object in a result that says something: a layer, a slip line, an outpatient or maternity result. */
function saying(value: unknown, out: Said[] = []): Said[] {
  if (Array.isArray(value)) for (const v of value) saying(v, out)
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>
    if (typeof o.note === 'string' || (Array.isArray(o.notes) && o.notes.some((n) => typeof n === 'object'))) out.push(o as Said)
    for (const v of Object.values(o)) saying(v, out)
  }
  return out
}

const seen = new Set<NoteId>()
let said = 0

function checkResult(result: unknown): void {
  for (const s of saying(result)) {
    // Every note field carries its notes as data, and its words are exactly theirs.
    expect(s.notes).toBeDefined()
    const notes = s.notes as Note[]
    for (const n of notes) {
      expectWellWorded(n)
      seen.add(n.id)
    }
    expect(s.note).toBe(wordNotes(notes) ?? '')
    said++
  }
}

/** Bad input is the user's to fix (a missing hospital level): it says so, and is not a note. */
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

const RUNS = { numRuns: 300, seed: 2326 }

describe('every note a result carries is worded in full', () => {
  test('stays, years of several entries and slip checks, in both regions', () => {
    fc.assert(
      fc.property(household, fc.array(stay, { minLength: 1, maxLength: 5 }), fc.nat(), (h, stays, slipSeed) => {
        const y = toYear(h, stays)
        const [first] = y.entries
        run(() => estimateInpatient({ ...y, ...first, kind: undefined } as InpatientInput))
        run(() => estimateYear(y))
        const index = y.entries.findIndex((s) => s.kind === undefined)
        if (index >= 0) {
          const s = at(y.entries, index)
          const compliantCost = s.compliantCost ?? s.totalCost
          const slips = [
            { totalCost: s.totalCost, outOfPocket: yuan(slipSeed % 100_000) },
            { compliantCost, basicPaid: '0', critical: yuan(slipSeed % 500_000) },
            // Lines for layers this household has no such rule for, and a basic rule missing the hospital level.
            { totalCost: s.totalCost, compliantCost, basicPaid: '0', specialDrug: '1', reassistance: '1', outOfPocket: '0' }
          ]
          const slip = at(slips, slipSeed % slips.length)
          const slipStays = slipSeed % 4 === 0 ? y.entries.map((t, k) => (k === index ? { ...t, hospitalLevel: undefined } : t)) : y.entries
          run(() => checkSlip({ ...y, entries: slipStays, stayIndex: index, slip }))
        }
      }),
      RUNS
    )
  })

  test('门诊, 生育 and 缴费', () => {
    fc.assert(
      fc.property(household, fen, fc.option(fc.integer({ min: 0, max: 120_000 }), { nil: undefined }), fc.nat(), (h, cost, paid, n) => {
        const base = { region: h.region, year: yearOf(h) }
        const paidThisYear = paid === undefined ? undefined : yuan(paid)
        run(() => outpatientGeneral({ ...base, scheme: n % 2 === 0 ? 'resident' : 'employee', cost: yuan(cost), paidThisYear }))
        for (const kind of ['ordinary', 'fixedRate'] as const) {
          const deductible = n % 3 === 0 ? undefined : yuan(n % 100_000)
          run(() => chronicOutpatient({ ...base, kind, tier: h.tier, cost: yuan(cost), deductible, paidThisYear }))
        }
        for (const kind of ['povertyChronic', 'keyGroupDrugs'] as const) {
          const who = { povertyHousehold: h.povertyHousehold, assistanceGroup: h.assistanceGroup, county: h.county }
          run(() => outpatientAssistance({ ...base, kind, selfPay: yuan(cost), ...who }))
        }
        const members = [
          { category: 'adult' as const, tier: h.tier },
          { category: n % 2 === 0 ? ('minor' as const) : ('student' as const) }
        ]
        run(() => householdContribution({ ...base, members }))
        const shortfall = { ...base, sex: n % 2 === 0 ? ('male' as const) : ('female' as const), yearsPaid: n % 35 }
        run(() =>
          minimumYearsShortfall({ ...shortfall, rate: n % 3 === 0 ? undefined : '0.08', averageWage: n % 5 === 0 ? undefined : yuan(cost) })
        )
        run(() => childbirthPayment({ ...base, designated: n % 2 === 0, actualCost: yuan(cost % 200_000) }))
        for (const kind of ['prenatal', 'delivery', 'miscarriage', 'familyPlanning'] as const) {
          const actualCost = n % 4 === 0 ? undefined : yuan(cost % 600_000)
          run(() =>
            maternityMedical({ ...base, kind, actualCost, babies: 1 + (n % 3), monthsPregnant: 1 + (n % 9), unemployedSpouse: n % 5 < 2 })
          )
        }
      }),
      RUNS
    )
  })

  test('the sample was broad: many notes, of many ids', () => {
    expect(said).toBeGreaterThan(2000)
    // Every id a result can show with the shipped packs. Not shown: notes of a reading's other
    // options (a result shows the usual run), and notes no shipped pack calls for.
    const otherOptions: NoteId[] = [
      'criticalPerStay',
      'assistancePerStay',
      'reassistancePerStay',
      'outpatientNotInCritical',
      'selfShareNetworkedOnly',
      'outOfAreaRateUnpublished'
    ]
    const noShippedPack: NoteId[] = ['specialDrugRateYear', 'birthBelowQuota']
    const shown = NOTE_IDS.filter((id) => !otherOptions.includes(id) && !noShippedPack.includes(id))
    expect(shown.filter((id) => !seen.has(id))).toEqual([])
  })
})
