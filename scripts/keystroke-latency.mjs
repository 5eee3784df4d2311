// How long a keystroke in the estimator's 政策范围内费用 takes to show its figure in the H5 build,
// with no year ledger and with the bench's Weihai poverty 二档 year in it (each change then computes
// the year twice: the tier shown and the other one), in Debian's Chromium at a CPU slowdown. A
// measurement, not a test: it prints, and asserts nothing (docs/performance.md, "Fourth round").
//
//   npm run build:h5 && node scripts/keystroke-latency.mjs [slowdown, default 4]
import { startApp, openPhone, goto, choose, typeInto, seedBeforeBoot, storedLedger, BENCH_YEAR_ENTRIES } from '../e2e/harness.mjs'

const slowdown = Number(process.argv[2] ?? 4)
// The first five entries of the bench's year; the estimator's stay is the sixth.
const ledger = { weihai: storedLedger(BENCH_YEAR_ENTRIES.slice(0, 5)) }
const shareText = () => document.querySelector('[data-testid=patient-share]')?.textContent ?? ''

const app = await startApp()
try {
  for (const withLedger of [false, true]) {
    const { page, context } = await openPhone(app)
    await seedBeforeBoot(page, app, withLedger ? { 'ybt:region': 'weihai', 'ybt:year-ledger': ledger } : { 'ybt:region': 'weihai' })
    await goto(page, app, 'pages/estimate/index')
    await choose(page, 'est-tier', '二档')
    await choose(page, 'est-poverty', '是')
    if (withLedger) await choose(page, 'est-earlier', '住过')
    await choose(page, 'est-level', '三级医院')
    await typeInto(page, '[data-field=est-total]', '160000')
    await typeInto(page, '[data-field=est-deductible]', '1000')
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown })
    const input = page.locator('[data-field=est-compliant] input').first()
    const times = []
    // 15 → 150 → 1500 → 15000 → 150000: every keystroke is a valid stay with a new figure.
    for (let round = 0; round < 3; round++) {
      await input.fill('15')
      for (const key of '0000') {
        const before = await page.evaluate(shareText)
        const t0 = Date.now()
        await page.keyboard.type(key)
        await page.waitForFunction((b) => (document.querySelector('[data-testid=patient-share]')?.textContent ?? '') !== b, before)
        times.push(Date.now() - t0)
      }
    }
    times.sort((a, b) => a - b)
    const within = (await page.locator('[data-testid=within-year-total]').count()) > 0
    console.log(
      `${withLedger ? 'five entries in the ledger' : 'no ledger'}, CPU ÷${slowdown}: keystroke → figure ` +
        `median ${times[Math.floor(times.length / 2)]} ms, slowest ${times[times.length - 1]} ms ` +
        `(figure ${await page.evaluate(shareText)}${within ? ', within the year' : ''})`
    )
    await context.close()
  }
} finally {
  await app.close()
}
