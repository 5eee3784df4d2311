// One answer for a stay (issue 21) in Chromium on the H5 build.
//  - A Weifang ledger with a ratio of 62.5678% typed on one phone and opened from its share code on
//    another computes the same figures (the ratio travels as the exact rate string "0.625678").
//  - 王阿姨 (Weihai poverty household, 一档, level 3, no deductible): an earlier 2万 stay in the
//    ledger, then the 5万 stay in the estimator: "今年之前住过院" makes the headline this stay's share
//    within the year, ¥3,598.00 (engine estimateYear; as a first stay it would be ¥4,900.00), the same
//    figure the ledger shows for the stay; the year's ¥5,558.00 beside it.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, goto, chooseRegion, shot, typeInto, choose, sealed } from './harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

const PAGE = 'pages/estimate/index'

test("a shared Weifang ledger with a ratio of 62.5678% computes the sender's figures on the receiver's phone", async () => {
  // The sender types the stay.
  const sender = await openPhone(app)
  await goto(sender.page, app, PAGE)
  await chooseRegion(sender.page, '潍坊市')
  await choose(sender.page, 'est-tier', '一档')
  await sender.page.locator('[data-testid=ledger-add]').click()
  await sender.page.locator('[data-testid=ledger-form]').waitFor()
  await choose(sender.page, 'ledger-level', '三级医院')
  await typeInto(sender.page, '[data-field=ledger-total]', '100000')
  await typeInto(sender.page, '[data-field=ledger-compliant]', '100000')
  await typeInto(sender.page, '[data-field=ledger-deductible]', '1000')
  await typeInto(sender.page, '[data-field=ledger-ratio]', '62.5678')
  await sender.page.locator('[data-testid=ledger-save]').click()
  const sent = sender.page.locator('[data-testid=ledger-year-share]')
  await sent.filter({ hasText: '¥' }).waitFor()
  const sentYear = await sent.innerText()
  const sentStay = await sender.page.locator('[data-testid=ledger-entry-share]').first().innerText()
  assert.equal(sentYear, '至少 ¥22,423.15')
  await sender.context.close()

  // The receiver opens the code the encoder writes for that ledger (the rate as "0.625678").
  const code = sealed('1_wf_t1_p0_a0_n0-k0_S0_b0_L3_T100000_C100000_d1000_r0.625678')
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '潍坊市')
  await goto(page, app, `${PAGE}?y=${code}`)
  await page.reload()
  await page.locator('[data-testid=ledger-shared]').waitFor()
  await page.locator('[data-testid=ledger-year-share]').filter({ hasText: '¥' }).waitFor()
  assert.equal(await page.locator('[data-testid=ledger-year-share]').innerText(), sentYear)
  assert.equal(await page.locator('[data-testid=ledger-entry-share]').first().innerText(), sentStay)
  // The entry opens with the ratio as typed.
  await page.locator('[data-testid=ledger-edit]').first().click()
  assert.equal(await page.locator('[data-field=ledger-ratio] input').inputValue(), '62.5678')
  await shot(page, 'one-stay-shared-ratio')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})

/** The sticky bar's figure, read with the form on screen (the bar goes quiet while the result's own figure is in view). */
async function stickyFigure(page, figure) {
  await page.locator('#est-tier-label').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }))
  const bar = page.locator('[data-testid=sticky-figure]')
  await bar.filter({ hasText: figure }).waitFor()
  return bar.innerText()
}

async function fiveWanAfterEarlier(page) {
  await choose(page, 'est-tier', '一档')
  await choose(page, 'est-poverty', '是')
  await choose(page, 'est-earlier', '住过')
  await choose(page, 'est-level', '三级医院')
  await typeInto(page, '[data-field=est-total]', '50000')
  await typeInto(page, '[data-field=est-compliant]', '50000')
}

test('王阿姨: poverty household, an earlier 2万 stay, then 5万 without a deductible — ¥3,598.00 in the headline, the sticky bar and the ledger', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '威海市')
  // The earlier stay, in the year ledger (no deductible typed).
  await choose(page, 'est-tier', '一档')
  await choose(page, 'est-poverty', '是')
  await page.locator('[data-testid=ledger-add]').click()
  await page.locator('[data-testid=ledger-form]').waitFor()
  await choose(page, 'ledger-level', '三级医院')
  await typeInto(page, '[data-field=ledger-total]', '20000')
  await typeInto(page, '[data-field=ledger-compliant]', '20000')
  await page.locator('[data-testid=ledger-save]').click()
  await page.locator('[data-testid=ledger-form]').waitFor({ state: 'detached' })
  await page.locator('[data-testid=ledger-year-share]').filter({ hasText: '¥1,960.00' }).waitFor()

  // This stay, on the estimator.
  await fiveWanAfterEarlier(page)
  const share = page.locator('[data-testid=patient-share]')
  await share.filter({ hasText: /^¥3,598\.00$/ }).waitFor()
  assert.equal(await stickyFigure(page, '¥3,598.00'), '¥3,598.00')
  assert.equal(await page.locator('[data-testid=patient-share-label]').innerText(), '这次住院预计个人负担（今年第2次，按全年累计）')
  assert.match(await page.locator('[data-testid=within-year-total]').innerText(), /全年个人负担合计 ¥5,558\.00/)
  assert.match(await page.locator('[data-testid=within-year-why]').innerText(), /与按今年第一次住院算的 ¥4,900\.00 不同/)
  await share.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await shot(page, 'one-stay-wang-ayi-headline')

  // Into the ledger: its second stay is the same figure, and the estimator says they are one.
  await page.locator('[data-testid=within-year-record]').click()
  const second = page.locator('[data-testid=ledger-entry]').nth(1)
  await second
    .locator('[data-testid=ledger-entry-share]')
    .filter({ hasText: /^个人负担 ¥3,598\.00$/ })
    .waitFor()
  await page.locator('[data-testid=within-year-in-ledger]').filter({ hasText: '第2条' }).waitFor()
  assert.equal(await share.innerText(), '¥3,598.00')
  assert.equal(await stickyFigure(page, '¥3,598.00'), '¥3,598.00')
  assert.equal(await page.locator('[data-testid=ledger-year-share]').innerText(), '¥5,558.00')
  await second.scrollIntoViewIfNeeded()
  await shot(page, 'one-stay-wang-ayi-ledger')

  // Care mode, after a reload: the ledger is kept; the same stay typed again is its second entry.
  await page.evaluate(() => localStorage.setItem('ybt:care-mode', JSON.stringify({ data: JSON.stringify({ v: 1, data: 'on' }) })))
  await page.reload()
  await page.waitForSelector('.page[data-care-mode=on]')
  await page.locator('[data-testid=ledger-entry]').nth(1).waitFor()
  await fiveWanAfterEarlier(page)
  await share.filter({ hasText: /^¥3,598\.00$/ }).waitFor()
  assert.equal(await stickyFigure(page, '¥3,598.00'), '¥3,598.00')
  await page.locator('[data-testid=within-year-in-ledger]').waitFor()
  await share.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await shot(page, 'one-stay-wang-ayi-care')
  await page.locator('#est-earlier-label').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await shot(page, 'one-stay-wang-ayi-care-question')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})
