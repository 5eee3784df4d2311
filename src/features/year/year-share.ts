// The share code of a year ledger: the household, one block per entry, an optional prior block
// starting with "P", and a checksum. Each entry's stay travels in the letters of the one stay table
// (features/stay), as the estimator's own code writes it; hospital names never travel.
//   y=2_wh_t1_v1-D20200302_l3_T120000_C100000_d1000-l2_T30000_C25000_d600~checksum
// Version 1 wrote four stay fields under letters of its own and the ratio as a rate; it still opens
// (migrateVersion1Block).
import { ratePoints, readPercent } from '../../engine'
import type { SlipField } from '../../engine'
import { regionCode, regionOfCode } from '../../policy/registry'
import type { RegionId } from '../../policy/types'
import { BLANK_STAY, HOUSEHOLD_FIELDS, STAY_FIELDS, stayOf } from '../stay'
import { decodeFields, encodeFields, normalizeFields, seal, splitField, unseal } from '../share'
import type { FieldSpec, FieldValues } from '../share'
import { EMPTY_PRIOR, EMPTY_SLIP, loadLedger, MAX_LEDGER_ENTRIES, newEntry, PRIOR_FIELDS } from './year-store'
import type { InsuredPerson, Ledger, LedgerEntry, PriorField } from './year-store'

const VERSION = '2'
// 20 entries, each with a whole settlement slip (up to about 190 characters an entry), fit.
const MAX_CODE = 4000

/** An entry's own fields besides its stay: what kind of bill, and the date (YYYYMMDD). */
const ENTRY_FIELDS: Record<string, FieldSpec> = {
  kind: { kind: 'enum', code: 'k', values: ['inpatient', 'specialChronicOutpatient'] },
  ...(STAY_FIELDS as Record<string, FieldSpec>)
}
const BLANK_ENTRY_FIELDS: FieldValues = { kind: 'inpatient', ...BLANK_STAY }

/** A slip's figures in an entry block; letters no stay or entry field uses. */
const SLIP_CODES: [SlipField, string][] = [
  ['totalCost', 'U'],
  ['compliantCost', 'V'],
  ['basicPaid', 'W'],
  ['critical', 'c'],
  ['specialDrug', 'X'],
  ['hospitalWaiver', 'w'],
  ['assistance', 'a'],
  ['commercial', 'm'],
  ['reassistance', 'R'],
  ['outOfPocket', 'o']
]
const SLIP_SPECS: Record<string, FieldSpec> = Object.fromEntries(SLIP_CODES.map(([key, code]) => [key, { kind: 'money', code }]))
const PRIOR_SPECS: Record<string, FieldSpec> = {
  compliant: { kind: 'money', code: 'C' },
  basicPaid: { kind: 'money', code: 'B' },
  criticalPaid: { kind: 'money', code: 'c' },
  assistancePaid: { kind: 'money', code: 'a' },
  commercialPaid: { kind: 'money', code: 'm' },
  reassistancePaid: { kind: 'money', code: 'r' }
}
const DATE = /^D(\d{8})$/

const text = (values: Record<string, string>): FieldValues => values

export function encodeLedger(region: RegionId, household: InsuredPerson, ledger: Ledger): string {
  const householdValues = {
    tier: household.tier,
    poverty: household.poverty,
    assistance: household.assistance,
    county: household.county ?? ''
  }
  const blankHousehold = { tier: '', poverty: false, assistance: 'none', county: '' }
  const blocks = [[VERSION, regionCode(region), ...encodeFields(HOUSEHOLD_FIELDS, householdValues, blankHousehold)].join('_')]
  for (const e of ledger.entries) {
    const parts = e.date ? [`D${e.date.replace(/-/g, '')}`] : []
    parts.push(...encodeFields(ENTRY_FIELDS, normalizeFields(ENTRY_FIELDS, { kind: e.kind, ...stayOf(e) }), BLANK_ENTRY_FIELDS))
    if (e.slip) parts.push(...encodeFields(SLIP_SPECS, normalizeFields(SLIP_SPECS, text(e.slip)), text(EMPTY_SLIP)))
    // An entry of all blanks still needs its block: it counts as an entry.
    blocks.push(parts.length ? parts.join('_') : `k0`)
  }
  if (ledger.usePrior) {
    blocks.push(['P', ...encodeFields(PRIOR_SPECS, normalizeFields(PRIOR_SPECS, text(ledger.prior)), text(EMPTY_PRIOR))].join('_'))
  }
  return seal(blocks.join('-'))
}

/** "0.625678" → "62.5678": the percentage a shared rate was typed as, or undefined if it is not a rate. */
export function ratioOfRate(rate: string): string | undefined {
  if (!/^[01](\.\d{1,6})?$/.test(rate)) return undefined
  const plainRate = rate.includes('.') ? rate.replace(/0+$/, '').replace(/\.$/, '') : rate
  const back = readPercent(ratePoints(rate))
  return back.state === 'ok' && back.rate === plainRate ? back.percent : undefined
}

// Version 1's household letters (p poverty, n county) and its entry letters that the stay table
// names otherwise (L level, S setting, B 统筹基金支付, s 特药; the slip's 特药 was x).
const VERSION_1_HOUSEHOLD: Record<string, string> = { t: 't', p: 'v', a: 'a', n: 'y' }
const VERSION_1_ENTRY: Record<string, string> = { L: 'l', S: 's', B: 'p', s: 'x', x: 'X' }

/** A version 1 block in today's letters; undefined when a part is not a field (or a rate is not one). */
function migrateVersion1Block(parts: string[], letters: Record<string, string>): string[] | undefined {
  const out: string[] = []
  for (const part of parts) {
    // An empty value ("L") was never written, but version 1 read it as blank.
    const field = splitField(part) ?? (/^[A-Za-z]$/.test(part) ? [part, ''] : undefined)
    if (!field) return undefined
    const [letter, value] = field
    if (value === '') continue
    if (letter === 'r' && letters === VERSION_1_ENTRY) {
      // The rate travelled as the engine's exact string ("0.625678"); it comes back as the
      // percentage typed ("62.5678") by moving the decimal point, never through a float.
      const percent = ratioOfRate(value)
      if (percent === undefined) return undefined
      out.push(`q${percent}`)
    } else out.push((letters[letter] ?? letter) + value)
  }
  return out
}

export type DecodedLedger = { ok: true; region: RegionId; household: InsuredPerson; ledger: Ledger } | { ok: false; reason: string }

const BROKEN = '本年度住院的分享链接不完整或已被改动，无法读取。'

export function decodeLedger(code: unknown): DecodedLedger {
  const payload = unseal(code, MAX_CODE)
  if (payload === undefined) return { ok: false, reason: BROKEN }
  // split always gives at least one part: the default is never taken.
  const [head = '', ...blocks] = payload.split('-')
  const [version, regionText, ...headParts] = head.split('_')
  if (version !== VERSION && version !== '1') return { ok: false, reason: '这个分享链接来自其他版本的医保通，无法读取。' }
  const old = version === '1'
  const region = regionText === undefined ? undefined : regionOfCode(regionText)
  const householdParts = old ? migrateVersion1Block(headParts, VERSION_1_HOUSEHOLD) : headParts
  const h = householdParts && decodeFields(HOUSEHOLD_FIELDS, householdParts, { tier: '', poverty: false, assistance: 'none', county: '' })
  if (!region || !h) return { ok: false, reason: BROKEN }
  const household = h as InsuredPerson
  const ledger: Ledger = { entries: [], usePrior: false, prior: { ...EMPTY_PRIOR } }
  for (const block of blocks) {
    if (block === 'P' || block.startsWith('P_')) {
      const p = decodeFields(PRIOR_SPECS, block === 'P' ? [] : block.slice(2).split('_'), text(EMPTY_PRIOR))
      if (!p) return { ok: false, reason: BROKEN }
      ledger.usePrior = true
      for (const k of PRIOR_FIELDS) ledger.prior[k as PriorField] = p[k] as string
      continue
    }
    if (ledger.entries.length >= MAX_LEDGER_ENTRIES) return { ok: false, reason: BROKEN }
    const entry = decodeEntry(block.split('_'), old, ledger.entries.length)
    if (!entry) return { ok: false, reason: BROKEN }
    ledger.entries.push(entry)
  }
  return { ok: true, region, household, ledger }
}

function decodeEntry(blockParts: string[], old: boolean, index: number): LedgerEntry | undefined {
  const parts = old ? migrateVersion1Block(blockParts, VERSION_1_ENTRY) : blockParts
  if (!parts) return undefined
  const dates = parts.filter((p) => p.startsWith('D'))
  const [dateText] = dates
  const date = dates.length === 1 && dateText !== undefined ? DATE.exec(dateText)?.[1] : undefined
  if (dates.length > 1 || (dates.length === 1 && date === undefined)) return undefined
  const rest = parts.filter((p) => !p.startsWith('D'))
  const slipLetters = new Set(SLIP_CODES.map(([, letter]) => letter))
  const fields = decodeFields(
    ENTRY_FIELDS,
    rest.filter((p) => !slipLetters.has(p.charAt(0))),
    BLANK_ENTRY_FIELDS
  )
  const slipParts = rest.filter((p) => slipLetters.has(p.charAt(0)))
  const slip = decodeFields(SLIP_SPECS, slipParts, text(EMPTY_SLIP))
  if (!fields || !slip) return undefined
  const e = { ...newEntry(), ...fields } as LedgerEntry
  e.id = `s${index}`
  e.date = date ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}` : ''
  if (slipParts.length) e.slip = slip as LedgerEntry['slip']
  return e
}

/** "&y=…" for the page's share path when this region has entries on the device; '' otherwise. */
export function ledgerShareSuffix(region: RegionId, household: InsuredPerson): string {
  const { ledger } = loadLedger(region)
  return ledger.entries.length > 0 ? `&y=${encodeLedger(region, household, ledger)}` : ''
}
