/**
 * @jest-environment node
 */
// The lint rule that keeps features apart (.eslintrc.js FEATURE_BOUNDARIES), run on import lines
// as they would sit in real files: only a feature's index.ts is public, and view.ts only to its page.
import { ESLint } from 'eslint'
import { only } from '../../src/test-support/present'

const eslint = new ESLint({ cwd: process.cwd() })

async function problems(filePath: string, code: string): Promise<string[]> {
  const result = only(await eslint.lintText(code, { filePath }), 'lint results')
  return result.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message)
}

jest.setTimeout(60_000)

test('a feature may not reach into another feature', async () => {
  expect(await problems('src/features/maternity/probe.ts', "export { OUTPATIENT_FIELDS } from '../outpatient/form'\n")).toEqual([
    expect.stringContaining('Use features/outpatient through its index.ts only')
  ])
  expect(await problems('src/features/maternity/probe.ts', "export { OUTPATIENT_PAGE } from '../outpatient'\n")).toEqual([])
})

test("the estimate tab's features see each other through index.ts only", async () => {
  expect(await problems('src/features/year/probe.ts', "export { readStay } from '../stay/read-stay'\n")).toEqual([
    expect.stringContaining('Use features/stay through its index.ts only')
  ])
  expect(await problems('src/features/year/probe.ts', "export { readStay } from '../stay'\n")).toEqual([])
  expect(await problems('src/features/saved/probe.ts', "export { sanitizeForm } from '../share/form-codec'\n")).toHaveLength(1)
  expect(await problems('src/features/stay/probe.ts', "export { withinYear } from '../year/within-year'\n")).toHaveLength(1)
  // The tab shell and the 核对结算单 page compose them through the same door.
  expect(await problems('src/pages/estimate/probe.ts', "export { YearLedger } from '../../features/year/year-ledger'\n")).toHaveLength(1)
  expect(await problems('src/pages/estimate/probe.ts', "export { YearLedger } from '../../features/year/view'\n")).toEqual([])
  expect(await problems('src/pages/slip/probe.ts', "export { loadLedger } from '../../features/year/year-store'\n")).toHaveLength(1)
  expect(await problems('src/pages/slip/probe.ts', "export { loadLedger } from '../../features/year'\n")).toEqual([])
  // The views are the tab's: 核对结算单 and the other features use the models.
  expect(await problems('src/pages/slip/probe.ts', "export { YearLedger } from '../../features/year/view'\n")).toHaveLength(1)
  expect(await problems('src/features/year/probe.ts', "export { InpatientEstimator } from '../stay/view'\n")).toHaveLength(1)
})

test('the main package sees a feature through index.ts only, never its view', async () => {
  expect(
    await problems('src/pages/estimate/probe.ts', "export { OutpatientEstimator } from '../../features/outpatient/view'\n")
  ).toHaveLength(1)
  expect(await problems('src/components/probe.ts', "export { runOutpatient } from '../features/outpatient/run-outpatient'\n")).toHaveLength(
    1
  )
  expect(await problems('src/pages/estimate/probe.ts', "export { OUTPATIENT_FIELDS } from '../../features/outpatient'\n")).toEqual([])
})

test("a feature's own page shows it through view.ts", async () => {
  expect(await problems('src/pages/maternity/probe.ts', "export { MaternityEstimator } from '../../features/maternity/view'\n")).toEqual([])
  expect(
    await problems('src/pages/maternity/probe.ts', "export { Allowance } from '../../features/maternity/maternity-allowance'\n")
  ).toHaveLength(1)
  expect(
    await problems('src/pages/maternity/probe.ts', "export { OutpatientEstimator } from '../../features/outpatient/view'\n")
  ).toHaveLength(1)
})

test('only tests import the test helpers in src/test-support', async () => {
  expect(await problems('src/features/year/probe.ts', "export { at } from '../../test-support/present'\n")).toEqual([
    expect.stringContaining('src/test-support is for tests')
  ])
  expect(await problems('src/probe.ts', "export { at } from './test-support/present'\n")).toHaveLength(1)
  expect(await problems('src/engine/probe.ts', "export { only } from '../test-support/present'\n")).toHaveLength(1)
  expect(await problems('src/features/year/probe.test.ts', "export { at } from '../../test-support/present'\n")).toEqual([])
  expect(await problems('src/components/range-figure/probe.test.tsx', "export { at } from '../../test-support/present'\n")).toEqual([])
  expect(await problems('tests/engine/probe.test.ts', "export { at } from '../../src/test-support/present'\n")).toEqual([])
})
