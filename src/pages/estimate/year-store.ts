// 本年度的住院: the year's entries as typed, kept on the device per region (versioned store), turned
// into the engine's YearInput, and packed into a share code that survives WeChat share paths:
//   y=1_wh_t1_p1_a0-k0_D20200302_L3_T120000_C100000_d1000-k0_L2_T30000_C25000_d600~checksum
// Household fields, then one block per entry ("-"), an optional prior block starting with "P".
// Hospital names are not shared (they are the user's own words and not needed for the figures).
import { bundledYearOf, INPATIENT_SETTINGS, parseMoney, readPercent, SLIP_FIELDS } from '../../engine'
import type { CountyId, InpatientSetting, RegionId, Tier } from '../../policy/types'
import type { PriorThisYear, SlipField, StayInput, YearInput } from '../../engine'
import { createStore } from '../../services/storage'
import { listRegions } from '../../policy/registry'
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
  /** The settlement slip's figures as typed (核对结算单); absent until the user enters one. */
  slip?: SlipForm
}

/** A settlement slip as typed: one text per slip field ('' when the slip does not show it). */
export type SlipForm = Record<SlipField, string>

export const EMPTY_SLIP: SlipForm = {
  totalCost: '',
  compliantCost: '',
  basicPaid: '',
  critical: '',
  specialDrug: '',
  hospitalWaiver: '',
  assistance: '',
  commercial: '',
  reassistance: '',
  outOfPocket: ''
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
  const entry: LedgerEntry = { id, kind, date, label, level, setting, total, compliant, basicSource, deductible, ratio, basicPaid, specialDrug }
  // Ledgers stored before 核对结算单 have no slip: they open as they were.
  if (e.slip !== undefined) {
    const slip = readSlip(e.slip)
    if (!slip) return undefined
    entry.slip = slip
  }
  return entry
}

function readSlip(raw: unknown): SlipForm | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const slip = { ...EMPTY_SLIP }
  for (const f of SLIP_FIELDS) {
    const v = (raw as Record<string, unknown>)[f]
    if (v === undefined) continue
    const text = str(v)
    if (text === undefined) return undefined
    slip[f] = text
  }
  return slip
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
    for (const { id: region } of listRegions()) {
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

// Bumped by every save, so a page that shows again (the ledger, back from 核对结算单) knows whether
// another page saved since it last read.
let revision = 0

export function ledgerRevision(): number {
  return revision
}

export function saveLedger(region: RegionId, ledger: Ledger): boolean {
  const { value } = store.load()
  revision++
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

/**
 * The engine input for the ledger under the policy year the page computes for, or the first thing
 * that is missing or unreadable.
 */
/**
 * The policy year a ledger is computed under: the year of its dates where that year is bundled (a
 * 2020 ledger stays a 2020 ledger when a newer year arrives), else the page's.
 */
export function ledgerYear(region: RegionId, ledger: Ledger, pageYear?: number): number | undefined {
  const dated = ledger.entries.find((e) => e.date !== '')
  return (dated && bundledYearOf(region, dated.date)) ?? pageYear
}

export function ledgerInput(region: RegionId, household: Household, ledger: Ledger, year?: number): LedgerInput {
  if (household.tier === '') return { ok: false, message: '请先在上方选择缴费档次' }
  try {
    const stays: StayInput[] = ledger.entries.map((e, i) => {
      const name = entryName(i, e)
      const total = money(e.total, `${name}的总费用`)
      const compliant = money(e.compliant, `${name}的政策范围内费用`)
      if (total === undefined) throw new Error(`${name}：请填写总费用`)
      // Left blank, the compliant part is an unknown the engine answers around (not a reason to wait).
      const stay: StayInput = { kind: e.kind, totalCost: total }
      if (compliant !== undefined) stay.compliantCost = compliant
      if (e.kind === 'inpatient') stay.setting = e.setting
      if (e.level !== '') stay.hospitalLevel = Number(e.level) as 1 | 2 | 3
      if (e.date) stay.date = e.date
      if (e.label) stay.label = e.label
      if (e.basicSource === 'slip' && e.kind === 'inpatient') {
        const paid = money(e.basicPaid, `${name}的统筹基金支付`)
        if (paid === undefined) throw new Error(`${name}：请填写结算单上的统筹基金支付`)
        if (compliant === undefined) throw new Error(`${name}：填写了统筹基金支付时，请同时填写政策范围内费用`)
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
      year: ledgerYear(region, ledger, year),
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
