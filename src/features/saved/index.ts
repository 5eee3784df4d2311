// Estimates saved on this device under a name: the store (versioned, each entry re-checked by the
// share codec's field table when read) and the panel that saves, lists, reopens and deletes them
// (on the 报销测算 tab and on the 门诊 and 生育 pages alike).
export type { SavedEstimate, SavedList, SaveOutcome } from './saved-estimates'
export { addSaved, deleteSaved, loadSaved, MAX_NAME_LENGTH, MAX_SAVED, SAVED_STORE_KEY } from './saved-estimates'
export { SavedPanel } from './saved-panel'
