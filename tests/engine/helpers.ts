import Decimal from 'decimal.js'
import type { InpatientEstimate, InpatientInput, Layer, LayerId } from '../../src/engine'
import { estimateInpatient } from '../../src/engine'

export function layer(r: InpatientEstimate, id: LayerId): Layer {
  const found = r.layers.find((l) => l.id === id)
  if (!found) throw new Error(`no ${id} layer in ${r.layers.map((l) => l.id).join(',')}`)
  return found
}

export function amountOf(r: InpatientEstimate, id: LayerId): string | null {
  return layer(r, id).amount
}

export function ids(r: InpatientEstimate): LayerId[] {
  return r.layers.map((l) => l.id)
}

/** Sum of computed layers plus out-of-pocket, which must equal the total (a share that is not a point has no sum). */
export function balance(r: InpatientEstimate): string {
  if (r.outOfPocket === null) throw new Error('the share is not a point: nothing to balance')
  return r.layers.reduce((acc, l) => (l.amount === null ? acc : acc.plus(l.amount)), new Decimal(r.outOfPocket)).toFixed(2)
}

/** Weihai stay, local, with the deductible the user must enter. */
export function weihai(overrides: Partial<InpatientInput>): InpatientEstimate {
  return estimateInpatient({
    region: 'weihai',
    year: 2020,
    tier: 1,
    hospitalLevel: 3,
    totalCost: '0',
    compliantCost: '0',
    deductible: '0',
    ...overrides
  })
}

export function weifang(overrides: Partial<InpatientInput>): InpatientEstimate {
  return estimateInpatient({ region: 'weifang', year: 2020, tier: 2, totalCost: '0', compliantCost: '0', ...overrides })
}
