import type { InpatientSetting, PolicyPack, PolicyText, Reference, RemoteCareEntry, RemoteSituation } from '../../policy/types'
import { inpatientSettingLabel, SETTING_OF_SITUATION } from '../../engine'

/**
 * The six situations in the resident's own words, in the order people usually meet them. Each maps
 * to the pack's remote-care guidance key; the wording here only helps choose, every rule shown
 * afterwards comes from the pack.
 */
export const SITUATIONS: readonly { id: RemoteSituation; words: string }[] = [
  { id: 'referral', words: '本地治不了，要转到外地医院' },
  { id: 'emergency', words: '在外地（出差、探亲、旅游）突发急症住院' },
  { id: 'longTermResidence', words: '长期住在外地（随子女、养老、异地安置）' },
  { id: 'postedWorker', words: '常驻外地工作' },
  { id: 'migrantWorker', words: '外出务工或创业' },
  { id: 'unfiled', words: '已经自己去外地住院，没办手续' }
]

export function isRemoteSituation(value: unknown): value is RemoteSituation {
  return SITUATIONS.some((s) => s.id === value)
}

/** How 报销测算 names each inpatient setting in this region; shown on the button so the user knows what is filled in. */
export const settingLabel = inpatientSettingLabel

/**
 * The 报销测算 setting for a situation, or null when the region's documents give nothing the
 * estimate could work with (the situation is not covered, or the setting is not in the sources).
 */
export function estimateSetting(pack: PolicyPack, situation: RemoteSituation): InpatientSetting | null {
  if (pack.remoteCare[situation].status !== 'published') return null
  const setting = SETTING_OF_SITUATION[situation]
  return pack.inpatient.settings[setting].kind === 'notInSources' ? null : setting
}

/** The reference behind the setting's reimbursement rule, when the pack has one. */
export function settingReference(pack: PolicyPack, setting: InpatientSetting): Reference | undefined {
  const rule = pack.inpatient.settings[setting]
  if (rule.kind === 'selfShareFirst') return rule.share.reference
  if (rule.kind === 'standard' || rule.kind === 'unpublishedAdjustment') return rule.reference
  return undefined
}

const RESIDENCE_FILINGS: readonly RemoteSituation[] = ['longTermResidence', 'postedWorker', 'migrantWorker']

/** Filings that stay in force for a while, where the card says how long (or that the documents do not). */
export function isResidenceFiling(situation: RemoteSituation): boolean {
  return RESIDENCE_FILINGS.includes(situation)
}

/**
 * Splits a card's notes into the 2020 COVID ones and the rest. A note is a COVID note when it cites
 * the same section of the document as the pack's own COVID list, which the card shows in full.
 */
export function splitNotes(pack: PolicyPack, entry: RemoteCareEntry): { covid: PolicyText[]; other: PolicyText[] } {
  if (entry.status !== 'published') return { covid: [], other: [] }
  const covidSections = new Set(pack.covid.map((c) => `${c.reference.doc}|${c.reference.section}`))
  const covid: PolicyText[] = []
  const other: PolicyText[] = []
  for (const note of entry.notes) {
    ;(covidSections.has(`${note.reference.doc}|${note.reference.section}`) ? covid : other).push(note)
  }
  return { covid, other }
}
