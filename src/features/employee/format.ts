// Showing the engine's rates as percents on this page. Reading what people type is
// components/field/reading.ts.
import { ratePoints, rateToPercent } from '../../engine'

/** The engine's rate string as a percent: "0.055" → "5.5%", "0.08" → "8%". */
export const percent = rateToPercent

/** The number of percentage points in a rate string: "0.025" → "2.5". */
export const points = ratePoints
