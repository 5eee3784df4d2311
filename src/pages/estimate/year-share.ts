// The share code of a year ledger: household fields, then one block per entry ("-"), an optional
// prior block starting with "P", and a checksum. Hospital names never travel.
import { INPATIENT_SETTINGS, parseMoney, ratePoints, readPercent } from '../../engine'
import type { SlipField } from '../../engine'
import { regionCode, regionOfCode } from '../../policy/registry'
import { seal, unseal } from './share-code'
import type { RegionId } from '../../policy/types'
import { EMPTY_PRIOR, EMPTY_SLIP, loadLedger, MAX_LEDGER_ENTRIES, newEntry, PRIOR_FIELDS } from './year-store'
import type { Household, Ledger, LedgerEntry, PriorField } from './year-store'

const VERSION = '1'
const ASSISTANCE = ['none', 'key', 'lowIncome'] as const
const COUNTY = ['', 'anqiu', 'other'] as const
// 20 entries, each with a whole settlement slip (up to about 190 characters an entry), fit.
const MAX_CODE = 4000

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
/** A slip's figures in an entry block; letters no other entry field uses. Names never travel. */
const SLIP_CODES: [SlipField, string][] = [
  ['totalCost', 'U'],
  ['compliantCost', 'V'],
  ['basicPaid', 'W'],
  ['critical', 'c'],
  ['specialDrug', 'x'],
  ['hospitalWaiver', 'w'],
  ['assistance', 'a'],
  ['commercial', 'm'],
  ['reassistance', 'R'],
  ['outOfPocket', 'o']
]
const PRIOR_CODES: Record<PriorField, string> = { compliant: 'C', basicPaid: 'B', criticalPaid: 'c', assistancePaid: 'a', commercialPaid: 'm', reassistancePaid: 'r' }

export function encodeLedger(region: RegionId, household: Household, ledger: Ledger): string {
  const head = [VERSION, regionCode(region), `t${household.tier || '0'}`, `p${household.poverty ? 1 : 0}`, `a${ASSISTANCE.indexOf(household.assistance)}`, `n${Math.max(0, COUNTY.indexOf(household.county ?? ''))}`]
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
    for (const [key, code] of SLIP_CODES) {
      const v = e.slip ? plain(e.slip[key]) : undefined
      if (v !== undefined) f.push(code + v)
    }
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
  return seal(payload)
}

/** "0.625678" → "62.5678": the percentage a shared rate was typed as, or undefined if it is not a rate. */
export function ratioOfRate(rate: string): string | undefined {
  if (!/^[01](\.\d{1,6})?$/.test(rate)) return undefined
  const plainRate = rate.includes('.') ? rate.replace(/0+$/, '').replace(/\.$/, '') : rate
  const back = readPercent(ratePoints(rate))
  return back.state === 'ok' && back.rate === plainRate ? back.percent : undefined
}

export type DecodedLedger = { ok: true; region: RegionId; household: Household; ledger: Ledger } | { ok: false; reason: string }

const BROKEN = '本年度住院的分享链接不完整或已被改动，无法读取。'

export function decodeLedger(code: unknown): DecodedLedger {
  const payload = unseal(code, MAX_CODE)
  if (payload === undefined) return { ok: false, reason: BROKEN }
  const [head, ...blocks] = payload.split('-')
  const fields = (block: string): Map<string, string> | undefined => {
    const map = new Map<string, string>()
    for (const part of block.split('_')) {
      const m = /^([A-Za-z])([0-9.]{0,16})$/.exec(part)
      if (!m || map.has(m[1])) return undefined
      map.set(m[1], m[2])
    }
    return map
  }
  const [version, regionText, ...rest] = head.split('_')
  if (version !== VERSION) return { ok: false, reason: '这个分享链接来自其他版本的医保通，无法读取。' }
  const region = regionOfCode(regionText)
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
    // The rate travels as the engine's exact string ("0.625678"); it comes back as the percentage
    // typed ("62.5678") by moving the decimal point, never through a float.
    const r = f.get('r')
    if (r) {
      const percent = ratioOfRate(r)
      if (percent === undefined) return { ok: false, reason: BROKEN }
      e.ratio = percent
    } else e.ratio = ''
    if (SLIP_CODES.some(([, letter]) => f.has(letter))) {
      e.slip = { ...EMPTY_SLIP }
      for (const [key, letter] of SLIP_CODES) e.slip[key] = f.get(letter) ?? ''
    }
    ledger.entries.push(e)
  }
  return { ok: true, region, household, ledger }
}

/** "&y=…" for the page's share path when this region has entries on the device; '' otherwise. */
export function ledgerShareSuffix(region: RegionId, household: Household): string {
  const { ledger } = loadLedger(region)
  return ledger.entries.length > 0 ? `&y=${encodeLedger(region, household, ledger)}` : ''
}
