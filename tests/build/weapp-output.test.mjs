// Checks the WeChat build in dist/ (run after `taro build --type weapp`): what DevTools and WeChat's
// code-quality rules look at first.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'

/** Every file under dir, relative to it. */
const readdirRecursive = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath ?? d.path}/${d.name}`.slice(dir.length + 1))

const app = JSON.parse(readFileSync('dist/app.json', 'utf8'))

test('app.json lists the four tools as tab pages, in order, each with both icons', () => {
  const tabs = app.tabBar.list
  assert.deepEqual(
    tabs.map((t) => t.text),
    ['缴费查询', '报销测算', '异地就医', '常见问题']
  )
  for (const tab of tabs) {
    assert.ok(app.pages.includes(tab.pagePath), `${tab.pagePath} is a page`)
    for (const icon of [tab.iconPath, tab.selectedIconPath]) {
      const path = `dist/${icon}`
      assert.ok(existsSync(path), `${path} exists`)
      const size = statSync(path).size
      assert.ok(size > 200 && size < 40 * 1024, `${path} is a real icon under WeChat's 40 KB limit (${size} B)`)
      const png = readFileSync(path)
      assert.equal(png.readUInt32BE(16), 81, `${icon} is 81 px wide`)
      assert.equal(png.readUInt32BE(20), 81, `${icon} is 81 px high`)
    }
  }
})

const SUB_PAGES = (app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))

test('lazyCodeLoading is on, and every page has its files', () => {
  assert.equal(app.lazyCodeLoading, 'requiredComponents')
  for (const page of [...app.pages, ...SUB_PAGES]) {
    for (const ext of ['js', 'json', 'wxml']) assert.ok(existsSync(`dist/${page}.${ext}`), `dist/${page}.${ext}`)
  }
})

test('门诊, 生育, 职工医保缴费 and 算日期 are subpackages: their views are in their own package, not in the main one', () => {
  assert.deepEqual(
    app.subPackages.map((p) => p.root),
    ['pages/outpatient', 'pages/maternity', 'pages/employee', 'pages/date-tools', 'pages/about', 'pages/privacy', 'pages/slip']
  )
  const roots = app.subPackages.map((p) => `${p.root}/`)
  const main = readdirRecursive('dist').filter((f) => f.endsWith('.js') && !roots.some((r) => f.startsWith(r)))
  // Words only the two views write (their choices), and words only their engine rules write (the
  // engine's index re-exports those rules: its modules are side-effect free, so they stay out).
  const markers = [
    ['肾衰、透析、抗排异', 'pages/outpatient/'],
    ['这一胎生了几个孩子', 'pages/maternity/'],
    ['本年度普通门诊统筹已达最高支付限额', 'pages/outpatient/'],
    ['婴儿数应为1到9之间的整数', 'pages/maternity/'],
    // The employee view's own words, and its engine rules' (engine/employee.ts).
    ['按单位或经办机构核定的月缴费基数填写', 'pages/employee/'],
    ['缴费年限应为0到80之间的数字', 'pages/employee/'],
    // The employee rule text (engine/describe-employee.ts, imported by the employee feature alone).
    ['灵活就业人员本人的缴费比例文件未说明', 'pages/employee/'],
    // The date tools' answers (features/date-tools).
    ['稳妥起见，从这一天起再办理变更', 'pages/date-tools/'],
    ['最迟在这一天核准发放救助资金', 'pages/date-tools/']
  ]
  for (const [marker, root] of markers) {
    const holders = readdirRecursive('dist').filter((f) => f.endsWith('.js') && readFileSync(`dist/${f}`, 'utf8').includes(marker))
    assert.ok(
      holders.length > 0 && holders.every((f) => f.startsWith(root)),
      `"${marker}" only in ${root} (found in ${holders.join(', ')})`
    )
  }
  assert.ok(main.length > 0)
})

test('project.config.json points DevTools at dist with compression on', () => {
  const project = JSON.parse(readFileSync('project.config.json', 'utf8'))
  assert.equal(project.miniprogramRoot, './dist')
  assert.equal(project.setting.minified, true)
  assert.equal(project.setting.minifyWXSS, true)
  assert.equal(project.setting.minifyWXML, true)
})
