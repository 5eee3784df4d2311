// Bounded and two-reading answers in Chromium on the H5 build (POLICY-READING, top and §10):
// a 安丘 key-group stay says "最多" at the assistance layer and "至少" at the patient's share, and
// the personal account at exactly 45 shows both credits.
//
// Weifang, 一档, T = 80,000, C = 70,000, slip 统筹基金支付 35,000, 重点救助对象, insured in 安丘:
//   大病 (35,000 − 12,000) × 60% = 13,800; 救助 40% × 21,200 = 8,480 (cap unpublished → 最多);
//   再救助 (12,720 − 5,000) × 70% = 5,404; patient 7,316 + 10,000 = 17,316 (→ 至少)
// Insured elsewhere in Weifang: no 安丘 layer counts; patient 80,000 − 35,000 − 13,800 = 31,200.
// Employee, base 6,000, age 45: 6,000 × 3.9% = 234.00 or 6,000 × 2.9% = 174.00.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, goto, chooseRegion, shot, typeInto } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

const visible = (page) => page.locator('.page:visible, .taro_page:visible').last()

async function choose(page, group, text) {
  await page.locator(`[data-testid=${group}] [role=radio]`, { hasText: text }).first().click()
}

test('a 安丘 key-group stay: 最多 at the assistance layer, 至少 at the patient share; another county leaves 安丘 rules out', async () => {
  const { page, problems } = await openPhone(app)
  await goto(page, app, 'pages/estimate/index')
  await chooseRegion(page, '潍坊')
  await choose(page, 'est-tier', '一档')
  await typeInto(page, '[data-field=est-total]', '80000')
  await typeInto(page, '[data-field=est-compliant]', '70000')
  await choose(page, 'est-basic-source', '填结算单上的统筹基金支付')
  await typeInto(page, '[data-field=est-basic-paid]', '35000')
  await choose(page, 'est-assistance', '重点救助对象')
  await choose(page, 'est-county', '潍坊市其他县市区')
  const share = page.locator('[data-testid=patient-share]')
  await share.filter({ hasText: '¥31,200.00' }).waitFor()
  assert.doesNotMatch(await share.innerText(), /至少/)
  await choose(page, 'est-county', '安丘市')
  await share.filter({ hasText: '至少 ¥17,316.00' }).waitFor()
  const assistance = page.locator('[data-testid=layer][data-layer=assistance]')
  assert.equal((await assistance.locator('[data-testid=layer-amount]').innerText()).trim(), '最多 ¥8,480.00')
  // Opened from the keyboard: the row is focusable and Enter acts like a tap.
  await assistance.locator('[role=button]').first().focus()
  await page.keyboard.press('Enter')
  assert.match(await assistance.locator('[data-testid=layer-bound-reason]').innerText(), /年度限额/)
  await share.scrollIntoViewIfNeeded()
  await shot(page, 'readings-anqiu-key-group')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
})

test('职工医保 at exactly 45: both personal-account credits with the reason', async () => {
  const { page, problems } = await openPhone(app)
  await goto(page, app, 'pages/contribution/index')
  await chooseRegion(page, '潍坊')
  const view = visible(page)
  await view.locator('[data-testid=contribution-tab] .chips__item', { hasText: '职工医保' }).click()
  assert.match(await view.locator('[data-testid=rates-account]').innerText(), /45岁以下 2\.9%，45岁以上 3\.9%/)
  await typeInto(page, '#employee-base', '6000')
  await typeInto(page, '#employee-age', '45')
  const readings = view.locator('[data-testid=account-readings]')
  await readings.waitFor()
  const rows = await readings.locator('[data-testid=account-readings-reading]').allInnerTexts()
  assert.equal(rows.length, 2)
  assert.match(rows[0], /3\.9%[\s\S]*¥234\.00/)
  assert.match(rows[1], /2\.9%[\s\S]*¥174\.00/)
  await readings.scrollIntoViewIfNeeded()
  await shot(page, 'readings-employee-age-45')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
})
