// Static accessibility rules that Lighthouse enforces in the browser, checked here on every source
// file so a new page cannot slip one past the unit tests.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const files: string[] = []
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (path.endsWith('.tsx')) files.push(path)
  }
}
walk('src')

const jsxTags = (src: string) => src.match(/<[A-Z][A-Za-z]*\b[^>]*?>/g) ?? []

test.each(files)('%s: headings carry a level, ARIA states are strings', (file) => {
  const src = readFileSync(file, 'utf8')
  for (const tag of jsxTags(src)) {
    if (/role=['"]heading['"]/.test(tag)) expect(tag).toMatch(/aria-level=/)
    // Taro's H5 custom elements drop boolean `false` attributes, leaving e.g. a switch without state.
    expect(tag).not.toMatch(/aria-(checked|expanded|pressed|selected)=\{(?![^}]*\?\s*'true'\s*:\s*'false')[^}]*\}/)
  }
})

test.each(files)('%s: focus order follows reading order (no positive tabIndex)', (file) => {
  const src = readFileSync(file, 'utf8')
  expect(src).not.toMatch(/tab[iI]ndex=\{?['"]?[1-9]/)
})
