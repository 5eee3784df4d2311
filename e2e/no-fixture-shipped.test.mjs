// The fictional policy years live in tests/fixtures and reach only the fictional-year test build
// (dist-fictional); the H5 build the app ships must carry none of them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.TARO_OUTPUT || 'dist-h5')

async function files(dir) {
  const out = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await files(full)))
    else if (/\.(js|html|css)$/.test(entry.name)) out.push(full)
  }
  return out
}

test('the shipped H5 build carries no fictional pack, notice or FAQ book', async () => {
  const all = await files(root)
  assert.ok(
    all.some((f) => f.endsWith('.js')),
    `a build in ${root}`
  )
  for (const file of all) {
    const text = await readFile(file, 'utf8')
    for (const marker of ['fictional-weihai-notice-2021', 'fictional-test-2099', '虚构']) {
      assert.ok(!text.includes(marker), `${file} contains “${marker}”`)
    }
  }
})
