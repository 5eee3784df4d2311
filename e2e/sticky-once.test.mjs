// 报销测算's sticky bar says the patient's share while the form is on screen, and goes quiet once the
// result's own figure is on screen (issue 22: each statement once per page), in normal and care mode.
// Figures: a Weihai poverty-household stay, worked out by hand in estimate.test.mjs (¥26,240.00).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, goto, seedBeforeBoot, settled, shot, typeInto, choose } from './harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

const FIGURE = '¥26,240.00'

/** Two frames: the intersection observer has had its turn, and any layout change it caused is done. */
function frames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/** Where the node is on screen: its top and bottom, and the top of the tab bar covering the bottom. */
function placeOf(page, selector) {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect()
    const bars = [...document.querySelectorAll('.tab-bar')].map((el) => el.getBoundingClientRect().top).filter((t) => t > 0)
    return { top: r.top, bottom: r.bottom, height: r.height, covered: Math.min(window.innerHeight, ...bars) }
  }, selector)
}

for (const care of ['off', 'on']) {
  test(`the share is in the sticky bar while the form is on screen, and said once with the result (care mode ${care})`, async () => {
    const { page, context, problems } = await openPhone(app)
    await seedBeforeBoot(page, app, { 'ybt:region': 'weihai', 'ybt:care-mode': care })
    await goto(page, app, 'pages/estimate/index')
    await page.waitForSelector(`.page[data-care-mode=${care}]`)
    await choose(page, 'est-tier', '一档')
    await choose(page, 'est-level', '三级医院')
    await typeInto(page, '[data-field=est-total]', '120000')
    await typeInto(page, '[data-field=est-compliant]', '100000')
    await typeInto(page, '[data-field=est-deductible]', '1000')
    await choose(page, 'est-poverty', '是')
    const share = page.locator('[data-testid=patient-share]')
    await share.filter({ hasText: FIGURE }).waitFor()
    const figure = page.locator('[data-testid=sticky-figure]')

    // The form on screen (the result below it): the bar at the bottom says the share.
    await page.locator('#est-total-label').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }))
    await figure.filter({ hasText: FIGURE }).waitFor({ state: 'visible', timeout: 5000 })
    await settled(page)
    const head = await placeOf(page, '#est-result-head')
    assert.ok(head.top >= head.covered, `the result is below the screen (${JSON.stringify(head)})`)
    const bar = await placeOf(page, '[data-testid=sticky-summary]')
    const inBar = await placeOf(page, '[data-testid=sticky-figure]')
    assert.ok(inBar.top >= 0 && inBar.bottom <= inBar.covered, `the bar's figure is on screen above the tab bar (${JSON.stringify(inBar)})`)
    if (care === 'on') {
      const size = await figure.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      assert.ok(size >= 18, `the bar's figure in care-mode type (${size}px)`)
    }
    await shot(page, `sticky-once-form-care-${care}`)

    // The result's heading on screen: its figure is said there, and the bar above it goes quiet.
    await share.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }))
    await figure.waitFor({ state: 'hidden', timeout: 5000 })
    assert.equal((await share.innerText()).trim(), FIGURE)
    assert.ok(await share.isVisible())
    await frames(page)
    const shown = await page.evaluate(
      (text) =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.children.length === 0 && el.textContent.includes(text))
          .filter((el) => {
            const r = el.getBoundingClientRect()
            return getComputedStyle(el).visibility === 'visible' && r.bottom > 0 && r.top < window.innerHeight && r.height > 0
          })
          .map((el) =>
            el.closest('[data-testid=inpatient-result]')
              ? 'result'
              : (el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.className)
          ),
      FIGURE
    )
    // On screen only in the result (its heading, and the chart's legend below it), not in the bar.
    assert.ok(
      shown.length > 0 && shown.every((where) => where === 'result'),
      `the share is on screen in the result only (${shown.join(', ')})`
    )
    // The quiet bar keeps its place, so the result does not move (no flicker as it goes quiet).
    const quietBar = await placeOf(page, '[data-testid=sticky-summary]')
    assert.equal(quietBar.height, bar.height, 'the quiet bar keeps its height')
    const headThen = await placeOf(page, '#est-result-head')
    await frames(page)
    const headNow = await placeOf(page, '#est-result-head')
    assert.equal(headNow.top, headThen.top, 'the result stays put')
    assert.equal(await figure.isVisible(), false, 'still quiet')
    await shot(page, `sticky-once-result-care-${care}`)

    // Back up to the form: the bar says the share again.
    await page.locator('#est-tier-label').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }))
    await figure.filter({ hasText: FIGURE }).waitFor({ state: 'visible', timeout: 5000 })

    assert.deepEqual(problems.consoleErrors, [])
    assert.deepEqual(problems.foreignRequests, [])
    await context.close()
  })
}
