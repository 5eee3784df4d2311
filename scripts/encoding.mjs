// node scripts/encoding.mjs: weighs the minifier's ASCII-only output (every Chinese character as
// \uXXXX) against UTF-8 for both targets, so that config/index.ts can choose by measurement.
// Builds the app for WeChat and H5 both ways (YBT_ASCII_ONLY=1 / 0) and prints, for each: bytes
// (WeChat counts uncompressed bytes), gzipped bytes (what H5 downloads), and V8 compile time of all
// the JavaScript (median of 15, fresh source each time so V8's compilation cache never answers):
// V8 keeps pure-ASCII source as a one-byte string and source with Chinese in it as two-byte.
// First render in the browser is measured separately: npm run bench:render with each build.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Script } from 'node:vm'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function jsFiles(dir) {
  const out = []
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith('.js')) out.push(p)
    }
  }
  walk(dir)
  return out
}

function compileMillis(sources) {
  const samples = []
  for (let run = 0; run < 17; run++) {
    const t0 = process.hrtime.bigint()
    for (const s of sources) new Script(`${s}\n//${run}`)
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (run >= 2) samples.push(ms) // two warm-up runs
  }
  return samples.sort((a, b) => a - b)[7]
}

const rows = []
for (const target of ['weapp', 'h5']) {
  for (const ascii of ['1', '0']) {
    const out = `dist-enc-${target}-${ascii === '1' ? 'ascii' : 'utf8'}`
    if (!process.argv.includes('--no-build')) {
      execFileSync('npx', ['taro', 'build', '--type', target], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT: out, YBT_ASCII_ONLY: ascii }
      })
    }
    const files = jsFiles(resolve(root, out))
    const buffers = files.map((f) => readFileSync(f))
    const sources = buffers.map((b) => b.toString('utf8'))
    const bytes = buffers.reduce((s, b) => s + b.length, 0)
    const gz = buffers.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0)
    const twoByte = sources.filter((s) => /[^\x00-\xff]/.test(s)).length
    rows.push([`${target} ${ascii === '1' ? 'ASCII' : 'UTF-8'}`, bytes, gz, compileMillis(sources), `${twoByte}/${files.length}`])
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log(`${'build'.padEnd(14)}${'JS bytes'.padStart(12)}${'JS gzipped'.padStart(12)}${'V8 compile'.padStart(12)}  two-byte files`)
for (const [name, bytes, gz, ms, tb] of rows) {
  console.log(`${name.padEnd(14)}${kb(bytes).padStart(12)}${kb(gz).padStart(12)}${`${ms.toFixed(1)} ms`.padStart(12)}  ${tb}`)
}
