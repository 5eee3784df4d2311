// For pages/estimate only (eslint enforces it): the bar that copies a share link.
export { ShareBar } from './share-bar'
