// For pages/estimate only (eslint enforces it): the panel that saves, lists, reopens and deletes.
export { SavedPanel } from './saved-panel'
