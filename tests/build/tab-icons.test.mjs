// The tab icons are palette PNGs (scripts/png-palette.mjs): the same pixels as Chromium's RGBA
// drawing in about two thirds of the bytes. Checks the encoder round-trips exactly, and that the committed
// icons (the app's and the floor app's copies) are the palette ones.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { decode, encodePalette, samePixels } from '../../scripts/png-palette.mjs'

const icons = [
  ...readdirSync('src/assets/tab').map((f) => `src/assets/tab/${f}`),
  ...readdirSync('scripts/floor-app/src/assets').map((f) => `scripts/floor-app/src/assets/${f}`)
].filter((f) => f.endsWith('.png'))

test("every tab icon is a palette PNG of 81×81 drawn in the tab bar's grey or green", () => {
  assert.ok(icons.length >= 12)
  for (const file of icons) {
    const png = readFileSync(file)
    assert.equal(png[25], 3, `${file}: colour type 3 (palette)`)
    const image = decode(png)
    assert.deepEqual([image.width, image.height], [81, 81], file)
    // Solid pixels are the tab bar's grey or green; the edges are anti-aliased (partly transparent).
    const solid = new Set()
    for (let i = 0; i < 81 * 81; i++) if (image.rgba[i * 4 + 3] === 255) solid.add(image.rgba.toString('hex', i * 4, i * 4 + 3))
    assert.deepEqual([...solid], [file.includes('-active') ? '05733f' : '4d4d4d'], `${file}: drawn in the tab bar's colour`)
  }
})

test('the palette encoding keeps every pixel, and refuses an image it cannot hold', () => {
  const rgba = Buffer.alloc(20 * 20 * 4)
  for (let i = 0; i < 400; i++) rgba.writeUInt32BE(((0x05733f << 8) | (i % 256)) >>> 0, i * 4)
  const image = { width: 20, height: 20, rgba }
  const png = encodePalette(image)
  assert.ok(samePixels(image, decode(png)))
  const many = Buffer.alloc(20 * 20 * 4)
  for (let i = 0; i < 400; i++) many.writeUInt32BE(((i << 8) | 255) >>> 0, i * 4)
  assert.equal(encodePalette({ width: 20, height: 20, rgba: many }), null)
})
