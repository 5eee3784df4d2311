// Shared set-up for browser tests: serve dist-h5 on loopback, drive Debian's Chromium with
// playwright-core, and record console errors and any request that leaves the page's own origin.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { tsImport } from 'tsx/esm/api'
import { serve } from '../scripts/serve.mjs'

export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname
mkdirSync(SCREENSHOTS, { recursive: true })

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export async function startApp() {
  const server = await serve()
  const origin = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  return {
    origin,
    browser,
    async close() {
      await browser.close()
      server.close()
    }
  }
}

/** A fresh phone-sized page (empty storage unless the context is reused) that records problems. */
export async function openPhone(app, { context } = {}) {
  const ctx =
    context ??
    (await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      hasTouch: true,
      isMobile: true
    }))
  const page = await ctx.newPage()
  const problems = { consoleErrors: [], foreignRequests: [] }
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text())
  })
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)))
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(app.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url)
  })
  return { page, context: ctx, problems }
}

export async function goto(page, app, path = 'pages/contribution/index') {
  await page.goto(`${app.origin}/#/${path}`)
  await page.waitForSelector('.taro-tabbar__tabbar, .page', { timeout: 15000 })
}

/** Chooses a region on the first-run card, or on the region bar when one is already chosen. */
export async function chooseRegion(page, name) {
  const first = page.locator(`[data-choose] >> text=${name}`)
  if (await first.count()) await first.first().click()
  // The visible page's bar: a page opened with navigateTo leaves the tab it came from in the DOM, hidden.
  else await page.locator('.region-bar__option:visible', { hasText: name }).first().click()
}

/**
 * Waits until the page has stopped moving: web fonts loaded and no finite CSS animation or
 * transition running (page slide-ins, picker sheets). A condition, not a sleep, so it holds on a
 * loaded machine.
 */
export async function settled(page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || !Number.isFinite(a.effect?.getComputedTiming().endTime ?? 0))
  )
}

/**
 * Seeds the app's storage before the app boots, on the next load of this page: Taro's H5 storage
 * keeps each value as JSON {data}; ours is a versioned envelope inside that. Written once per tab
 * (a sessionStorage mark), so later reloads see what the app itself stored, as on a phone.
 */
export async function seedBeforeBoot(page, app, entries) {
  await page.addInitScript(
    ({ origin, items }) => {
      if (window.location.origin !== origin || sessionStorage.getItem('e2e:seeded')) return
      for (const [key, value] of Object.entries(items)) {
        localStorage.setItem(key, JSON.stringify({ data: JSON.stringify({ v: 1, data: value }) }))
      }
      sessionStorage.setItem('e2e:seeded', '1')
    },
    { origin: app.origin, items: entries }
  )
}

export async function shot(page, name) {
  await settled(page)
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: false })
}

/** Types into a Taro Input on H5 (a custom element wrapping a real <input>). */
export async function typeInto(page, selector, text) {
  const input = page.locator(`${selector} input`).first()
  await input.fill(text)
}

/** Taps the radio labelled `text` in the choice group `group` (a ChoiceRow's data-testid). */
export async function choose(page, group, text) {
  await page.locator(`[data-testid=${group}] [role=radio]`, { hasText: text }).first().click()
}

/** A share code sealed by the app's own seal (src/features/share/share-code.ts, loaded through tsx). */
export const sealed = (await tsImport('../src/features/share/share-code.ts', import.meta.url)).seal

/** A year-ledger entry as the app stores it (src/features/year/year-store.ts): a stay figured by its rule. */
export function ledgerEntry(id, kind, date, level, total, compliant, deductible, setting = 'local') {
  return {
    id,
    kind,
    date,
    label: '',
    level,
    setting,
    total,
    compliant,
    basicSource: 'rule',
    deductible,
    ratio: '',
    basicPaid: '',
    specialDrug: ''
  }
}

/** A region's stored ledger of these entries, with no totals so far. */
export function storedLedger(entries) {
  const prior = { compliant: '', basicPaid: '', criticalPaid: '', assistancePaid: '', commercialPaid: '', reassistancePaid: '' }
  return { entries, usePrior: false, prior }
}

/**
 * The year of scripts/bench.mjs (Weihai poverty, 二档: a referral stay, a 特殊门诊慢性病 bill and four more
 * stays, six readings between them) as ledger entries.
 */
export const BENCH_YEAR_ENTRIES = [
  ledgerEntry('a1', 'inpatient', '2020-01-08', '3', '220000', '180000', '1000', 'referral'),
  ledgerEntry('a2', 'inpatient', '2020-03-02', '2', '45000', '38000', '600'),
  ledgerEntry('a3', 'specialChronicOutpatient', '2020-04-10', '2', '3200', '3000', ''),
  ledgerEntry('a4', 'inpatient', '2020-06-21', '3', '98000', '86000', '1000'),
  ledgerEntry('a5', 'inpatient', '2020-09-30', '1', '12000', '11000', '300'),
  ledgerEntry('a6', 'inpatient', '2020-11-15', '3', '160000', '150000', '1000')
]
