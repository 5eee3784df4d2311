// The date tools of issue 12 in Chromium on the H5 build: each shows its date for a sample input
// (engine figures in tests/engine/printed-rules-computed.test.ts).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, goto, chooseRegion, shot, typeInto } from './harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

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
  await visible(page).locator('[data-testid=open-employee]').click()
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
  // The tool has a page of its own (a WeChat subpackage), linked where the rule is described.
  await visible(page).locator('[data-testid=section-validity] [data-testid=open-tool-resettlement]').click()
  await page.waitForFunction(() => window.location.hash.includes('pages/date-tools/index?tool=resettlement'))
  await visible(page).locator('[data-testid=tool-resettlement]').waitFor()
  assert.equal(await visible(page).locator('[data-testid=tool-assistance]').count(), 0)
  assert.equal(await dateOf(page, 'tool-resettlement', 'tool-resettlement-effective', '2020-03-15'), '2021-03-16')
  await shot(page, 'date-tool-resettlement')
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})

test('安丘 医疗救助: 47 working days across National Day 2020', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/estimate/index')
  await chooseRegion(page, '潍坊市')
  await visible(page).locator('[data-testid=open-tool-assistance]').click()
  await page.waitForFunction(() => window.location.hash.includes('pages/date-tools/index?tool=assistance'))
  await visible(page).locator('[data-testid=tool-assistance]').waitFor()
  assert.equal(await dateOf(page, 'tool-assistance', 'tool-assistance-applied', '2020-09-30'), '2020-12-11')
  await shot(page, 'date-tool-assistance')
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})

// Issue 19: each date tool names its group before its input; the 60-day transfer from any of three events.
test('the date tools say whom they are for (潍坊); Weihai has no employee rules to offer them', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/contribution/index')
  await chooseRegion(page, '潍坊市')
  await visible(page).locator('[data-testid=open-employee]').click()
  await visible(page).locator('[data-testid=employee-date-tools]').waitFor()
  const forOf = (tool) => visible(page).locator(`[data-testid=${tool}-for]`)
  assert.match(await forOf('tool-late-fee').innerText(), /企业和机关事业单位/)
  assert.match(await forOf('tool-deferral').innerText(), /中小企业/)
  const transferFor = await forOf('tool-transfer').innerText()
  for (const w of ['中断职工医保关系', '自愿放弃职工医保待遇', '刑满释放']) assert.match(transferFor, new RegExp(w))
  // Whom it is for comes before the input.
  const forFirst = await visible(page)
    .locator('[data-testid=tool-transfer]')
    .evaluate((tool) => {
      const f = tool.querySelector('[data-testid=tool-transfer-for]')
      const input = tool.querySelector('[data-field=tool-transfer-break]')
      return !!(f.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
  assert.ok(forFirst)
  await visible(page).locator('[data-testid=tool-transfer-event] [role=radio]', { hasText: '刑满释放' }).click()
  assert.equal(await dateOf(page, 'tool-transfer', 'tool-transfer-break', '2020-03-01'), '2020-04-29')
  const transfer = await visible(page).locator('[data-testid=tool-transfer]').innerText()
  assert.match(transfer, /自刑满释放之日起60日内办理/)
  assert.doesNotMatch(transfer, /法律规定/)
  await visible(page).locator('[data-testid=tool-transfer-for]').scrollIntoViewIfNeeded()
  await shot(page, 'date-tool-transfer-events')
  // The employee page does not offer 灵活就业 at 8% + 2%.
  assert.doesNotMatch(await visible(page).locator('[data-testid=employer-type]').innerText(), /灵活就业/)
  assert.match(
    await visible(page).locator('[data-testid=employer-type-flexible]').innerText(),
    /灵活就业人员本人按什么比例缴费，访谈没有给出/
  )
  await visible(page).locator('[data-testid=employer-type-flexible]').scrollIntoViewIfNeeded()
  await shot(page, 'employee-flexible')

  await chooseRegion(page, '威海市')
  await visible(page).locator('.region-bar__option--active', { hasText: '威海市' }).waitFor()
  await visible(page).locator('[data-testid=employee-unpublished]').waitFor()
  assert.equal(await visible(page).locator('[data-testid=employee-date-tools]').count(), 0)
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})

test('异地安置 "一年内不得变更" is a lock on changes, never headed 有效期 (both cities)', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/remote/index')
  for (const region of ['潍坊市', '威海市']) {
    await chooseRegion(page, region)
    await page.locator('.region-bar__option--active', { hasText: region }).first().waitFor()
    await visible(page).locator('[data-testid=remote-choice][data-situation=longTermResidence]').click()
    const section = visible(page).locator('[data-testid=remote-card][data-situation=longTermResidence] [data-testid=section-validity]')
    await section.waitFor()
    const title = await section.locator('.remote-section__title').first().innerText()
    assert.doesNotMatch(title, /有效期/)
    if (region === '潍坊市') {
      assert.match(await section.innerText(), /备案生效后，一年内不得变更/)
      assert.equal(await section.locator('[data-testid=open-tool-resettlement]').count(), 1)
      await section.scrollIntoViewIfNeeded()
      await shot(page, 'weifang-change-lock')
    } else {
      assert.match(await section.innerText(), /文件未说明/)
      assert.equal(await section.locator('[data-testid=open-tool-resettlement]').count(), 0, 'no tool for a rule not given')
    }
  }
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})
