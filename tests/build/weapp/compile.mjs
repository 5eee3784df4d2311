// WeChat's own WXML (wcc) and WXSS (wcsc) compilers, from the npm package miniprogram-compiler, run
// over dist/. The package ships the Linux binaries without the execute bit and its wrapper chmods
// them in place; we copy them to a temp folder instead, so node_modules is never modified.
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import postcss from 'postcss'

const require = createRequire(import.meta.url)

function binary(name) {
  const pkg = path.dirname(require.resolve('miniprogram-compiler/package.json'))
  const version = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')).version
  const dir = path.join(os.tmpdir(), `miniprogram-compiler-${version}-${process.getuid?.() ?? 0}`)
  const target = path.join(dir, name)
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true })
    const tmp = `${target}.${process.pid}`
    copyFileSync(path.join(pkg, 'bin', 'linux', name), tmp)
    chmodSync(tmp, 0o755)
    spawnSync('mv', [tmp, target])
  }
  return target
}

function run(name, args, cwd) {
  const r = spawnSync(binary(name), args, { cwd, maxBuffer: 64 * 1024 * 1024 })
  if (r.error) throw r.error
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() }
}

/** Every file under dir with this extension, as dist-relative paths with forward slashes. */
export function filesOf(dist, ext) {
  const out = []
  const walk = (rel) => {
    for (const name of readdirSync(path.join(dist, rel))) {
      const child = rel ? `${rel}/${name}` : name
      if (statSync(path.join(dist, child)).isDirectory()) walk(child)
      else if (child.endsWith(ext)) out.push(child)
    }
  }
  walk('')
  return out.sort()
}

/** Compiles one .wxml (with the .wxs modules it may load) or one .wxs; returns wcc's message (file:line) or null. */
export function wccError(dist, file, wxsFiles = []) {
  const r = run('wcc', ['-d', file, ...wxsFiles.filter((f) => f !== file)], dist)
  return r.status === 0 ? null : (r.stderr || r.stdout).trim() || `wcc exited ${r.status}`
}

/** The sheets a .wxss pulls in with @import, transitively (wcsc wants them on its command line). */
function importsOf(dist, file, seen = new Set()) {
  const css = readFileSync(path.join(dist, file), 'utf8')
  for (const m of css.matchAll(/@import\s+["']([^"']+)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]))
    if (!seen.has(target) && existsSync(path.join(dist, target))) {
      seen.add(target)
      importsOf(dist, target, seen)
    }
  }
  return [...seen].filter((f) => f !== file)
}

/** Compiles one .wxss with the sheets it imports; returns wcsc's message (file(line:col)) or null. */
export function wcscError(dist, file) {
  const r = run('wcsc', ['-js', file, ...importsOf(dist, file)], dist)
  return r.status === 0 ? null : r.stderr.replace(/error file count: \d+/, '').trim() || `wcsc exited ${r.status}`
}

/** The components each template uses (from its .json), in the form wcc's -cc flag wants. */
function componentArgs(dist, wxmlFiles) {
  const entries = []
  for (const file of wxmlFiles) {
    const json = path.join(dist, file.replace(/\.wxml$/, '.json'))
    if (!existsSync(json)) continue
    const using = Object.keys(JSON.parse(readFileSync(json, 'utf8')).usingComponents || {})
    if (using.length) entries.push(file, using.length, ...using)
  }
  return [countOf(entries), ...entries].join(' ')
}

function countOf(entries) {
  let n = 0
  for (let i = 0; i < entries.length; i += 2 + entries[i + 1]) n++
  return n
}

/** A view-layer global as much as $gwx needs: it only reads a few window fields. */
function viewGlobals(warnings) {
  const window = { screen: { width: 390, height: 844 }, devicePixelRatio: 3, __webview_engine_version__: 0.02 }
  return {
    window,
    navigator: { userAgent: 'Mozilla/5.0 (Linux; Android 14) MicroMessenger/8.0.50' },
    console: {
      log() {},
      info() {},
      error: (...a) => warnings.push(a.map(String).join(' ')),
      warn: (...a) => warnings.push(a.map(String).join(' '))
    },
    __wxAppCode__: {}
  }
}

/**
 * Compiles every template and wxs of dist/ in one wcc run (as DevTools does) and returns $gwx with
 * the warnings its generators print (e.g. "Template `tmpl_16_3` not found").
 */
export function compileTemplates(dist) {
  const wxml = filesOf(dist, '.wxml')
  const wxs = filesOf(dist, '.wxs')
  const r = run('wcc', ['-d', '-cc', componentArgs(dist, wxml), ...wxml, ...wxs, '-gn', '$gwx'], dist)
  if (r.status !== 0) throw new Error(`wcc: ${r.stderr.trim()}`)
  const warnings = []
  const context = vm.createContext(viewGlobals(warnings))
  vm.runInContext(`${r.stdout}\nthis.$gwx = $gwx`, context, { filename: 'wcc-output.js' })
  // Data crosses to the view layer as JSON, as in WeChat; it must be built from the view realm's
  // Object and Array, because the generators and wxs check `constructor === Object`.
  const parse = vm.runInContext('JSON.parse', context)
  const toView = (data) => parse(JSON.stringify(data))
  return { $gwx: context.$gwx, warnings, toView }
}

/**
 * What WeChat's renderer would put in the page for one stylesheet: wcsc's output, run with a stub
 * style manager, expands @import and rpx. Returns the CSS text and the classes its selectors define.
 */
export function compiledSheet(dist, file) {
  const r = run('wcsc', ['-js', file, ...importsOf(dist, file)], dist)
  if (r.status !== 0) throw new Error(`wcsc ${file}: ${r.stderr.trim()}`)
  let css = ''
  const sandbox = viewGlobals([])
  sandbox.window.__styleSheetManager2__ = {
    addItem() {},
    setCss: (_key, text) => {
      css = text
    }
  }
  sandbox.document = {}
  // -js output leaves a %s where DevTools splices shared sheets; with -js every @import is inlined.
  vm.runInContext(r.stdout.replace(/^%s$/m, ''), vm.createContext(sandbox), { filename: `${file}.js` })
  const classes = new Set()
  postcss.parse(css).walkRules((rule) => {
    for (const m of rule.selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(m[1])
  })
  return { css, classes }
}
