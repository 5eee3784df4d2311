// npm run size:modules: what each module weighs in the minified WeChat build, for finding dead weight.
// Builds the app for WeChat in production with module concatenation off and modules named by path
// (YBT_ANALYZE=1, see config/index.ts) into dist-size-analyze-weapp/, then measures each module's
// minified bytes in the output files. Named ids add a little to every module (the path is written
// where it is required), so read the figures as shares, not as exact bytes of the real build.
//   --no-build   measure the build already there
//   --top N      list the N heaviest modules (default 40)
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { listFiles } from './size.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const OUT = 'dist-size-analyze-weapp'

/** Each module is a `"./path":function(…){…}` property of a webpack chunk; it runs to the next one. */
export function modulesOf(source) {
  const starts = [...source.matchAll(/"(\.\/[^"]+)":function\(/g)].map((m) => ({ name: m[1], at: m.index }))
  return starts.map((s, i) => ({
    name: s.name,
    bytes: Buffer.byteLength(source.slice(s.at, i + 1 < starts.length ? starts[i + 1].at : source.lastIndexOf('}')))
  }))
}

const area = (name) =>
  name.startsWith('./node_modules/')
    ? name.replace(/^\.\/node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : name.replace(/^\.\/src\/(pages\/[^/]+|[^/]+\/).*/, 'src/$1').replace(/\/$/, '')

function main() {
  const args = process.argv.slice(2)
  const topIndex = args.indexOf('--top')
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 40
  const dir = resolve(root, OUT)
  if (!args.includes('--no-build')) {
    execFileSync('npx', ['taro', 'build', '--type', 'weapp'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT: OUT, YBT_ANALYZE: '1' }
    })
  }
  const rows = listFiles(dir)
    .filter((f) => f.path.endsWith('.js'))
    .flatMap(({ path }) => modulesOf(readFileSync(join(dir, path), 'utf8')).map((m) => ({ ...m, file: path })))
  const total = rows.reduce((s, r) => s + r.bytes, 0)
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9)
  const groups = new Map()
  for (const r of rows) groups.set(area(r.name), (groups.get(area(r.name)) ?? 0) + r.bytes)
  console.log(`WeChat build, minified bytes per module (${rows.length} modules, ${kb(total).trim()})\n`)
  console.log('by library or source folder')
  for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(bytes)}  ${name}`)
  console.log(`\nheaviest ${top} modules`)
  for (const r of rows.sort((a, b) => b.bytes - a.bytes).slice(0, top))
    console.log(`${kb(r.bytes)}  ${r.name.replace(/^\.\//, '')}  (${r.file})`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
