// Showing the engine's rates as percents on this page. Reading what people type is
// components/field/reading.ts.
import { rateToPercent } from '../../engine'

/** The engine's rate string as a percent: "0.055" → "5.5%", "0.08" → "8%". */
export const percent = rateToPercent
