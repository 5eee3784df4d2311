// The share code: the region, the policy year, the mode and the inputs that differ from a blank
// form, packed into one short query value that survives WeChat's share path and Moments' query
// without escaping, e.g.
//   e=2_wh_2020_i_t1_l3_T120000_C100000_d1000_v1~0k3f9z
// Version 1 codes had no year: they were all made under the 2020 rules and open as 2020.
// Each field is a letter and a value ([0-9.] only; choices travel as their index). The part after
// "~" is a checksum, so a truncated or edited link is refused as a whole instead of half-applied.
import { regionCode, regionOfCode } from '../../policy/registry'
import { seal, unseal } from './share-code'
import type { RegionId } from '../../policy/types'
import { decodeFields, encodeFields, FIELD_SPECS, normalizeForm, sanitizeForm } from './form-codec'
import type { FieldSpec } from './form-codec'
import { DEFAULT_FORMS, MODES } from './forms'
import type { FieldValues, Forms, Mode } from './forms'

const VERSION = '2'
const YEAR_OF_VERSION_1 = 2020
const MODE_CODES: Record<Mode, string> = { inpatient: 'i', outpatient: 'o', maternity: 'm' }
/** WeChat limits share paths; a code longer than this cannot be one we made. */
const MAX_LENGTH = 400

export type Shared = { [M in Mode]: { region: RegionId; year: number; mode: M; form: Forms[M] } }[Mode]

/** The share code for a form; fields that do not parse are left out (the receiver sees them empty). */
export function encodeShare<M extends Mode>(region: RegionId, mode: M, form: Forms[M], year: number): string {
  const { form: clean } = normalizeForm(mode, form)
  const specs = FIELD_SPECS[mode] as Record<string, FieldSpec>
  const parts = [
    VERSION,
    regionCode(region),
    String(year),
    MODE_CODES[mode],
    ...encodeFields(specs, clean, DEFAULT_FORMS[mode] as FieldValues)
  ]
  const payload = parts.join('_')
  return seal(payload)
}

export type DecodeResult = { ok: true; shared: Shared } | { ok: false; reason: string }

const BROKEN = '分享链接不完整或已被改动，无法读取其中的测算数据，已按空白表单打开。'

/** Reads a share code; anything unexpected refuses the whole link. */
export function decodeShare(code: unknown): DecodeResult {
  const payload = unseal(code, MAX_LENGTH)
  if (payload === undefined) return { ok: false, reason: BROKEN }
  const [version, regionText, ...rest] = payload.split('_')
  if (version !== VERSION && version !== '1') return { ok: false, reason: '这个分享链接来自其他版本的医保通，无法读取，已按空白表单打开。' }
  let year = YEAR_OF_VERSION_1
  if (version === VERSION) {
    const yearText = rest.shift() ?? ''
    if (!/^\d{4}$/.test(yearText)) return { ok: false, reason: BROKEN }
    year = Number(yearText)
  }
  const [modeCode, ...fields] = rest
  const region = regionText === undefined ? undefined : regionOfCode(regionText)
  const mode = MODES.find((m) => MODE_CODES[m] === modeCode)
  if (!region || !mode) return { ok: false, reason: BROKEN }
  const raw = decodeFields(FIELD_SPECS[mode] as Record<string, FieldSpec>, fields, DEFAULT_FORMS[mode] as FieldValues)
  if (!raw) return { ok: false, reason: BROKEN }
  const form = sanitizeForm(mode, raw)
  if (!form) return { ok: false, reason: BROKEN }
  return { ok: true, shared: { region, year, mode, form } as Shared }
}

export const SHARE_PAGE = '/pages/estimate/index'

/** The query string for a share (the same for chats and Moments). */
export function shareQuery<M extends Mode>(region: RegionId, mode: M, form: Forms[M], year: number): string {
  return `e=${encodeShare(region, mode, form, year)}`
}
