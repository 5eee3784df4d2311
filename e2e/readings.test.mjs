// Ranges and two-reading answers in Chromium on the H5 build (POLICY-READING §1 and §10): a 安丘
// key-group stay says "最多" at the assistance layer, and its patient's share is the published
// figures' answer that may be lower (减免 and 商业 named without figures) and higher (救助 cap not
// published) — never "至少"; the personal account at exactly 45 and a Weifang designated birth of
// 500 show each reading's question with the figure under each option.
//
// Weifang, 一档, T = 80,000, C = 70,000, slip 统筹基金支付 35,000, 重点救助对象, insured in 安丘:
//   大病 (35,000 − 12,000) × 60% = 13,800; 救助 40% × 21,200 = 8,480 (cap unpublished → 最多);
//   再救助 (12,720 − 5,000) × 70% = 5,404; patient 7,316 + 10,000 = 17,316 (may be lower or higher)
// 安丘 key group, poverty household, T = 60,000, C = 50,000, slip 30,000 (issue 18):
//   大病 (poverty) 9,750; 救助 4,100 (最多); 再救助 805; patient 15,345.00, range open both ways.
// Insured elsewhere in Weifang: no 安丘 layer counts; patient 80,000 − 35,000 − 13,800 = 31,200.
// Employee, base 6,000, age 45 (weifang.age45): 6,000 × 2.9% = 174.00 (first option) or × 3.9% = 234.00.
// Resident birth at a designated hospital, 500 spent (weifang.designatedBirth): 800 (the fixed
// settlement, first option) or 500 (the actual cost).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, goto, chooseRegion, shot, typeInto, settled, choose } from './harness.mjs'

/** Both boxes once two readings in a row agree: a scroll or a late commit has finished moving them. */
async function steadyBoxes(...locators) {
  let last = ''
  for (let frame = 0; frame < 120; frame++) {
    const boxes = await Promise.all(locators.map((l) => l.boundingBox()))
    const now = JSON.stringify(boxes)
    if (now === last) return boxes
    last = now
    await locators[0].page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  }
  throw new Error(`the boxes kept moving: ${last}`)
}

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

const visible = (page) => page.locator('.page:visible, .taro_page:visible').last()

test('a 安丘 key-group stay: 最多 at the assistance layer, the share may be lower and higher; another county leaves 安丘 rules out', async () => {
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
  await share.filter({ hasText: /^¥17,316\.00$/ }).waitFor()
  assert.match(await page.locator('[data-testid=patient-share-less]').innerText(), /医疗机构减免的标准（文件未公布）/)
  assert.match(await page.locator('[data-testid=patient-share-more]').innerText(), /医疗救助年度限额（文件未公布）/)
  const assistance = page.locator('[data-testid=layer][data-layer=assistance]')
  assert.equal((await assistance.locator('[data-testid=layer-amount]').innerText()).trim(), '最多 ¥8,480.00')
  assert.match(await assistance.innerText(), /访谈未公布安丘市重点救助对象住院救助的年度限额/)
  // Opened from the keyboard: the row is focusable and Enter acts like a tap.
  await assistance.locator('[role=button]').first().focus()
  await page.keyboard.press('Enter')
  await assistance.locator('[data-testid=layer-detail]').waitFor()
  await share.scrollIntoViewIfNeeded()
  await shot(page, 'readings-anqiu-key-group')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
})

test('安丘 key group, poverty household: ¥15,345.00 with no "至少", and why it may be lower and higher, right under it', async () => {
  const { page, problems } = await openPhone(app)
  await goto(page, app, 'pages/estimate/index')
  await chooseRegion(page, '潍坊')
  await choose(page, 'est-tier', '一档')
  await typeInto(page, '[data-field=est-total]', '60000')
  await typeInto(page, '[data-field=est-compliant]', '50000')
  await choose(page, 'est-basic-source', '填结算单上的统筹基金支付')
  await typeInto(page, '[data-field=est-basic-paid]', '30000')
  await choose(page, 'est-poverty', '是')
  await choose(page, 'est-assistance', '重点救助对象')
  await choose(page, 'est-county', '安丘市')
  const share = page.locator('[data-testid=patient-share]')
  await share.filter({ hasText: /^¥15,345\.00$/ }).waitFor()
  assert.doesNotMatch(await page.locator('[data-testid=inpatient-result]').innerText(), /至少/)
  // The bar says the share while the form is on screen (it goes quiet with the result's figure in view).
  await page.locator('#est-tier-label').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }))
  await page.locator('[data-testid=sticky-figure]').filter({ hasText: '¥15,345.00' }).waitFor()
  assert.doesNotMatch(await page.locator('[data-testid=sticky-summary]').innerText(), /至少/)
  assert.match(await page.locator('[data-testid=patient-share-basis]').innerText(), /只按文件已公布的数字/)
  assert.equal(
    await page.locator('[data-testid=patient-share-less]').innerText(),
    '实际可能更少，因为：医疗机构减免的标准（文件未公布）、医疗商业保险补偿的标准（文件未公布）。'
  )
  assert.equal(await page.locator('[data-testid=patient-share-more]').innerText(), '实际可能更多，因为：医疗救助年度限额（文件未公布）。')
  assert.equal((await page.locator('[data-layer=assistance] [data-testid=layer-amount]').innerText()).trim(), '最多 ¥4,100.00')
  // The caveat sits directly under the figure: with the figure at the top of the screen, the whole
  // caveat is above the sticky bar, and nothing comes between them.
  await share.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  const caveat = page.locator('[data-testid=patient-share-caveat]')
  const caveatBox = await caveat.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { top: r.top, bottom: r.bottom }
  })
  const shareBottom = await share.evaluate((el) => el.getBoundingClientRect().bottom)
  // What covers the bottom of the screen: the tab bar, and the sticky bar while it is stuck there.
  const stickyTop = await page.evaluate(() =>
    Math.min(
      window.innerHeight,
      ...[...document.querySelectorAll('.tab-bar, [data-testid=sticky-summary]')]
        .map((el) => el.getBoundingClientRect().top)
        .filter((t) => t > 0)
    )
  )
  await shot(page, 'readings-anqiu-poverty-key-group')
  assert.ok(caveatBox.bottom <= stickyTop, `the caveat is on screen with the figure (${caveatBox.bottom}px, sticky bar at ${stickyTop}px)`)
  assert.ok(caveatBox.top - shareBottom < 24, 'nothing between the figure and its caveat')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
})

test('职工医保 at exactly 45: the question and both personal-account credits, first option first', async () => {
  const { page, problems } = await openPhone(app)
  await goto(page, app, 'pages/contribution/index')
  await chooseRegion(page, '潍坊')
  const view = visible(page)
  await view.locator('[data-testid=open-employee]').click()
  assert.match(await view.locator('[data-testid=rates-account]').innerText(), /45岁以下 2\.9%，45岁以上 3\.9%/)
  await typeInto(page, '#employee-base', '6000')
  await typeInto(page, '#employee-age', '45')
  const figure = view.locator('[data-testid=account-amount]')
  await figure.filter({ hasText: /^¥174\.00$/ }).waitFor()
  const reading = view.locator('[data-testid=account-amount-reading]')
  assert.match(await reading.innerText(), /在职职工正好45岁时，个人账户按2\.9%划入，还是按3\.9%划入？/)
  const options = await reading.locator('[data-testid=account-amount-option]').allInnerTexts()
  assert.equal(options.length, 2)
  assert.match(options[0], /按2\.9%划入[\s\S]*¥174\.00/)
  assert.match(options[1], /按3\.9%划入[\s\S]*¥234\.00/)
  // Measured once the page has stopped moving (the year table below renders a commit later).
  await view.locator('[data-testid=account-amount-caveat]').waitFor()
  await figure.scrollIntoViewIfNeeded()
  await settled(page)
  const [figureBox, caveatBox] = await steadyBoxes(figure, view.locator('[data-testid=account-amount-caveat]'))
  assert.ok(
    caveatBox.y - (figureBox.y + figureBox.height) < 24,
    `the caveat sits right under the figure (${JSON.stringify([figureBox, caveatBox])})`
  )
  await shot(page, 'readings-employee-age-45')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
})

test('潍坊 designated birth of 500: 800 or 500, each with the question, the caveat right under the figure', async () => {
  const { page, problems } = await openPhone(app)
  await goto(page, app, 'pages/estimate/index')
  await chooseRegion(page, '潍坊')
  // 生育 is its own page, opened from the 报销测算 tab's link.
  await page.locator('[data-testid=open-maternity]').click()
  await page.waitForFunction(() => window.location.hash.includes('pages/maternity/index'))
  await choose(page, 'mat-sub', '居民住院分娩报销')
  await choose(page, 'mat-designated', '是，市内定点医院')
  await typeInto(page, '[data-field=mat-actual]', '500')
  const figure = page.locator('[data-testid=childbirth-amount]')
  await figure.filter({ hasText: /^¥800\.00$/ }).waitFor()
  const reading = page.locator('[data-testid=childbirth-amount-reading]')
  assert.match(await reading.innerText(), /在市内定点医院生孩子、花费不到800元时，按800元结算，还是按实际花费结算？/)
  const options = await reading.locator('[data-testid=childbirth-amount-option]').allInnerTexts()
  assert.equal(options.length, 2)
  assert.match(options[0], /按定额800元结算[\s\S]*¥800\.00/)
  assert.match(options[1], /按实际花费结算[\s\S]*¥500\.00/)
  assert.doesNotMatch(await page.locator('[data-testid=childbirth-result]').innerText(), /¥[\d,.]+\s*[–-]\s*¥?[\d,.]+/)
  // The hint under the field does not settle the reading either.
  assert.doesNotMatch(await page.locator('[data-field=mat-actual]').innerText(), /低于定额的按实际/)
  // The resident scrolls to the result: its top at the top of the screen.
  await page.locator('[data-testid=childbirth-result]').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }))
  await settled(page)
  const [figureBox, caveatBox] = await steadyBoxes(figure, page.locator('[data-testid=childbirth-amount-caveat]'))
  assert.ok(
    caveatBox.y - (figureBox.y + figureBox.height) < 24,
    `the caveat sits right under the figure (${JSON.stringify([figureBox, caveatBox])})`
  )
  await shot(page, 'readings-designated-birth-500')
  // Both options are on screen with the figure (390 × 844), above the tab bar.
  const last = await reading.locator('[data-testid=childbirth-amount-option]').last().boundingBox()
  const barTop = await page.evaluate(() =>
    Math.min(
      window.innerHeight,
      ...[...document.querySelectorAll('.tab-bar, [data-testid=sticky-summary]')]
        .map((el) => el.getBoundingClientRect().top)
        .filter((t) => t > 0)
    )
  )
  assert.ok(
    last.y + last.height <= barTop,
    `the second reading is on screen with the figure (${last.y + last.height}px, bar at ${barTop}px)`
  )
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
})
