// The date tools of issue 12 in Chromium on the H5 build: each shows its date for a sample input
// (engine figures in tests/engine/printed-rules-computed.test.ts).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, goto, chooseRegion, shot, typeInto } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

const visible = (page) => page.locator('.taro_page:visible, .taro_router > div:visible').last()

async function dateOf(page, tool, field, text) {
  await typeInto(page, `[data-field=${field}]`, text)
  const date = visible(page).locator(`[data-testid=${tool}-date]`)
  await date.waitFor()
  await date.scrollIntoViewIfNeeded()
  return date.getAttribute('data-iso')
}

test('职工医保: transfer to resident insurance, the late-fee waiver and the deferral', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/contribution/index')
  await chooseRegion(page, '潍坊市')
  await visible(page).locator('[data-testid=contribution-tab] .chips__item', { hasText: '职工医保' }).click()
  await visible(page).locator('[data-testid=employee-date-tools]').waitFor()
  // Break 2020-03-01: day 60 (not counting the break day) is 04-30; the safe date is 04-29.
  assert.equal(await dateOf(page, 'tool-transfer', 'tool-transfer-break', '2020-03-01'), '2020-04-29')
  await typeInto(page, '[data-field=tool-transfer-paid]', '2020/4/15')
  await visible(page).locator('[data-testid=tool-transfer]', { hasText: '自2020-05-01起享受待遇' }).waitFor()
  assert.ok(await visible(page).locator('[data-testid=tool-transfer-calendar]').count(), 'offers a calendar reminder')
  await shot(page, 'date-tool-transfer')
  // Paying 2020-04-15: 在5月1日前 holds; 04-30 is the date no reading can fault.
  assert.equal(await dateOf(page, 'tool-late-fee', 'tool-late-fee-paid', '2020-04-15'), '2020-04-30')
  assert.match(await visible(page).locator('[data-testid=tool-late-fee]').innerText(), /免收滞纳金/)
  // Deferral from 2020-03-15: six months end 09-15; safe 09-14.
  assert.equal(await dateOf(page, 'tool-deferral', 'tool-deferral-start', '2020-03-15'), '2020-09-14')
  await shot(page, 'date-tool-deferral')
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})

test('异地安置: the first day a change is allowed', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/remote/index')
  await chooseRegion(page, '潍坊市')
  await visible(page).locator('[data-testid=remote-choice][data-situation=longTermResidence]').click()
  await visible(page).locator('[data-testid=tool-resettlement]').waitFor()
  assert.equal(await dateOf(page, 'tool-resettlement', 'tool-resettlement-effective', '2020-03-15'), '2021-03-16')
  await shot(page, 'date-tool-resettlement')
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})

test('安丘 医疗救助: 47 working days across National Day 2020', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/estimate/index')
  await chooseRegion(page, '潍坊市')
  await visible(page).locator('[data-testid=tool-assistance]').waitFor()
  assert.equal(await dateOf(page, 'tool-assistance', 'tool-assistance-applied', '2020-09-30'), '2020-12-11')
  await shot(page, 'date-tool-assistance')
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})
