// One shape for "the text reads two ways" (POLICY-READING §10), shared by every function that can
// meet such a rule: the result keeps its usual field for the reading the UI puts first, and carries
// both readings with the reason, so no page can show one of them silently.

export interface Reading<V = string> {
  /** Short Chinese name of the reading, e.g. "按“45岁以下”含45岁". */
  label: string
  value: V
}

export interface TwoReadings<V = string> {
  /** Why the text admits both readings, in one Chinese sentence. */
  reason: string
  /** The first is the one the result's usual field holds. */
  readings: [Reading<V>, Reading<V>]
}

export function twoReadings<V>(reason: string, first: Reading<V>, second: Reading<V>): TwoReadings<V> {
  return { reason, readings: [first, second] }
}
