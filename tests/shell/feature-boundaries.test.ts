/**
 * @jest-environment node
 */
// The lint rule that keeps features apart (.eslintrc.js FEATURE_BOUNDARIES), run on import lines
// as they would sit in real files: only a feature's index.ts is public, and view.ts only to its page.
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message)
}

jest.setTimeout(60_000)

test('a feature may not reach into another feature', async () => {
  expect(await problems('src/features/maternity/probe.ts', "export { OUTPATIENT_FIELDS } from '../outpatient/form'\n")).toEqual([
    expect.stringContaining('Use features/outpatient through its index.ts only')
  ])
  expect(await problems('src/features/maternity/probe.ts', "export { OUTPATIENT_PAGE } from '../outpatient'\n")).toEqual([])
})

test('the main package sees a feature through index.ts only, never its view', async () => {
  expect(await problems('src/pages/estimate/probe.ts', "export { OutpatientEstimator } from '../../features/outpatient/view'\n")).toHaveLength(1)
  expect(await problems('src/components/probe.ts', "export { runOutpatient } from '../features/outpatient/run-outpatient'\n")).toHaveLength(1)
  expect(await problems('src/pages/estimate/probe.ts', "export { OUTPATIENT_FIELDS } from '../../features/outpatient'\n")).toEqual([])
})

test('a feature\'s own page shows it through view.ts', async () => {
  expect(await problems('src/pages/maternity/probe.ts', "export { MaternityEstimator } from '../../features/maternity/view'\n")).toEqual([])
  expect(await problems('src/pages/maternity/probe.ts', "export { Allowance } from '../../features/maternity/maternity-allowance'\n")).toHaveLength(1)
  expect(await problems('src/pages/maternity/probe.ts', "export { OutpatientEstimator } from '../../features/outpatient/view'\n")).toHaveLength(1)
})
