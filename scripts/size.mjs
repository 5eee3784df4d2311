// Builds the weapp target in production mode and prints the size of every file in dist and the total,
// so that each change can be weighed against WeChat's 2 MB main-package limit.
import { execSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const LIMIT = 2 * 1024 * 1024
if (!process.argv.includes('--no-build')) {
  execSync('npx taro build --type weapp', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } })
}

const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const st = statSync(path)
    if (st.isDirectory()) walk(path)
    else files.push({ path: relative('dist', path), bytes: st.size })
  }
}
walk('dist')
files.sort((a, b) => b.bytes - a.bytes)
const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`
for (const f of files) console.log(`${kb(f.bytes)}  ${f.path}`)
const total = files.reduce((s, f) => s + f.bytes, 0)
console.log(`${kb(total)}  TOTAL (${files.length} files; main-package limit ${(LIMIT / 1024).toFixed(0)} KB, ${((total / LIMIT) * 100).toFixed(1)}% used)`)
if (total > LIMIT) { console.error('over the 2 MB main-package limit'); process.exit(1) }
