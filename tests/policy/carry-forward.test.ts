// carryForward: a new year starts from the previous pack, and every step a newcomer could forget is
// named in one error (a typo, a document not listed, words still naming the old year, a figure left
// undecided); a short notice can keep the earlier rules in force by citing its own sentence.
import { carryForward, carriedPaths, CarryForwardError } from '../../src/policy/carry-forward'
import type { CarryDecision, CarryOptions } from '../../src/policy/carry-forward'
import type { DocumentId, Reference } from '../../src/policy/types'
import { isUnpublished, unpublished } from '../../src/policy/types'
import { weihai2020 } from '../../src/policy/weihai-2020'
import { WORDS } from '../fixtures/fictional-weihai-2099'
import { buildFictionalWeihai2021, FICTIONAL_NOTICE } from '../fixtures/fictional-weihai-2021'

const NOTICE = 'fictional-notice-2021' as DocumentId
const notice = (quote: string): Reference => ({ doc: NOTICE, section: '虚构通知（测试用，不是政策）', quote })
const REST = notice('其余按2020年度执行')

const carryAll = (_path: string, _node: unknown): CarryDecision => ({ carry: REST })
const options = (over: Partial<CarryOptions> = {}): CarryOptions => ({
  year: 2021,
  documents: [NOTICE, 'wendeng-2019-12'],
  otherwise: carryAll,
  words: {
    'residentContribution.collectionPeriod.description': '2021年度集中缴费期（含首尾两日）',
    'residentContribution.povertySubsidy.note': '原文公布的是2019年度的补贴标准，2021年度补贴标准文件未公布'
  },
  ...over
})

function problemsOf(o: CarryOptions): string[] {
  try {
    carryForward(weihai2020, o)
  } catch (e) {
    if (e instanceof CarryForwardError) return e.problems
    throw e
  }
  return []
}

test('a notice that keeps the rest in force: nodes keep their own citation and period, and cite the notice', () => {
  const pack = buildFictionalWeihai2021()
  expect(pack.year).toBe(2021)
  expect(pack.documents).toEqual([FICTIONAL_NOTICE, 'wendeng-2019-12'])
  expect(pack.residentContribution.rates.adultTier1).toMatchObject({
    value: '480',
    reference: { doc: FICTIONAL_NOTICE },
    period: { start: '2021-01-01' }
  })
  expect(pack.residentContribution.collectionPeriod).toMatchObject({
    value: { start: '2020-09-01', end: '2020-12-31' },
    reference: { doc: FICTIONAL_NOTICE }
  })
  expect(pack.residentContribution.rates.adultTier2).toMatchObject({
    value: '650',
    reference: { doc: 'wendeng-2019-12' },
    carriedBy: { doc: FICTIONAL_NOTICE, quote: '其余按2020年度执行' },
    period: { start: '2020-01-01' }
  })
  expect(pack.residentContribution.collectionPeriod.description).toBe('2021年度集中缴费期（含首尾两日）')
  // The previous pack is untouched.
  expect(weihai2020.residentContribution.rates.adultTier1).toMatchObject({ value: '450' })
})

test('a figure cited anew keeps the period its source gives, unless that was the old year', () => {
  const pack = carryForward(weihai2020, options({ otherwise: (_p, node) => (isUnpublished(node) ? { carry: REST } : { cite: REST }) }))
  expect(pack.residentContribution.povertySubsidy).toMatchObject({ adult: { period: { start: '2019-01-01', end: '2019-12-31' } } })
  expect(pack.residentContribution.rates.adultTier2).toMatchObject({ period: { start: '2021-01-01', end: '2021-12-31' } })
})

test('every forgotten step is named at once', () => {
  const problems = problemsOf(
    options({
      documents: [],
      words: {},
      decisions: { 'residentContribution.rates.adultTeir1': { value: '480', cite: notice('480元') } },
      otherwise: (path) => (path === 'inpatient.tiers.1.annualCap' ? undefined : { carry: REST })
    })
  )
  expect(problems.join('\n')).toMatch(/未设置 documents/)
  expect(problems.join('\n')).toMatch(/“residentContribution\.rates\.adultTeir1”不是2020年度政策包里的数字或文字（拼写错误？）/)
  expect(problems.join('\n')).toMatch(/尚未决定.*inpatient\.tiers\.1\.annualCap/)
  expect(problems.join('\n')).toMatch(/这些文字写着2020年.*residentContribution\.povertySubsidy\.note/)
})

test('a citation of a document the new pack does not list is named', () => {
  const problems = problemsOf(options({ documents: ['wendeng-2019-12'] }))
  expect(problems.some((p) => p.includes(`引用的文件“${NOTICE}”不在 documents 里`))).toBe(true)
})

test('a typo among the words is named', () => {
  const problems = problemsOf(options({ words: { ...WORDS, 'residentContribution.povertySubsidy.nots': '…' } }))
  expect(problems).toContain('words 中的“residentContribution.povertySubsidy.nots”不是2020年度政策包里的文字（拼写错误？）')
})

test('an unpublished figure cannot be cited anew: unpublished again, carried, or given whole', () => {
  const problems = problemsOf(options({ decisions: { 'inpatient.deductible': { cite: REST } } }))
  expect(problems.some((p) => p.startsWith('inpatient.deductible：上一年度未公布'))).toBe(true)
  const pack = carryForward(weihai2020, options({ decisions: { 'inpatient.deductible': unpublished('虚构通知也未公布住院起付标准') } }))
  expect(pack.inpatient.deductible).toEqual(unpublished('虚构通知也未公布住院起付标准'))
})

test('the paths asked about include the unpublished figures and the readings', () => {
  const paths = carriedPaths(weihai2020)
  expect(paths).toContain('inpatient.deductible')
  expect(paths).toContain('residentContribution.rates.adultTier1')
  expect(paths.some((p) => p.startsWith('readings.'))).toBe(true)
  expect(paths).not.toContain('documents')
})
