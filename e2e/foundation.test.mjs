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

const TABS = [
  { text: '缴费查询', path: 'pages/contribution/index', shot: 'tab-contribution' },
  { text: '报销测算', path: 'pages/estimate/index', shot: 'tab-estimate' },
  { text: '异地就医', path: 'pages/remote/index', shot: 'tab-remote' },
  { text: '常见问题', path: 'pages/faq/index', shot: 'tab-faq' }
]

test('the app loads, asks for the region once, and every tab opens with the region and policy year', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app)
  await page.waitForSelector('text=请先选择您的参保地')
  await shot(page, 'first-run-region-chooser')
  await chooseRegion(page, '威海市')
  await page.waitForSelector('.region-bar__option--active >> text=威海市')

  for (const tab of TABS) {
    await page.locator('.tab-bar__item:visible', { hasText: tab.text }).click()
    await page.waitForFunction((p) => window.location.hash.includes(p), tab.path)
    const visible = page.locator('.taro_page:visible, .taro_router > div:visible').last()
    await visible.locator('.region-bar__title', { hasText: tab.text }).waitFor()
    assert.equal(await visible.locator('[data-testid=policy-year]').innerText(), '2020年度政策')
    assert.ok(await visible.locator('[data-testid=about-link]').count(), `${tab.text}: 关于 link present`)
    await shot(page, tab.shot)
  }
  const icons = await page.locator('.tab-bar__item:visible img').evaluateAll((imgs) => imgs.map((i) => i.naturalWidth))
  assert.equal(icons.length, 4)
  assert.ok(
    icons.every((w) => w > 0),
    'every tab icon loaded'
  )

  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})

test('the region switch persists across a reload', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/faq/index')
  await chooseRegion(page, '潍坊市')
  await page.waitForSelector('.region-bar__option--active >> text=潍坊市')
  await page.reload()
  await page.waitForSelector('.region-bar__option--active >> text=潍坊市')
  assert.equal(await page.locator('text=请先选择您的参保地').count(), 0)
  await chooseRegion(page, '威海市')
  await page.reload()
  await page.waitForSelector('.region-bar__option--active >> text=威海市')
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})

test('FAQ search finds an entry by an everyday synonym and highlights it', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/faq/index')
  await chooseRegion(page, '潍坊市')
  await page.waitForSelector('[data-testid=faq-item]')
  // the page renders a first screen of questions, then the rest: count the whole list
  await page.waitForSelector('.faq__list:not([data-partial])')
  const all = await page.locator('[data-testid=faq-item]').count()
  assert.ok(all >= 10, `Weifang entries listed (${all})`)

  await typeInto(page, '.faq__search-input', '外地生孩子')
  await page.locator('[data-testid=faq-highlight]').first().waitFor()
  const questions = await page.locator('[data-testid=faq-item] .faq-item__question-text').allInnerTexts()
  assert.ok(questions.length > 0 && questions.length < all, `search narrows the list (${questions.length})`)
  await shot(page, 'faq-search-synonym')

  await typeInto(page, '.faq__search-input', '报账')
  await page.locator('[data-testid=faq-highlight]').first().waitFor()
  const hl = await page.locator('[data-testid=faq-highlight]').allInnerTexts()
  assert.ok(
    hl.some((t) => /报销|报账/.test(t)),
    `a 报销 word is highlighted for 报账 (${hl.slice(0, 5)})`
  )

  await typeInto(page, '.faq__search-input', '火星签证')
  await page.locator('[data-testid=faq-empty]').waitFor()
  await shot(page, 'faq-empty-state')

  for (const bad of ['   ', '😀😀', 'x'.repeat(1000), '(*+?[']) {
    await typeInto(page, '.faq__search-input', bad)
    await page.locator('[data-testid=faq-count]').waitFor()
  }
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})

test('the 关于 page says what the tool is and is not', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/faq/index')
  await chooseRegion(page, '威海市')
  await page.locator('[data-testid=about-link]:visible').first().click()
  const disclaimer = page.locator('[data-testid=about-disclaimer]')
  await disclaimer.waitFor()
  const text = await disclaimer.innerText()
  assert.match(text, /独立的测算工具/)
  assert.match(text, /不是医保部门的官方渠道/)
  assert.match(text, /以医保经办机构的结算为准/)
  await shot(page, 'about')
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})

test('first paint: a light skeleton shows while the scripts load, and goes when the app renders', async () => {
  const { page, context, problems } = await openPhone(app)
  // hold every script until the skeleton has been seen, as on a slow phone
  let release
  const held = new Promise((resolve) => {
    release = resolve
  })
  await page.route(/\.js(\?.*)?$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto(`${app.origin}/#/pages/contribution/index`, { waitUntil: 'commit' })
  const boot = page.locator('#boot')
  await boot.waitFor({ state: 'visible' })
  assert.match(await boot.innerText(), /医保通[\s\S]*正在打开/)
  await page.screenshot({ path: new URL('./screenshots/first-paint-skeleton.png', import.meta.url).pathname })
  release()
  await page.waitForSelector('text=请先选择您的参保地')
  await boot.waitFor({ state: 'hidden' })
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})
