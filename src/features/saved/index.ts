// Estimates saved on this device under a name: the store (versioned, each entry re-checked by the
// share codec's field table when read); the panel that saves, lists, reopens and deletes them is
// in ./view, for the estimate pages.
export type { SavedEstimate, SavedList, SaveOutcome } from './saved-estimates'
export { addSaved, deleteSaved, loadSaved, MAX_NAME_LENGTH, MAX_SAVED, SAVED_STORE_KEY } from './saved-estimates'
