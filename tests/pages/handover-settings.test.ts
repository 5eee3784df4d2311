// A 异地就医 situation handed to 报销测算 becomes the setting the remote page says it is estimated
// with: one map (the engine's SETTING_OF_SITUATION) for both pages, every situation included.
import { INPATIENT_SETTINGS, SETTING_OF_SITUATION } from '../../src/engine'
import { goToTab } from '../../src/services/device'
import { readHandover } from '../../src/pages/estimate/handover'
import { SITUATIONS } from '../../src/pages/remote/situations'

test('every situation the remote page offers hands over the setting of the one map', () => {
  for (const { id } of SITUATIONS) expect(readHandover({ setting: id })).toEqual({ setting: SETTING_OF_SITUATION[id], mode: 'inpatient' })
  expect(readHandover({ setting: 'migrantWorker' }).setting).toBe('longTermResidence')
})

test('a setting by its own name hands over itself; anything else is ignored', () => {
  for (const s of INPATIENT_SETTINGS) expect(readHandover({ setting: s }).setting).toBe(s)
  expect(readHandover({ setting: 'toString' })).toEqual({})
  expect(readHandover({ setting: 'abroad' })).toEqual({})
})

test('each tab takes only its own parameters (checked by the type checker: npm run typecheck)', () => {
  // @ts-expect-error the 异地就医 tab reads a situation, not a mode
  const wrongTab = () => goToTab('remote', { mode: 'inpatient' })
  // @ts-expect-error no such situation
  const wrongValue = () => goToTab('remote', { situation: 'abroad' })
  expect([wrongTab, wrongValue].every((f) => typeof f === 'function')).toBe(true)
})
