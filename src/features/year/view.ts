// For pages/estimate only (eslint enforces it): the ledger's view and its styles stay in the tab's
// own chunk and sheet, out of what 核对结算单 and other pages load.
export { YearLedger } from './year-ledger'
