// npm run bench:render: first render of every tab page of the H5 app against the floor app
// (scripts/floor-app), both built by this run (production, same config; --no-build reuses the builds
// npm run size left in dist-size-*-h5; BENCH_APP_DIRS=a,b times other builds side by side). Debian's Chromium with 4× CPU throttling and a cold cache
// (a fresh browser context and the HTTP cache disabled for each load); the region is stored before
// the app boots, as on any visit after the first, so each tool page shows its tool.
// Per page: the median of 7 loads of the time from navigation start until the page's main content
// is in the document with a non-empty layout box. Loads are interleaved app/floor, page by page, so
// that other work on a shared machine weighs on both alike. Prints a table; not a test.
import { chromium } from 'playwright-core'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from './serve.mjs'
import { BUILDS, build } from './size.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const LOADS = Number(process.env.BENCH_LOADS || 7)
const THROTTLE = 4
const TARGET_RATIO = 1.25
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

// The element that is each page's main content: the tool itself, or the first FAQ question.
const APP_PAGES = [
  ['pages/contribution/index', '.contribution'],
  ['pages/estimate/index', '.estimate'],
  ['pages/remote/index', '.remote-choices'],
  ['pages/faq/index', '.faq-item']
]
const FLOOR_PAGES = [
  ['pages/first/index', '.floor'],
  ['pages/second/index', '.floor']
]

/** Runs in the page before any of its scripts: seeds the region and watches for the selector. */
function watchFor({ selector }) {
  if (!localStorage.getItem('ybt:region')) {
    localStorage.setItem('ybt:region', JSON.stringify({ data: JSON.stringify({ v: 1, data: 'weihai' }) }))
  }
  window.__shownAt = undefined
  const check = () => {
    if (window.__shownAt !== undefined) return
    for (const el of document.querySelectorAll(selector)) {
      const box = el.getBoundingClientRect()
      if (box.width > 0 && box.height > 0) {
        window.__shownAt = performance.now()
        observer.disconnect()
        return
      }
    }
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}

async function loadOnce(browser, origin, path, selector) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true
  })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    await page.addInitScript(watchFor, { selector })
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${origin}/#/${path}`, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 60000, polling: 50 })
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`)
    return await page.evaluate(() => window.__shownAt)
  } finally {
    await context.close()
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function main() {
  // BENCH_APP_DIRS=a,b: time other builds of the app side by side (e.g. scripts/encoding.mjs's
  // dist-enc-h5-utf8,dist-enc-h5-ascii), interleaved in one run so that they share the machine's load.
  const appDirs = process.env.BENCH_APP_DIRS ? process.env.BENCH_APP_DIRS.split(',') : [BUILDS.app.out('h5')]
  if (!process.argv.includes('--no-build')) {
    if (!process.env.BENCH_APP_DIRS) build('app', 'h5')
    build('floor', 'h5')
  }
  const servers = []
  const start = async (dir) => {
    const server = await serve(resolve(root, dir))
    servers.push(server)
    return `http://127.0.0.1:${server.address().port}`
  }
  const apps = []
  for (const dir of appDirs) apps.push({ label: appDirs.length > 1 ? `${dir} ` : '', origin: await start(dir) })
  const floorOrigin = await start(BUILDS.floor.out('h5'))
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const samples = new Map()
  const record = (key, ms) => {
    if (!samples.has(key)) samples.set(key, [])
    samples.get(key).push(ms)
  }
  try {
    // One warm-up load of each build, not counted: the first launch pays for disk and the browser.
    for (const app of apps) await loadOnce(browser, app.origin, ...APP_PAGES[0])
    await loadOnce(browser, floorOrigin, ...FLOOR_PAGES[0])
    for (let i = 0; i < LOADS; i++) {
      for (let p = 0; p < APP_PAGES.length; p++) {
        const [path, selector] = APP_PAGES[p]
        for (const app of apps) record(`${app.label}${path}`, await loadOnce(browser, app.origin, path, selector))
        const [fpath, fselector] = FLOOR_PAGES[p % FLOOR_PAGES.length]
        record(`floor ${fpath}`, await loadOnce(browser, floorOrigin, fpath, fselector))
      }
      process.stderr.write(`round ${i + 1}/${LOADS}\n`)
    }
  } finally {
    await browser.close()
    for (const server of servers) server.close()
  }
  const floorAll = FLOOR_PAGES.flatMap(([path]) => samples.get(`floor ${path}`))
  const floor = median(floorAll)
  const width = Math.max(44, ...apps.map((a) => a.label.length + 44))
  console.log(`first render, Chromium, ${THROTTLE}× CPU throttling, cold cache, median of ${LOADS} loads (ms from navigation start)`)
  console.log(`${'page'.padEnd(width)}${'median'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}${'ratio'.padStart(8)}`)
  const row = (name, xs, withRatio) =>
    console.log(
      `${name.padEnd(width)}${median(xs).toFixed(0).padStart(8)}${Math.min(...xs)
        .toFixed(0)
        .padStart(8)}${Math.max(...xs)
        .toFixed(0)
        .padStart(8)}${(withRatio ? `${(median(xs) / floor).toFixed(2)}×` : '').padStart(8)}`
    )
  const results = []
  for (const app of apps) {
    for (const [path, selector] of APP_PAGES) {
      const xs = samples.get(`${app.label}${path}`)
      row(`${app.label}${path} (${selector})`, xs, true)
      results.push([`${app.label}${path}`, median(xs) / floor])
    }
  }
  for (const [path] of FLOOR_PAGES) row(`floor ${path}`, samples.get(`floor ${path}`), false)
  row('floor, both pages', floorAll, false)
  const worst = results.reduce((a, b) => (b[1] > a[1] ? b : a))
  console.log(
    `\ntarget every tab page ≤ ${TARGET_RATIO}× floor: worst ${worst[0]} ${worst[1].toFixed(2)}× ${worst[1] <= TARGET_RATIO ? 'met' : 'NOT MET'}`
  )
  console.log('(the machine is shared: other work on it moves these figures; compare ratios from one run)')
}

await main()
