// Sharing an estimate as the rest of the app sees it: the forms of the three estimators by mode,
// the codec that writes and checks their fields (for links and for saving), the sealed share codes
// (one estimate e=…; the year's code in features/year writes its blocks with the same codec) and
// the bar that copies a link.
export type { FieldValues, Forms, InpatientForm, MaternityForm, Mode, OutpatientForm } from './forms'
export { DEFAULT_FORMS, MODE_NAMES, MODES } from './forms'
export type { FieldSpec } from './form-codec'
export {
  checkValue,
  compactAmount,
  decodeFields,
  encodeFields,
  FIELD_SPECS,
  normalizeFields,
  normalizeForm,
  readMonths,
  sanitizeForm,
  splitField
} from './form-codec'
export { seal, unseal } from './share-code'
export type { DecodeResult, Shared } from './share-link'
export { decodeShare, encodeShare, SHARE_PAGE, shareQuery } from './share-link'
export { ShareBar } from './share-bar'
