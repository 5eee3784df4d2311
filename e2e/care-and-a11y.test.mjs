// 关怀模式 and accessibility, measured in the browser: font sizes, tap targets and clipping on every
// page at 390×844, Lighthouse's accessibility score, and clearing all data from the privacy page.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, seedBeforeBoot, settled, shot } from './harness.mjs'

const PAGES = [
  { name: 'contribution', path: 'pages/contribution/index' },
  { name: 'estimate', path: 'pages/estimate/index' },
  { name: 'remote', path: 'pages/remote/index' },
  { name: 'faq', path: 'pages/faq/index' },
  { name: 'about', path: 'pages/about/index' },
  { name: 'privacy', path: 'pages/privacy/index' },
  // Subpackage pages on WeChat, opened from the 报销测算 and 缴费查询 tabs.
  { name: 'outpatient', path: 'pages/outpatient/index' },
  { name: 'maternity', path: 'pages/maternity/index' },
  { name: 'employee', path: 'pages/employee/index' }
]

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

/**
 * Opens a page as a fresh load (never a hash change inside the running app, which can leave the
 * previous page on screen for a moment), so the app boots from storage, and waits until it is still.
 */
async function openPage(page, path) {
  await page.goto('about:blank')
  await page.goto(`${app.origin}/#/${path}`)
  await page.waitForSelector('.page:visible')
  await settled(page)
}

/** Everything a person reads or taps on the visible page, measured as the browser lays it out. */
function measure() {
  const root = [...document.querySelectorAll('.page')].find((el) => el.offsetParent !== null || el.getClientRects().length)
  const visible = (el) => {
    const r = el.getBoundingClientRect()
    const cs = getComputedStyle(el)
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'
  }
  const texts = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement
    if (!n.textContent.trim() || !el || !visible(el)) continue
    const cs = getComputedStyle(el)
    const size = parseFloat(cs.fontSize)
    const lh = cs.lineHeight === 'normal' ? 1.2 * size : parseFloat(cs.lineHeight)
    texts.push({ text: n.textContent.trim().slice(0, 20), size, ratio: lh / size, keyFigure: !!el.closest('.key-figure') })
  }
  const tappables = [
    ...root.querySelectorAll(
      'button, taro-button-core, [role=button], [role=link], [role=radio], [role=switch], [role=checkbox], [role=tab], input, taro-input-core, taro-picker-core, a[href]'
    )
  ]
    .filter(visible)
    .filter(
      (el) =>
        !el.parentElement.closest(
          'button, taro-button-core, [role=button], [role=link], [role=radio], [role=switch], [role=checkbox], taro-input-core, taro-picker-core'
        )
    )
    .map((el) => {
      const r = el.getBoundingClientRect()
      return { what: (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 24), w: r.width, h: r.height }
    })
  const clipped = [...root.querySelectorAll('*')]
    .filter(visible)
    .filter((el) => {
      const cs = getComputedStyle(el)
      const hides = /(hidden|clip)/.test(cs.overflowX + cs.overflowY) || cs.textOverflow === 'ellipsis'
      return hides && el.textContent.trim() && (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2)
    })
    .map((el) => el.className || el.tagName)
  const horizontalOverflow = document.documentElement.scrollWidth > window.innerWidth + 1
  const tabs = [...root.querySelectorAll('.tab-bar__item')].filter(visible).map((el) => {
    const r = el.getBoundingClientRect()
    const label = el.querySelector('.tab-bar__label')
    return { text: label.textContent.trim(), size: parseFloat(getComputedStyle(label).fontSize), w: r.width, h: r.height, bottom: r.bottom }
  })
  return { texts, tappables, clipped, horizontalOverflow, care: root.dataset.careMode, tabs }
}

const TAB_PAGES = ['contribution', 'estimate', 'remote', 'faq']

test('in care mode every page meets the 适老化 sizes at 390×844, with nothing clipped', async () => {
  const { page, context, problems } = await openPhone(app)
  const tabSizes = new Set()
  await seedBeforeBoot(page, app, { 'ybt:region': 'weihai', 'ybt:care-mode': 'on' })
  const failures = []
  for (const p of PAGES) {
    await openPage(page, p.path)
    const m = await page.evaluate(measure)
    assert.equal(m.care, 'on', `${p.name}: care mode applied`)
    const small = m.texts.filter((t) => t.size < 18)
    const lowFigures = m.texts.filter((t) => t.keyFigure && t.size < 30)
    const tight = m.texts.filter((t) => t.ratio < 1.3)
    const tiny = m.tappables.filter((t) => t.w < 59.5 || t.h < 59.5)
    if (small.length) failures.push(`${p.name}: text under 18px: ${JSON.stringify(small.slice(0, 5))}`)
    if (lowFigures.length) failures.push(`${p.name}: key figures under 30px: ${JSON.stringify(lowFigures.slice(0, 5))}`)
    if (tight.length) failures.push(`${p.name}: line height under 1.3: ${JSON.stringify(tight.slice(0, 5))}`)
    if (tiny.length) failures.push(`${p.name}: tap targets under 60×60: ${JSON.stringify(tiny.slice(0, 5))}`)
    if (m.clipped.length) failures.push(`${p.name}: clipped text in ${m.clipped.slice(0, 5).join(', ')}`)
    if (m.horizontalOverflow) failures.push(`${p.name}: page scrolls sideways`)
    assert.ok(m.texts.length > 5, `${p.name}: page has text (${m.texts.length})`)
    // The tab bar (our own, so it can grow): four tabs at the bottom, labels ≥ 18px, targets ≥ 60×60.
    if (TAB_PAGES.includes(p.name)) {
      assert.deepEqual(
        m.tabs.map((t) => t.text),
        ['缴费查询', '报销测算', '异地就医', '常见问题'],
        `${p.name}: tab bar shown`
      )
      const smallTabs = m.tabs.filter((t) => t.size < 18 || t.w < 59.5 || t.h < 59.5)
      if (smallTabs.length) failures.push(`${p.name}: tab bar under 18px text / 60×60 targets: ${JSON.stringify(smallTabs)}`)
      assert.ok(
        m.tabs.every((t) => Math.abs(t.bottom - 844) < 1),
        `${p.name}: tab bar at the bottom of the screen`
      )
      tabSizes.add(m.tabs.map((t) => `${t.size}px ${t.w}×${t.h}`).join(', '))
    } else {
      assert.deepEqual(m.tabs, [], `${p.name}: not a tab page, no tab bar`)
    }
    await shot(page, `care-${p.name}`)
    await page.screenshot({ path: new URL(`./screenshots/care-${p.name}-full.png`, import.meta.url).pathname, fullPage: true })
  }
  // States that only appear after input: the FAQ empty state with its suggestion buttons.
  await openPage(page, 'pages/faq/index')
  await page.locator('.faq__search-input input').first().fill('火星签证')
  await page.locator('[data-testid=faq-empty]').waitFor()
  const empty = await page.evaluate(measure)
  const tinyEmpty = empty.tappables.filter((t) => t.w < 59.5 || t.h < 59.5)
  if (tinyEmpty.length) failures.push(`faq empty state: tap targets under 60×60: ${JSON.stringify(tinyEmpty.slice(0, 5))}`)
  await shot(page, 'care-faq-empty')

  assert.deepEqual(failures, [])
  console.log(`care-mode tab bar (label size, target w×h): ${[...tabSizes].join(' | ')}`)
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})

test('in normal mode every page renders, for comparison screenshots', async () => {
  const { page, context, problems } = await openPhone(app)
  await seedBeforeBoot(page, app, { 'ybt:region': 'weifang', 'ybt:care-mode': 'off' })
  for (const p of PAGES) {
    await openPage(page, p.path)
    const m = await page.evaluate(measure)
    assert.equal(m.care, 'off', `${p.name}: normal mode`)
    if (p.name !== 'about' && p.name !== 'privacy') {
      await page.locator('.region-bar__option--active:visible', { hasText: '潍坊市' }).waitFor({ timeout: 15000 })
    }
    assert.equal(m.horizontalOverflow, false, `${p.name}: no sideways scroll`)
    await shot(page, `normal-${p.name}`)
  }
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
  await context.close()
})

test('the care switch in the header turns care mode on and off, and is remembered', async () => {
  const { page, context } = await openPhone(app)
  await seedBeforeBoot(page, app, { 'ybt:region': 'weihai' })
  await openPage(page, 'pages/faq/index')
  const body = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.faq__count')).fontSize))
  const plain = await body()
  await page.locator('[data-testid=care-mode-switch]:visible').click()
  await page.waitForSelector('.page[data-care-mode=on]')
  await settled(page)
  const larger = await body()
  assert.ok(larger >= 18 && larger > plain, `text grows in care mode (${plain} → ${larger})`)
  await page.reload()
  await page.waitForSelector('.page[data-care-mode=on]')
  await context.close()
})

test('clearing all data from the privacy page resets the app', async () => {
  const { page, context, problems } = await openPhone(app)
  await seedBeforeBoot(page, app, { 'ybt:region': 'weifang', 'ybt:care-mode': 'on' })
  await openPage(page, 'pages/faq/index')
  await page.waitForSelector('.page[data-care-mode=on]') // the seeded data is there to be cleared
  await page.locator('[data-testid=privacy-link]:visible').click()
  await page.locator('[data-testid=clear-all-data]:visible').click()
  await page.locator('.taro__modal >> text=清除').last().click()
  await page.locator('[data-testid=clear-done]').waitFor()
  await shot(page, 'privacy-cleared')
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ybt:')))
  assert.deepEqual(left, [])
  await page.goto(`${app.origin}/#/pages/contribution/index`)
  await page.reload()
  await page.waitForSelector('text=请先选择您的参保地')
  assert.equal(await page.locator('.page[data-care-mode=on]').count(), 0)
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})

test('Lighthouse accessibility score is at least 95 on every page', async () => {
  const { default: lighthouse } = await import('lighthouse')
  const { launch } = await import('chrome-launcher')
  const { chromium } = await import('playwright-core')
  const chrome = await launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
  const scores = {}
  try {
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`)
    const seeded = await cdp.contexts()[0].newPage()
    await seeded.goto(`${app.origin}/#/pages/about/index`)
    await seeded.evaluate(() => localStorage.setItem('ybt:region', JSON.stringify({ data: JSON.stringify({ v: 1, data: 'weihai' }) })))
    await seeded.close()
    for (const p of PAGES) {
      const result = await lighthouse(`${app.origin}/#/${p.path}`, {
        port: chrome.port,
        onlyCategories: ['accessibility'],
        disableStorageReset: true,
        logLevel: 'error',
        output: 'json'
      })
      const lhr = result.lhr
      scores[p.name] = Math.round(lhr.categories.accessibility.score * 100)
      if (scores[p.name] < 95) {
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary')
          .map(
            (a) =>
              `${a.id}: ${(a.details?.items ?? [])
                .slice(0, 3)
                .map((i) => i.node?.snippet)
                .join(' | ')}`
          )
        scores[`${p.name}-failing`] = failing
      }
    }
    await cdp.close()
  } finally {
    await chrome.kill()
  }
  console.log('lighthouse accessibility', JSON.stringify(scores))
  for (const p of PAGES)
    assert.ok(scores[p.name] >= 95, `${p.name}: ${scores[p.name]} ${JSON.stringify(scores[`${p.name}-failing`] ?? [])}`)
})

/**
 * Each tab page with content on screen, the region chosen on the first-run card as a person would,
 * and what it takes to reach the rest (an open situation card, an open answer), and the employee page.
 */
const WITH_CONTENT = [
  {
    name: 'contribution',
    path: 'pages/contribution/index',
    reveal: async () => {}
  },
  // Not a tab (no tab bar, so no tab icons): the 职工医保 calculator's own page, opened from 缴费查询.
  { name: 'employee', path: 'pages/employee/index', reveal: async () => {}, tabBar: false },
  { name: 'estimate', path: 'pages/estimate/index', reveal: async () => {} },
  {
    name: 'remote',
    path: 'pages/remote/index',
    reveal: async (page) => {
      await page.locator('[data-testid=remote-choice]:visible').nth(1).click()
    }
  },
  {
    name: 'faq',
    path: 'pages/faq/index',
    reveal: async (page) => {
      await page.locator('.faq-item__question:visible').first().click()
    }
  }
]

/** Labels squeezed to a character or two a line, and figures broken inside the number. */
function wrapping() {
  const root = [...document.querySelectorAll('.page')].find((el) => el.offsetParent !== null || el.getClientRects().length)
  const narrowLabels = [...root.querySelectorAll('.contribution__row-label, .field__label, .estimate-layer__label')]
    .filter((el) => el.textContent.trim().length >= 4 && el.getBoundingClientRect().width > 0)
    .filter((el) => el.getBoundingClientRect().width < 3.5 * parseFloat(getComputedStyle(el).fontSize))
    .map((el) => el.textContent.trim().slice(0, 12))
  // a text node whose digits sit on two lines: ranges of the number report two line boxes (a date
  // such as 2020-06-09 is one number here: "2020-" then "06-09" on the next line is broken too)
  const brokenNumbers = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const m of n.textContent.matchAll(/\d{4}-\d{2}-\d{2}|¥?\d[\d,]*(\.\d+)?/g)) {
      if (m[0].length < 4) continue
      const range = document.createRange()
      range.setStart(n, m.index)
      range.setEnd(n, m.index + m[0].length)
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
      if (tops.size > 1) brokenNumbers.push(m[0])
    }
  }
  const sources = [...root.querySelectorAll('.source-note')]
    .filter((el) => el.getBoundingClientRect().height > 0)
    .map((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), color: getComputedStyle(el).color }))
  const icon = document.querySelector('.tab-bar__icon')
  const iconSize = icon ? icon.getBoundingClientRect().width : 0
  return { narrowLabels, brokenNumbers, sources, iconSize }
}

for (const care of ['on', 'off']) {
  test(`with content on screen (region chosen, care mode ${care}): sizes, targets and wrapping on every tab page`, async () => {
    const { page, context, problems } = await openPhone(app)
    await seedBeforeBoot(page, app, { 'ybt:care-mode': care })
    await openPage(page, 'pages/contribution/index')
    await page.locator('[data-choose]:visible', { hasText: '潍坊市' }).first().click()
    await page.locator('.region-bar__option--active:visible', { hasText: '潍坊市' }).waitFor()
    const failures = []
    const icons = []
    for (const p of WITH_CONTENT) {
      await openPage(page, p.path)
      await p.reveal(page)
      await settled(page)
      const m = await page.evaluate(measure)
      const w = await page.evaluate(wrapping)
      assert.equal(m.care, care, `${p.name}: care mode ${care}`)
      assert.ok(m.texts.length > 10, `${p.name}: content on screen (${m.texts.length} texts)`)
      if (care === 'on') {
        const small = m.texts.filter((t) => t.size < 18)
        const tiny = m.tappables.filter((t) => t.w < 44 || t.h < 44)
        if (small.length) failures.push(`${p.name}: text under 18px: ${JSON.stringify(small.slice(0, 5))}`)
        if (tiny.length) failures.push(`${p.name}: tap targets under 44×44: ${JSON.stringify(tiny.slice(0, 5))}`)
      } else {
        const faint = w.sources.filter((s) => s.size < 14)
        if (faint.length) failures.push(`${p.name}: source notes under 14px: ${JSON.stringify(faint.slice(0, 3))}`)
      }
      if (w.narrowLabels.length) failures.push(`${p.name}: labels squeezed to a few characters a line: ${w.narrowLabels.join(', ')}`)
      if (w.brokenNumbers.length) failures.push(`${p.name}: numbers broken across lines: ${w.brokenNumbers.join(', ')}`)
      if (m.horizontalOverflow) failures.push(`${p.name}: page scrolls sideways`)
      if (p.tabBar !== false) icons.push(w.iconSize)
      await shot(page, `content-${care === 'on' ? 'care' : 'normal'}-${p.name}`)
    }
    // the date picker (on <body>, outside the page) follows the mode
    await openPage(page, 'pages/remote/index')
    await page.locator('[data-testid=remote-choice]:visible').nth(1).click()
    const pick = page.locator('[data-testid$=-pick]:visible').first()
    await pick.scrollIntoViewIfNeeded()
    await pick.click()
    await page.locator('.weui-picker__action:visible').first().waitFor()
    await settled(page)
    const actions = await page.evaluate(() =>
      [...document.querySelectorAll('.weui-picker__action')]
        .filter((a) => a.getBoundingClientRect().width > 0)
        .map((a) => {
          const r = a.getBoundingClientRect()
          return { text: a.textContent.trim(), size: parseFloat(getComputedStyle(a).fontSize), w: r.width, h: r.height }
        })
    )
    await shot(page, `content-${care === 'on' ? 'care' : 'normal'}-date-picker`)
    assert.equal(actions.length, 2, 'the picker shows 取消 and 确定')
    for (const a of actions) {
      if (a.w < 44 || a.h < 44) failures.push(`date picker ${a.text}: ${a.w}×${a.h}`)
      if (care === 'on' && a.size < 18) failures.push(`date picker ${a.text}: ${a.size}px text`)
    }
    // the tab icons are no smaller in care mode than the normal mode's ≈28px
    if (care === 'on') for (const size of icons) if (size < 28) failures.push(`tab icon ${size}px in care mode`)
    assert.deepEqual(failures, [])
    // amounts bring up the number pad: a text box (so "3万" still reads) asking for the decimal keypad
    await openPage(page, 'pages/estimate/index')
    const keypad = await page.evaluate(() =>
      [...document.querySelectorAll('.money-input input')].map((i) => ({ type: i.type, inputmode: i.getAttribute('inputmode') }))
    )
    assert.ok(keypad.length > 0, 'money inputs on the estimate page')
    for (const k of keypad) assert.deepEqual(k, { type: 'text', inputmode: 'decimal' })
    assert.deepEqual(problems.consoleErrors, [])
    await context.close()
  })
}

test('household calculator in care mode: a 建档立卡 member, the total kept in view while the list grows, sizes held', async () => {
  const { page, context, problems } = await openPhone(app)
  await seedBeforeBoot(page, app, { 'ybt:region': 'weihai', 'ybt:care-mode': 'on' })
  await openPage(page, 'pages/contribution/index')
  const add = page.locator('[data-testid=household-add]:visible')
  await add.scrollIntoViewIfNeeded()
  await add.click()
  await page.locator('[data-testid=household-poverty] [role=radio]:visible', { hasText: '是' }).click()
  await page.locator('[data-testid=household-poverty-note]:visible').waitFor()
  for (let i = 0; i < 4; i++) await add.click()
  await page.locator('[data-testid=household-line]:visible').nth(4).waitFor()
  await page.locator('[data-testid=household-line]:visible').last().scrollIntoViewIfNeeded()
  await settled(page)
  const sum = await page.locator('[data-testid=household-sum]:visible').boundingBox()
  assert.ok(sum && sum.y >= 0 && sum.y + sum.height <= 844, `the total is on screen beside the last member (${JSON.stringify(sum)})`)
  assert.match(
    await page.locator('[data-testid=household-sum]:visible').innerText(),
    /全家合计（1人，不含4位建档立卡贫困人口）[\s\S]*¥450\.00/
  )
  const m = await page.evaluate(measure)
  const small = m.texts.filter((t) => t.size < 18)
  const tiny = m.tappables.filter((t) => t.w < 44 || t.h < 44)
  assert.deepEqual({ small, tiny }, { small: [], tiny: [] })
  await shot(page, 'care-household-poverty')
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})
