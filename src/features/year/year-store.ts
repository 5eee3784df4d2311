// 本年度的住院: the year's entries as typed, kept on the device per region (versioned store) and
// turned into the engine's YearInput. Each entry is a stay of the one stay model (features/stay):
// the estimator's form holds the same fields, read by the same validator (year-share packs them).
import { bundledYearOf, parseMoney, SLIP_FIELDS } from '../../engine'
import { isUnpublished } from '../../policy/types'
import type { CountyId, RegionId, Tier } from '../../policy/types'
import type { PriorThisYear, SlipField, StayInput, YearInput } from '../../engine'
import { createStore } from '../../services/storage'
import { currentYear, getPack, listRegions } from '../../policy/registry'
import { tierOf } from '../../components/estimate-form/choices'
import { BLANK_STAY, MAX_TYPED_LENGTH, readStay, readTypedStay, STAY_FIELD_NAMES, STAY_FIELDS } from '../stay'
import type { InpatientForm, StayContext, StayField, StayForm, StayKind } from '../stay'

export type EntryKind = StayKind

/** One entry of the year: a stay (the same fields, checks and letters as the estimator's) and where it sits in the year. */
export type LedgerEntry = StayForm & {
  id: string
  kind: EntryKind
  /** '' or YYYY-MM-DD. */
  date: string
  /** Hospital or any short name; kept on the device only. */
  label: string
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

/** "第1条 住院 · 2020-03-02 · 市立医院": how the ledger and 核对结算单 name an entry. */
export function entryTitle(e: LedgerEntry, i: number): string {
  const kind = e.kind === 'inpatient' ? '住院' : '特殊门诊慢性病'
  return `第${i + 1}条 ${kind}${e.date ? ` · ${e.date}` : ''}${e.label ? ` · ${e.label}` : ''}`
}

export const MAX_LEDGER_ENTRIES = 20
export const MAX_LABEL_LENGTH = 20

export const EMPTY_PRIOR: PriorForm = {
  compliant: '',
  basicPaid: '',
  criticalPaid: '',
  assistancePaid: '',
  commercialPaid: '',
  reassistancePaid: ''
}
export const EMPTY_LEDGER: Ledger = { entries: [], usePrior: false, prior: EMPTY_PRIOR }

export function newEntry(kind: EntryKind = 'inpatient'): LedgerEntry {
  return {
    id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    kind,
    date: '',
    label: '',
    ...BLANK_STAY
  }
}

const str = (v: unknown, max = MAX_TYPED_LENGTH): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined)

function readEntry(raw: unknown): LedgerEntry | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const e = raw as Record<string, unknown>
  const id = str(e.id, 40)
  const kind = e.kind === 'inpatient' || e.kind === 'specialChronicOutpatient' ? e.kind : undefined
  const date = str(e.date, 10)
  const label = str(e.label, MAX_LABEL_LENGTH)
  const stay = readTypedStay(e)
  if (!id || !kind || date === undefined || (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) || label === undefined || !stay)
    return undefined
  const entry: LedgerEntry = { id, kind, date, label, ...stay }
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

/** Whom a ledger is computed for: the insured person's tier, poverty household, assistance group, county. */
export type InsuredPerson = Pick<InpatientForm, 'tier' | 'poverty' | 'assistance'> & { county?: CountyId | '' }

/** A year's input as the ledger makes it: its entries always under `entries` (never the old `stays`). */
export type LedgerYearInput = YearInput & { entries: StayInput[] }

export type LedgerInput = { ok: true; input: LedgerYearInput } | { ok: false; message: string }

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

/** Each entry is a stay as the ledger's form asks it: the 特药 cost of any stay. */
export function entryContext(entry: Pick<LedgerEntry, 'kind'>, published: boolean): StayContext {
  return { kind: entry.kind, published, drugAsked: true }
}

// What blocks an entry, in the ledger's words (the field is named with the entry's number).
const ENTRY_MISSING: Partial<Record<StayField, string>> = {
  total: '请填写总费用',
  basicPaid: '请填写结算单上的统筹基金支付',
  compliant: '填写了统筹基金支付时，请同时填写政策范围内费用'
}

/** Whether the policy the ledger is computed under publishes its scale (the ratio is then not asked). */
function scalePublished(region: RegionId, year: number | undefined): boolean {
  try {
    return !isUnpublished(getPack(region, year ?? currentYear(region)).inpatient.tiers[1].scaleByLevel)
  } catch {
    // Not bundled: the engine names the problem when it computes.
    return false
  }
}

/** The engine's stay for an entry, or the first problem with it, named. */
function entryStay(entry: LedgerEntry, i: number, published: boolean): StayInput {
  const name = entryName(i, entry)
  const read = readStay(entry, entryContext(entry, published))
  const error = STAY_FIELD_NAMES.find((f) => read.errors[f] !== undefined)
  if (error) throw new Error(`${name}的${STAY_FIELDS[error].label}：${read.errors[error] as string}`)
  // A blank ratio is an unknown the engine names; the others keep the entry from computing.
  const blank = read.missing.find((f) => ENTRY_MISSING[f] !== undefined)
  if (blank || !read.stay) throw new Error(`${name}：${ENTRY_MISSING[blank ?? 'total'] as string}`)
  const stay: StayInput = { kind: entry.kind, ...read.stay }
  if (entry.date) stay.date = entry.date
  if (entry.label) stay.label = entry.label
  return stay
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

export function ledgerInput(region: RegionId, household: InsuredPerson, ledger: Ledger, year?: number): LedgerInput {
  if (household.tier === '') return { ok: false, message: '请先在上方选择缴费档次' }
  try {
    const published = scalePublished(region, ledgerYear(region, ledger, year))
    const entries: StayInput[] = ledger.entries.map((e, i) => entryStay(e, i, published))
    const input: LedgerYearInput = {
      region,
      year: ledgerYear(region, ledger, year),
      tier: tierOf(household.tier) as Tier,
      povertyHousehold: household.poverty,
      assistanceGroup: household.assistance,
      entries
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
