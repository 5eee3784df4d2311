// npm run size: builds, in one run, the app and the floor app (scripts/floor-app: two near-empty pages,
// same config and dependencies) for WeChat and H5 in production mode, and prints what each weighs and
// its ratio to the floor. Not a test: it prints a table (and says which targets are met).
//   --no-build   weigh the builds already in dist-size-*/
//   --files      also list every file of the WeChat app build
// WeChat counts uncompressed bytes against its package limits; H5 is weighed as the JavaScript a
// first visit (the first tab page) downloads, gzipped. The H5 check "no module in two chunks" reads
// the module-per-chunk report config/bundle-report.ts writes during the build.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024
const TARGET_RATIO = 2.0
// What a first open downloads on WeChat (issue 21): the rest waits in subpackages until used.
const MAIN_PACKAGE_TARGET = 650 * 1024

export const BUILDS = {
  app: { sourceRoot: 'src', out: (t) => `dist-size-app-${t}` },
  floor: { sourceRoot: 'scripts/floor-app/src', out: (t) => `dist-size-floor-${t}` }
}

const statsFile = (which, target) => {
  mkdirSync(resolve(root, '.bench'), { recursive: true })
  return resolve(root, '.bench', `${BUILDS[which].out(target)}.stats.json`)
}

export function build(which, target) {
  const out = BUILDS[which].out(target)
  execFileSync('npx', ['taro', 'build', '--type', target], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TARO_OUTPUT: out,
      YBT_SOURCE_ROOT: BUILDS[which].sourceRoot,
      YBT_STATS: statsFile(which, target)
    }
  })
  return resolve(root, out)
}

/** Every file under dir, with its path relative to dir and its size in bytes. */
export function listFiles(dir) {
  const files = []
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      const st = statSync(path)
      if (st.isDirectory()) walk(path)
      else files.push({ path: relative(dir, path), bytes: st.size })
    }
  }
  walk(dir)
  return files
}

/** Total and main-package bytes of a WeChat build (subpackage roots from app.json are not main). */
export function weighWeapp(dir) {
  const files = listFiles(dir)
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8'))
  const roots = [...(app.subPackages || []), ...(app.subpackages || [])].map((p) => p.root.replace(/\/?$/, '/'))
  const inSub = (f) => roots.some((r) => f.path.startsWith(r))
  const total = files.reduce((s, f) => s + f.bytes, 0)
  const mainBytes = files.filter((f) => !inSub(f)).reduce((s, f) => s + f.bytes, 0)
  const jsEscapes = files
    .filter((f) => f.path.endsWith('.js'))
    .reduce((s, f) => s + (readFileSync(join(dir, f.path), 'latin1').match(/\\u[0-9a-fA-F]{4}/g) || []).length, 0)
  const bySubpackage = roots.map((subRoot) => ({
    root: subRoot,
    bytes: files.filter((f) => f.path.startsWith(subRoot)).reduce((s, f) => s + f.bytes, 0)
  }))
  return { files, total, main: mainBytes, subpackages: roots.length, bySubpackage, jsEscapes }
}

/**
 * H5: every JavaScript file, and the JavaScript a first visit to the first page loads: the scripts
 * index.html names plus the chunk group of that page, each gzipped (level 9).
 */
export function weighH5(dir, statsPath) {
  const files = listFiles(dir)
  const gz = (path) => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length
  const js = files.filter((f) => f.path.endsWith('.js'))
  const stats = JSON.parse(readFileSync(statsPath, 'utf8'))
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1])
  // The build's own reading of app.config.ts (config/index.ts writes it into the report).
  const { firstPage } = stats
  if (!firstPage) throw new Error(`${statsPath} names no first page (built before config/bundle-report.ts wrote it?)`)
  // Taro loads each page with import(): the page's chunk group is the one whose chunks hold its module.
  const pageModule = new RegExp(`(^|/)${firstPage}\\.(tsx|ts|jsx|js)$`)
  const pageChunk = stats.chunks.find((c) => !c.initial && c.modules.some((m) => pageModule.test(m)))
  const pageGroup = pageChunk && stats.groups.find((g) => !g.initial && g.chunks.includes(pageChunk.id))
  if (!pageGroup) throw new Error(`no async chunk group holds ${firstPage} in ${statsPath}`)
  const firstVisit = [...new Set([...initial, ...pageGroup.files.filter((f) => f.endsWith('.js'))])]
  for (const f of firstVisit) if (!existsSync(join(dir, f))) throw new Error(`first-visit file missing: ${f}`)
  // A module held by two chunks is downloaded (and evaluated) twice.
  const holders = new Map()
  for (const chunk of stats.chunks) {
    for (const m of new Set(chunk.modules)) {
      if (!holders.has(m)) holders.set(m, [])
      holders.get(m).push(chunk.name ?? chunk.id)
    }
  }
  const duplicated = [...holders].filter(([, c]) => c.length > 1)
  return {
    files,
    total: files.reduce((s, f) => s + f.bytes, 0),
    jsTotal: js.reduce((s, f) => s + f.bytes, 0),
    jsGzTotal: js.reduce((s, f) => s + gz(f.path), 0),
    firstPage,
    firstVisit,
    firstVisitGz: firstVisit.reduce((s, f) => s + gz(f), 0),
    chunks: stats.chunks.map((c) => ({ name: c.name ?? String(c.id), initial: c.initial, modules: c.modules.length, files: c.files })),
    duplicated
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const ratio = (a, b) => `${(a / b).toFixed(2)}×`

function main() {
  const args = process.argv.slice(2)
  const results = {}
  for (const target of ['weapp', 'h5']) {
    for (const which of ['app', 'floor']) {
      const dir = resolve(root, BUILDS[which].out(target))
      if (!args.includes('--no-build')) {
        const t0 = Date.now()
        build(which, target)
        console.error(`built ${which} ${target} in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
      }
      results[`${which}-${target}`] = target === 'weapp' ? weighWeapp(dir) : weighH5(dir, statsFile(which, target))
    }
  }
  const wa = results['app-weapp']
  const wf = results['floor-weapp']
  const ha = results['app-h5']
  const hf = results['floor-h5']

  if (args.includes('--files')) {
    for (const f of [...wa.files].sort((a, b) => b.bytes - a.bytes)) console.log(`${kb(f.bytes).padStart(10)}  ${f.path}`)
    console.log('')
  }
  const rows = [
    ['WeChat total', wa.total, wf.total],
    ['WeChat main package', wa.main, wf.main],
    ['H5 all files', ha.total, hf.total],
    ['H5 JavaScript', ha.jsTotal, hf.jsTotal],
    ['H5 JavaScript gzipped', ha.jsGzTotal, hf.jsGzTotal],
    ['H5 first-visit JS gzipped', ha.firstVisitGz, hf.firstVisitGz]
  ]
  console.log(`${'measure'.padEnd(28)}${'app'.padStart(11)}${'floor'.padStart(11)}${'ratio'.padStart(8)}`)
  for (const [name, a, f] of rows) console.log(`${name.padEnd(28)}${kb(a).padStart(11)}${kb(f).padStart(11)}${ratio(a, f).padStart(8)}`)
  console.log('')
  for (const sub of wa.bySubpackage) console.log(`WeChat subpackage ${sub.root}: ${kb(sub.bytes)}`)
  console.log(
    `WeChat: ${wa.files.length} files, ${wa.subpackages} subpackage(s), \\uXXXX escapes in JS: ${wa.jsEscapes} (floor ${wf.jsEscapes}); main package ${((wa.main / MAIN_PACKAGE_LIMIT) * 100).toFixed(1)}% of WeChat's 2 MB limit`
  )
  console.log(`H5 first visit (${ha.firstPage}): ${ha.firstVisit.join(', ')}`)
  console.log(`H5 chunks: ${ha.chunks.map((c) => `${c.name}${c.initial ? '*' : ''} (${c.modules} modules)`).join(', ')}   (* = initial)`)
  if (ha.duplicated.length === 0) console.log('H5 modules in two or more chunks: none')
  else {
    console.log(`H5 modules in two or more chunks: ${ha.duplicated.length}`)
    for (const [m, c] of ha.duplicated.slice(0, 15)) console.log(`  ${m}  ← ${c.join(', ')}`)
    if (ha.duplicated.length > 15) console.log(`  … and ${ha.duplicated.length - 15} more`)
  }
  console.log('')
  const verdict = (ok) => (ok ? 'met' : 'NOT MET')
  console.log(
    `target WeChat main package ≤ ${kb(MAIN_PACKAGE_TARGET)}: ${kb(wa.main)} (${ratio(wa.main, wf.main)} floor) ${verdict(wa.main <= MAIN_PACKAGE_TARGET)}`
  )
  console.log(`target WeChat total ≤ ${TARGET_RATIO}× floor: ${ratio(wa.total, wf.total)} ${verdict(wa.total <= TARGET_RATIO * wf.total)}`)
  console.log(
    `target H5 first-visit JS gz ≤ ${TARGET_RATIO}× floor: ${ratio(ha.firstVisitGz, hf.firstVisitGz)} ${verdict(ha.firstVisitGz <= TARGET_RATIO * hf.firstVisitGz)}`
  )
  console.log(`target no H5 module in two chunks: ${verdict(ha.duplicated.length === 0)}`)
  if (wa.main > MAIN_PACKAGE_LIMIT) {
    console.error('WeChat main package over the 2 MB limit')
    process.exitCode = 1
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
