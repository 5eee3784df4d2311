// Every alert's words, joined: the engine's public wordAlert and wordAlertBesideLayers, for a front end
// that words results itself, and for tests. The engine's own modules word their alerts with their
// tool's table (alerts.ts, alert-words-*.ts), so the main package carries only the core words.
import type { AlertId, AlertParams } from './alerts'
import { alertWorder, CORE_ALERT_WORDS } from './alerts'
import { CONTRIBUTION_ALERT_WORDS } from './alert-words-contribution'
import { MATERNITY_ALERT_WORDS } from './alert-words-maternity'
import type { Words } from './notes'

const ALL_ALERT_WORDS: Words<AlertParams> = { ...CORE_ALERT_WORDS, ...MATERNITY_ALERT_WORDS, ...CONTRIBUTION_ALERT_WORDS }

/** Every id, in the order of the word tables (for tests and for a page that words them itself). */
export const ALERT_IDS = Object.keys(ALL_ALERT_WORDS) as AlertId[]

export const { wordAlert, wordAlertBesideLayers, alertFields } = alertWorder(ALL_ALERT_WORDS)
