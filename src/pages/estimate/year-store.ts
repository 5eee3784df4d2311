// 本年度的住院: the year's entries as typed, kept on the device per region (versioned store), turned
// into the engine's YearInput, and packed into a share code that survives WeChat share paths:
//   y=1_wh_t1_p1_a0-k0_D20200302_L3_T120000_C100000_d1000-k0_L2_T30000_C25000_d600~checksum
// Household fields, then one block per entry ("-"), an optional prior block starting with "P".
// Hospital names are not shared (they are the user's own words and not needed for the figures).
import { INPATIENT_SETTINGS, parseMoney, readPercent } from '../../engine'
import type { CountyId, InpatientSetting, RegionId, Tier } from '../../policy/types'
import type { PriorThisYear, StayInput, YearInput } from '../../engine'
import { createStore } from '../../services/storage'
import type { InpatientForm } from './form-state'

export type EntryKind = 'inpatient' | 'specialChronicOutpatient'

export interface LedgerEntry {
  id: string
  kind: EntryKind
  /** '' or YYYY-MM-DD. */
  date: string
  /** Hospital or any short name; kept on the device only. */
  label: string
  level: '' | '1' | '2' | '3'
  setting: InpatientSetting
  total: string
  compliant: string
  basicSource: 'rule' | 'slip'
  deductible: string
  /** Percentage as typed ("70"). */
  ratio: string
  basicPaid: string
  specialDrug: string
}

export const PRIOR_FIELDS = ['compliant', 'basicPaid', 'criticalPaid', 'assistancePaid', 'commercialPaid', 'reassistancePaid'] as const
export type PriorField = (typeof PRIOR_FIELDS)[number]
export type PriorForm = Record<PriorField, string>

export const PRIOR_LABELS: Record<PriorField, string> = {
  compliant: '此前政策范围内费用合计',
  basicPaid: '此前统筹基金支付合计',
  criticalPaid: '此前大病保险支付合计',
  assistancePaid: '此前医疗救助合计',
  commercialPaid: '此前医疗商业补充保险合计',
  reassistancePaid: '此前再救助合计'
}

export interface Ledger {
  entries: LedgerEntry[]
  usePrior: boolean
  prior: PriorForm
}

export const MAX_LEDGER_ENTRIES = 20
export const MAX_LABEL_LENGTH = 20

export const EMPTY_PRIOR: PriorForm = { compliant: '', basicPaid: '', criticalPaid: '', assistancePaid: '', commercialPaid: '', reassistancePaid: '' }
export const EMPTY_LEDGER: Ledger = { entries: [], usePrior: false, prior: EMPTY_PRIOR }

export function newEntry(kind: EntryKind = 'inpatient'): LedgerEntry {
  return {
    id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    kind,
    date: '',
    label: '',
    level: '',
    setting: 'local',
    total: '',
    compliant: '',
    basicSource: 'rule',
    deductible: '',
    ratio: '',
    basicPaid: '',
    specialDrug: ''
  }
}

const str = (v: unknown, max = 24): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined)

function readEntry(raw: unknown): LedgerEntry | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const e = raw as Record<string, unknown>
  const id = str(e.id, 40)
  const kind = e.kind === 'inpatient' || e.kind === 'specialChronicOutpatient' ? e.kind : undefined
  const date = str(e.date, 10)
  const label = str(e.label, MAX_LABEL_LENGTH)
  const level = e.level === '' || e.level === '1' || e.level === '2' || e.level === '3' ? e.level : undefined
  const setting = INPATIENT_SETTINGS.find((s) => s === e.setting)
  const basicSource = e.basicSource === 'rule' || e.basicSource === 'slip' ? e.basicSource : undefined
  const amounts = ['total', 'compliant', 'deductible', 'ratio', 'basicPaid', 'specialDrug'].map((k) => str(e[k]))
  if (!id || !kind || date === undefined || (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) || label === undefined) return undefined
  if (level === undefined || !setting || !basicSource || amounts.some((m) => m === undefined)) return undefined
  const [total, compliant, deductible, ratio, basicPaid, specialDrug] = amounts as string[]
  return { id, kind, date, label, level, setting, total, compliant, basicSource, deductible, ratio, basicPaid, specialDrug }
}

function readLedger(raw: unknown): Ledger | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const l = raw as Record<string, unknown>
  if (!Array.isArray(l.entries) || l.entries.length > MAX_LEDGER_ENTRIES || typeof l.usePrior !== 'boolean') return undefined
  const entries: LedgerEntry[] = []
  for (const e of l.entries) {
    const entry = readEntry(e)
    if (!entry) return undefined
    entries.push(entry)
  }
  const p = (l.prior ?? {}) as Record<string, unknown>
  const prior = { ...EMPTY_PRIOR }
  for (const f of PRIOR_FIELDS) {
    const v = str(p[f])
    if (v === undefined && p[f] !== undefined) return undefined
    prior[f] = v ?? ''
  }
  return { entries, usePrior: l.usePrior, prior }
}

type ByRegion = Partial<Record<RegionId, Ledger>>

const store = createStore<ByRegion>('year-ledger', {
  version: 1,
  fallback: {},
  validate(data) {
    if (!data || typeof data !== 'object') return undefined
    const out: ByRegion = {}
    for (const region of ['weihai', 'weifang'] as const) {
      const raw = (data as Record<string, unknown>)[region]
      if (raw === undefined) continue
      const ledger = readLedger(raw)
      if (!ledger) return undefined
      out[region] = ledger
    }
    return out
  }
})

export const YEAR_LEDGER_STORE_KEY = store.key

export function loadLedger(region: RegionId): { ledger: Ledger; notice?: string } {
  const { value, notice } = store.load()
  return { ledger: value[region] ?? EMPTY_LEDGER, notice: notice ? `本年度的住院：${notice}` : undefined }
}

export function saveLedger(region: RegionId, ledger: Ledger): boolean {
  const { value } = store.load()
  return store.save({ ...value, [region]: ledger })
}

// ------------------------------------------------------------------------------------------------
// To the engine

export type Household = Pick<InpatientForm, 'tier' | 'poverty' | 'assistance'> & { county?: CountyId | '' }

export type LedgerInput =
  | { ok: true; input: YearInput }
  | { ok: false; message: string }

function money(text: string, what: string): string | undefined {
  if (text.trim() === '') return undefined
  try {
    return parseMoney(text)
  } catch (e) {
    throw new Error(`${what}：${(e as Error).message}`)
  }
}

function entryName(i: number, e: LedgerEntry): string {
  return `第${i + 1}条${e.kind === 'inpatient' ? '住院' : '特殊门诊慢性病'}`
}

/** The engine input for the ledger, or the first thing that is missing or unreadable. */
/** The engine's year input for this ledger, under the policy year the page computes for. */
export function ledgerInput(region: RegionId, household: Household, ledger: Ledger, year?: number): LedgerInput {
  if (household.tier === '') return { ok: false, message: '请先在上方选择缴费档次' }
  try {
    const stays: StayInput[] = ledger.entries.map((e, i) => {
      const name = entryName(i, e)
      const total = money(e.total, `${name}的总费用`)
      const compliant = money(e.compliant, `${name}的政策范围内费用`)
      if (total === undefined || compliant === undefined) throw new Error(`${name}：请填写总费用和政策范围内费用`)
      const stay: StayInput = { kind: e.kind, totalCost: total, compliantCost: compliant }
      if (e.kind === 'inpatient') stay.setting = e.setting
      if (e.level !== '') stay.hospitalLevel = Number(e.level) as 1 | 2 | 3
      if (e.date) stay.date = e.date
      if (e.label) stay.label = e.label
      if (e.basicSource === 'slip' && e.kind === 'inpatient') {
        const paid = money(e.basicPaid, `${name}的统筹基金支付`)
        if (paid === undefined) throw new Error(`${name}：请填写结算单上的统筹基金支付`)
        stay.basicPaid = paid
      } else if (e.kind === 'inpatient') {
        const d = money(e.deductible, `${name}的起付标准`)
        if (d !== undefined) stay.deductible = d
        if (e.ratio.trim() !== '') {
          const r = readPercent(e.ratio)
          if (r.state !== 'ok') throw new Error(`${name}的支付比例：${r.state === 'error' ? r.message : '请填写'}`)
          stay.basicRatio = r.rate
        }
      }
      const drug = e.kind === 'inpatient' ? money(e.specialDrug, `${name}的特药费用`) : undefined
      if (drug !== undefined) stay.specialDrugCost = drug
      return stay
    })
    const input: YearInput = {
      region,
      year,
      tier: Number(household.tier) as Tier,
      povertyHousehold: household.poverty,
      assistanceGroup: household.assistance,
      stays
    }
    if (household.county) input.county = household.county
    if (ledger.usePrior) {
      const prior: PriorThisYear = {}
      const keys: Record<PriorField, keyof PriorThisYear> = {
        compliant: 'compliantCost',
        basicPaid: 'basicPaid',
        criticalPaid: 'criticalPaid',
        assistancePaid: 'assistancePaid',
        commercialPaid: 'commercialPaid',
        reassistancePaid: 'reassistancePaid'
      }
      for (const f of PRIOR_FIELDS) {
        const v = money(ledger.prior[f], PRIOR_LABELS[f])
        if (v !== undefined) prior[keys[f]] = v
      }
      input.prior = prior
    }
    return { ok: true, input }
  } catch (e) {
    return { ok: false, message: (e as Error).message }
  }
}

// ------------------------------------------------------------------------------------------------
// Share code

const VERSION = '1'
const REGION_CODES: Record<RegionId, string> = { weihai: 'wh', weifang: 'wf' }
const ASSISTANCE = ['none', 'key', 'lowIncome'] as const
const COUNTY = ['', 'anqiu', 'other'] as const
const MAX_CODE = 900

function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36).padStart(7, '0')
}

/** An amount as the shortest plain number, or undefined when it does not read. */
function plain(text: string): string | undefined {
  if (text.trim() === '') return undefined
  try {
    return parseMoney(text).replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')
  } catch {
    return undefined
  }
}

/** The amounts of an entry that travel in a share code, with their one-letter codes. */
type EntryMoney = 'total' | 'compliant' | 'deductible' | 'basicPaid' | 'specialDrug'
const ENTRY_MONEY: [EntryMoney, string][] = [
  ['total', 'T'],
  ['compliant', 'C'],
  ['deductible', 'd'],
  ['basicPaid', 'B'],
  ['specialDrug', 's']
]
const PRIOR_CODES: Record<PriorField, string> = { compliant: 'C', basicPaid: 'B', criticalPaid: 'c', assistancePaid: 'a', commercialPaid: 'm', reassistancePaid: 'r' }

export function encodeLedger(region: RegionId, household: Household, ledger: Ledger): string {
  const head = [VERSION, REGION_CODES[region], `t${household.tier || '0'}`, `p${household.poverty ? 1 : 0}`, `a${ASSISTANCE.indexOf(household.assistance)}`, `n${Math.max(0, COUNTY.indexOf(household.county ?? ''))}`]
  const blocks = [head.join('_')]
  for (const e of ledger.entries) {
    const f = [`k${e.kind === 'inpatient' ? 0 : 1}`, `S${INPATIENT_SETTINGS.indexOf(e.setting)}`, `b${e.basicSource === 'slip' ? 1 : 0}`]
    if (e.date) f.push(`D${e.date.replace(/-/g, '')}`)
    if (e.level) f.push(`L${e.level}`)
    for (const [key, code] of ENTRY_MONEY) {
      const v = plain(e[key] as string)
      if (v !== undefined) f.push(code + v)
    }
    const r = e.ratio.trim() === '' ? undefined : readPercent(e.ratio)
    if (r && r.state === 'ok') f.push(`r${r.rate}`)
    blocks.push(f.join('_'))
  }
  if (ledger.usePrior) {
    const f = ['P']
    for (const k of PRIOR_FIELDS) {
      const v = plain(ledger.prior[k])
      if (v !== undefined) f.push(PRIOR_CODES[k] + v)
    }
    blocks.push(f.join('_'))
  }
  const payload = blocks.join('-')
  return `${payload}~${checksum(payload)}`
}

export type DecodedLedger = { ok: true; region: RegionId; household: Household; ledger: Ledger } | { ok: false; reason: string }

const BROKEN = '本年度住院的分享链接不完整或已被改动，无法读取。'

export function decodeLedger(code: unknown): DecodedLedger {
  if (typeof code !== 'string' || code === '' || code.length > MAX_CODE) return { ok: false, reason: BROKEN }
  let text = code
  if (/%[0-9a-f]{2}/i.test(text)) {
    try { text = decodeURIComponent(text) } catch { return { ok: false, reason: BROKEN } }
  }
  const at = text.lastIndexOf('~')
  if (at < 0 || text.slice(at + 1) !== checksum(text.slice(0, at))) return { ok: false, reason: BROKEN }
  const [head, ...blocks] = text.slice(0, at).split('-')
  const fields = (block: string): Map<string, string> | undefined => {
    const map = new Map<string, string>()
    for (const part of block.split('_')) {
      const m = /^([A-Za-z])([0-9.]{0,16})$/.exec(part)
      if (!m || map.has(m[1])) return undefined
      map.set(m[1], m[2])
    }
    return map
  }
  const [version, regionCode, ...rest] = head.split('_')
  if (version !== VERSION) return { ok: false, reason: '这个分享链接来自其他版本的医保通，无法读取。' }
  const region = (Object.keys(REGION_CODES) as RegionId[]).find((r) => REGION_CODES[r] === regionCode)
  const h = fields(rest.join('_'))
  if (!region || !h) return { ok: false, reason: BROKEN }
  const tier = h.get('t')
  const assistance = ASSISTANCE[Number(h.get('a'))]
  const county = COUNTY[Number(h.get('n') ?? '0')]
  if ((tier !== '0' && tier !== '1' && tier !== '2') || !assistance || county === undefined) return { ok: false, reason: BROKEN }
  const household: Household = { tier: tier === '0' ? '' : tier, poverty: h.get('p') === '1', assistance, county }
  const ledger: Ledger = { entries: [], usePrior: false, prior: { ...EMPTY_PRIOR } }
  for (const block of blocks) {
    if (block.startsWith('P')) {
      const p = fields(block.slice(2))
      if (!p && block !== 'P') return { ok: false, reason: BROKEN }
      ledger.usePrior = true
      for (const k of PRIOR_FIELDS) ledger.prior[k] = p?.get(PRIOR_CODES[k]) ?? ''
      continue
    }
    const f = fields(block)
    if (!f || ledger.entries.length >= MAX_LEDGER_ENTRIES) return { ok: false, reason: BROKEN }
    const setting = INPATIENT_SETTINGS[Number(f.get('S'))]
    const level = f.get('L') ?? ''
    const date = f.get('D') ?? ''
    if (!setting || !['', '1', '2', '3'].includes(level) || (date !== '' && !/^\d{8}$/.test(date))) return { ok: false, reason: BROKEN }
    const e = newEntry(f.get('k') === '1' ? 'specialChronicOutpatient' : 'inpatient')
    e.id = `s${ledger.entries.length}`
    e.setting = setting
    e.level = level as LedgerEntry['level']
    e.date = date ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : ''
    e.basicSource = f.get('b') === '1' ? 'slip' : 'rule'
    for (const [key, letter] of ENTRY_MONEY) e[key] = f.get(letter) ?? ''
    const r = f.get('r')
    e.ratio = r ? String(Math.round(Number(r) * 10000) / 100) : ''
    ledger.entries.push(e)
  }
  return { ok: true, region, household, ledger }
}

/** "&y=…" for the page's share path when this region has entries on the device; '' otherwise. */
export function ledgerShareSuffix(region: RegionId, household: Household): string {
  const { ledger } = loadLedger(region)
  return ledger.entries.length > 0 ? `&y=${encodeLedger(region, household, ledger)}` : ''
}
