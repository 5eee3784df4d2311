import type { Attempt } from '../../engine'
import type { Read } from '../../components/field/reading'

export { NumberField } from '../../components/field'

/** The message for a field: its own parse error first, then the engine's message for it. */
export function errorFor<T>(read: Read<T>, field: string, result: Attempt<unknown> | null): string | null {
  if (read.state === 'error') return read.message
  if (result && !result.ok && result.field === field) return result.message
  return null
}
