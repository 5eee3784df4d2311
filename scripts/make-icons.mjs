// Draws the tabBar icons (81×81 PNG, as WeChat recommends) from small SVGs, using Debian's Chromium.
// Run once after changing a drawing: `node scripts/make-icons.mjs`. The PNGs are committed (the floor
// app's four are copies of these).
import { chromium } from 'playwright-core'
import { writeFileSync } from 'node:fs'
import { decode, encodePalette } from './png-palette.mjs'

const GREY = '#4d4d4d'
const GREEN = '#05733f'

const drawings = {
  // A card with a yuan sign: what a household pays.
  contribution: (c) => `
    <rect x="10" y="18" width="61" height="45" rx="7" fill="none" stroke="${c}" stroke-width="5"/>
    <path d="M31 28 L40.5 39 L50 28 M40.5 39 V55 M32 42 H49 M32 49 H49" fill="none" stroke="${c}" stroke-width="4.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A calculator: the estimate.
  estimate: (c) => `
    <rect x="17" y="8" width="47" height="65" rx="7" fill="none" stroke="${c}" stroke-width="5"/>
    <rect x="25" y="16" width="31" height="13" rx="2" fill="${c}"/>
    ${[0, 1, 2].map((r) => [0, 1, 2].map((k) => `<circle cx="${29 + k * 11.5}" cy="${41 + r * 10.5}" r="3.6" fill="${c}"/>`).join('')).join('')}`,
  // A map pin on a route: care away from home.
  remote: (c) => `
    <path d="M40.5 70 C28 54 19 43 19 31 A21.5 21.5 0 0 1 62 31 C62 43 53 54 40.5 70 Z" fill="none" stroke="${c}" stroke-width="5" stroke-linejoin="round"/>
    <circle cx="40.5" cy="31" r="8" fill="none" stroke="${c}" stroke-width="5"/>
    <path d="M8 74 H24 M57 74 H73" stroke="${c}" stroke-width="5" stroke-linecap="round"/>`,
  // A speech bubble with a question mark: questions and answers.
  faq: (c) => `
    <path d="M14 12 H67 A6 6 0 0 1 73 18 V52 A6 6 0 0 1 67 58 H38 L24 71 V58 H14 A6 6 0 0 1 8 52 V18 A6 6 0 0 1 14 12 Z" fill="none" stroke="${c}" stroke-width="5" stroke-linejoin="round"/>
    <path d="M32 28 A8.5 8.5 0 1 1 44 36 C41.5 37.5 40.5 39 40.5 42" fill="none" stroke="${c}" stroke-width="5" stroke-linecap="round"/>
    <circle cx="40.5" cy="49.5" r="3.4" fill="${c}"/>`
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 81, height: 81 }, deviceScaleFactor: 1 })
for (const [name, draw] of Object.entries(drawings)) {
  for (const [suffix, colour] of [
    ['', GREY],
    ['-active', GREEN]
  ]) {
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81">${draw(colour)}</svg></body></html>`
    )
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } })
    // One colour with anti-aliased edges: a palette PNG holds the same pixels in about two thirds of the bytes.
    writeFileSync(`src/assets/tab/${name}${suffix}.png`, encodePalette(decode(png)) ?? png)
  }
}
await browser.close()
console.log('icons written to src/assets/tab')
