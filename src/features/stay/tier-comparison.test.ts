// The tier comparison's first line compares two exact figures of money as text, to the fen.
import type { InpatientEstimate } from '../../engine'
import { ownCostLine } from './tier-comparison'

const share = (outOfPocket: string) => ({ outOfPocket, range: { low: outOfPocket, high: outOfPocket } }) as InpatientEstimate

test('the same figure says so; a fen apart says by how much, either way', () => {
  expect(ownCostLine('1', share('4900.00'), share('4900.00'))).toBe('如果改交二档：这次住院您自己付的钱一样，都是 ¥4,900.00。')
  expect(ownCostLine('1', share('4900.00'), share('4900.01'))).toBe('如果改交二档：这次住院您自己多付 ¥0.01（¥4,900.00 → ¥4,900.01）。')
  expect(ownCostLine('2', share('0.30'), share('0.10'))).toBe('如果只交一档：这次住院您自己少付 ¥0.20（¥0.30 → ¥0.10）。')
  // Beyond what a float holds to the fen: 90,071,992,547,409.93 vs .92.
  expect(ownCostLine('1', share('90071992547409.93'), share('90071992547409.92'))).toContain('少付 ¥0.01')
})
