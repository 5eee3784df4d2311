// Opening a page as its tests do: the 参保地 chosen first, stored by the app's own writer, then the
// page under the policy year the test pins (so a newer pack registered beside it changes nothing).
import type { ComponentType } from 'react'
import { render } from '@testing-library/react'
import type { RegionId } from '../policy/types'
import { setRegion } from '../services/region'

export function renderPageFor(Page: ComponentType<{ year?: number }>, region: RegionId, year: number) {
  setRegion(region)
  return render(<Page year={year} />)
}
