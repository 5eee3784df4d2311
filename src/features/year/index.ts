// The year as the rest of the app sees it: the ledger of the year's stays (each a stay of the one
// stay model), kept per region on the device, computed by the engine's estimateYear, shared in one
// code; this stay within the year; and the route to 核对结算单 of an entry. Its view is in ./view,
// for the 报销测算 tab only: 核对结算单 (a subpackage) reads the model without pulling the view.
export type { EntryKind, InsuredPerson, Ledger, LedgerEntry, LedgerInput, PriorField, PriorForm, SlipForm } from './year-store'
export {
  EMPTY_LEDGER,
  EMPTY_PRIOR,
  EMPTY_SLIP,
  entryContext,
  entryTitle,
  ledgerInput,
  ledgerRevision,
  ledgerYear,
  loadLedger,
  MAX_LABEL_LENGTH,
  MAX_LEDGER_ENTRIES,
  newEntry,
  PRIOR_FIELDS,
  PRIOR_LABELS,
  saveLedger,
  YEAR_LEDGER_STORE_KEY
} from './year-store'
export type { DecodedLedger } from './year-share'
export { decodeLedger, encodeLedger, ledgerShareSuffix, ratioOfRate } from './year-share'
export { entryOfForm, entryOfStay, formStay, sameStay, withinYear } from './within-year'
export type { SlipRoute } from './slip-route'
export { readSlipRoute, slipQuery } from './slip-route'
