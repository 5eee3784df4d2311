// A new policy year is data, in the browser. This runs against the fictional-year H5 build
// (npm run test:e2e:fictional-year: YBT_FICTIONAL_PACK=1 into dist-fictional), where a CLEARLY
// FICTIONAL Weihai 2021 from tests/fixtures is registered beside the real packs; its made-up notice
// changes only the 一档 fee (480) and the 集中缴费期 (2020-09-01 to 2020-12-31). Every tab page shows
// Weihai under 2021 and Weifang still under 2020, and the FAQ answers for both. Nothing in src/
// changed for it.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startApp, openPhone, goto, seedBeforeBoot, shot, typeInto, choose } from '../harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

const TABS = [
  { text: '缴费查询', path: 'pages/contribution/index' },
  { text: '报销测算', path: 'pages/estimate/index' },
  { text: '异地就医', path: 'pages/remote/index' },
  { text: '常见问题', path: 'pages/faq/index' }
]
/** The visible page (H5 keeps other tab pages in the DOM, hidden). */
const current = (page) => page.locator('.taro_page:visible, .taro_router > div:visible').last()

async function openTab(page, tab) {
  await page.locator('.tab-bar__item:visible', { hasText: tab.text }).click()
  await page.waitForFunction((p) => window.location.hash.includes(p), tab.path)
  const view = current(page)
  await view.locator('.region-bar__title', { hasText: tab.text }).waitFor()
  return view
}

async function openFor(region, { clock } = {}) {
  const opened = await openPhone(app)
  if (clock) await opened.page.clock.setFixedTime(new Date(clock))
  await seedBeforeBoot(opened.page, app, { 'ybt:region': region })
  await goto(opened.page, app, TABS[0].path)
  return opened
}

function assertClean(problems) {
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
}

test('this build carries the fictional year (so the normal build’s check for it can fail)', async () => {
  const root = process.env.TARO_OUTPUT
  assert.ok(root, 'run through npm run test:e2e:fictional-year (TARO_OUTPUT=dist-fictional)')
  const dir = join(root, 'js')
  const texts = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(dir, f), 'utf8')))
  assert.ok(
    texts.some((t) => t.includes('fictional-weihai-notice-2021')),
    'the fictional notice is in the fictional bundle'
  )
})

test('Weihai shows the fictional 2021 on every tab: its 一档 fee, its 集中缴费期, its FAQ', async () => {
  // Inside the fictional 集中缴费期 (2020-09-01 to 2020-12-31), Beijing time.
  const { page, context, problems } = await openFor('weihai', { clock: '2020-10-15T10:00:00+08:00' })
  for (const tab of TABS) {
    const view = await openTab(page, tab)
    assert.equal(await view.locator('[data-testid=policy-year]').innerText(), '2021年度政策', tab.text)
    assert.match(await view.locator('.about-line__text').innerText(), /依据2021年度政策文件/, tab.text)
  }

  let view = await openTab(page, TABS[0])
  await view.locator('[data-testid=standards]').waitFor()
  assert.match(await view.locator('[data-testid=standard]').first().innerText(), /¥480\.00/)
  assert.match(await view.locator('[data-testid=standard]').nth(1).innerText(), /¥650\.00/)
  assert.match(await view.locator('[data-testid=period]').innerText(), /2021年度集中缴费期/)
  assert.equal(await view.locator('[data-testid=period-dates]').innerText(), '2020年9月1日 至 2020年12月31日')
  assert.equal(await view.locator('[data-testid=period-status]').getAttribute('data-status'), 'open')
  await shot(page, 'fictional-2021-contribution')

  view = await openTab(page, TABS[1])
  await choose(page, 'est-tier', '一档')
  await choose(page, 'est-level', '三级医院')
  await typeInto(page, '[data-field=est-total]', '100000')
  await typeInto(page, '[data-field=est-compliant]', '100000')
  await typeInto(page, '[data-field=est-deductible]', '1000')
  // The fees compared are the fictional year's: 二档 650 − 一档 480 = 170 (2020: 200).
  await view.locator('[data-testid=tier-summary]', { hasText: '每位成年人每年多交 ¥170.00' }).waitFor()
  await shot(page, 'fictional-2021-estimate')

  view = await openTab(page, TABS[2])
  await view.locator('[data-testid=policy-year]', { hasText: '2021年度政策' }).waitFor()
  await shot(page, 'fictional-2021-remote')

  view = await openTab(page, TABS[3])
  await view.locator('.faq__list:not([data-partial])').waitFor()
  const fee = view.locator('[data-testid=faq-item][data-id=weihai-contribution-2020]')
  assert.match(await fee.innerText(), /2021年威海居民医保一年交多少钱/)
  await fee.locator('.faq-item__question').click()
  assert.match(await fee.locator('[data-testid=faq-answer]').innerText(), /每人每年480元/)
  await shot(page, 'fictional-2021-faq')
  assertClean(problems)
  await context.close()
})

test('Weifang keeps its 2020 on every tab, and the FAQ of all regions answers for both', async () => {
  const { page, context, problems } = await openFor('weifang')
  for (const tab of TABS) {
    const view = await openTab(page, tab)
    assert.equal(await view.locator('[data-testid=policy-year]').innerText(), '2020年度政策', tab.text)
    assert.match(await view.locator('.about-line__text').innerText(), /依据2020年度政策文件/, tab.text)
  }
  let view = await openTab(page, TABS[0])
  assert.match(await view.locator('[data-testid=resident-unpublished]').innerText(), /安丘访谈未公布潍坊2020年居民医保个人缴费标准/)

  view = await openTab(page, TABS[3])
  await view.locator('[data-testid=faq-region-filter] .chips__item[data-value=all]').click()
  await view.locator('.faq__list:not([data-partial])').waitFor()
  assert.match(
    await view.locator('[data-testid=faq-item][data-id=weifang-resident-contribution]').innerText(),
    /潍坊居民医保2020年交多少钱/
  )
  assert.match(await view.locator('[data-testid=faq-item][data-id=weihai-contribution-2020]').innerText(), /2021年威海居民医保一年交多少钱/)
  await shot(page, 'fictional-2021-faq-all')
  assertClean(problems)
  await context.close()
})
