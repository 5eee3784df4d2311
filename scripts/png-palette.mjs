// Lossless re-encoding of the tab icons: Chromium writes them as 8-bit RGBA, but a one-colour
// drawing with anti-aliased edges has at most 256 distinct pixels (one colour, many alphas), which a
// palette PNG (colour type 3, with tRNS) stores at one byte a pixel instead of four (about two thirds of the file, once compressed).
//   node scripts/png-palette.mjs file.png…   rewrites each file that a palette can hold exactly
import { readFileSync, writeFileSync } from 'node:fs'
import { deflateSync, inflateSync, crc32 } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])

function chunks(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG')
  const out = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) })
    at += 12 + length
  }
  return out
}

const paeth = (a, b, c) => {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** The RGBA pixels of an 8-bit, non-interlaced PNG of colour type 6 (RGBA) or 3 (palette). */
export function decode(png) {
  const parts = chunks(png)
  const header = parts.find((c) => c.type === 'IHDR').data
  const width = header.readUInt32BE(0)
  const height = header.readUInt32BE(4)
  const [depth, colourType, , , interlace] = header.subarray(8, 13)
  if (depth !== 8 || interlace !== 0 || ![3, 6].includes(colourType))
    throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType})`)
  const bpp = colourType === 6 ? 4 : 1
  const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)))
  const stride = width * bpp
  const rows = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]
      const a = x >= bpp ? rows[y * stride + x - bpp] : 0
      const b = y > 0 ? rows[(y - 1) * stride + x] : 0
      const c = x >= bpp && y > 0 ? rows[(y - 1) * stride + x - bpp] : 0
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]
      rows[y * stride + x] = (value + predictor) & 0xff
    }
  }
  if (colourType === 6) return { width, height, rgba: rows }
  const palette = parts.find((c) => c.type === 'PLTE').data
  const alphas = parts.find((c) => c.type === 'tRNS')?.data ?? Buffer.alloc(0)
  const rgba = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    const index = rows[i]
    palette.copy(rgba, i * 4, index * 3, index * 3 + 3)
    rgba[i * 4 + 3] = index < alphas.length ? alphas[index] : 255
  }
  return { width, height, rgba }
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), 8 + data.length)
  return out
}

/** A palette PNG of the same pixels, or null when they need more than 256 colours. */
export function encodePalette({ width, height, rgba }) {
  const index = new Map()
  const pixels = Buffer.alloc(width * height)
  for (let i = 0; i < width * height; i++) {
    // Fully transparent pixels are one entry whatever their colour channels say.
    const key = rgba[i * 4 + 3] === 0 ? 0 : rgba.readUInt32BE(i * 4)
    if (!index.has(key)) index.set(key, index.size)
    if (index.size > 256) return null
    pixels[i] = index.get(key)
  }
  const entries = [...index.keys()]
  const palette = Buffer.alloc(entries.length * 3)
  const alphas = Buffer.alloc(entries.length)
  entries.forEach((key, i) => {
    palette[i * 3] = key >>> 24
    palette[i * 3 + 1] = (key >>> 16) & 0xff
    palette[i * 3 + 2] = (key >>> 8) & 0xff
    alphas[i] = key & 0xff
  })
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 3, 0, 0, 0], 8)
  const scanlines = Buffer.alloc(height * (width + 1))
  for (let y = 0; y < height; y++) pixels.copy(scanlines, y * (width + 1) + 1, y * width, (y + 1) * width)
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('tRNS', alphas),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** Whether two images show the same pixels (fully transparent pixels match whatever their colour). */
export function samePixels(a, b) {
  if (a.width !== b.width || a.height !== b.height) return false
  for (let i = 0; i < a.width * a.height; i++) {
    const alpha = a.rgba[i * 4 + 3]
    if (alpha !== b.rgba[i * 4 + 3]) return false
    if (alpha !== 0 && a.rgba.readUInt32BE(i * 4) !== b.rgba.readUInt32BE(i * 4)) return false
  }
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file)
    const image = decode(before)
    const after = encodePalette(image)
    if (!after || after.length >= before.length || !samePixels(image, decode(after))) {
      console.log(`${file}: kept (${before.length} bytes)`)
      continue
    }
    writeFileSync(file, after)
    console.log(`${file}: ${before.length} → ${after.length} bytes`)
  }
}
