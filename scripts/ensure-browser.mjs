// Browser tests need Debian's Chromium and a CJK font. Install them through apt when missing and
// running as root; otherwise say exactly what is missing and stop.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const CHROMIUM = '/usr/bin/chromium'
const hasFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0
  } catch {
    return false
  }
}

const missing = []
if (!existsSync(CHROMIUM)) missing.push('chromium')
if (!hasFont()) missing.push('fonts-wqy-microhei')

if (missing.length) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(
      `浏览器测试需要 Debian 软件包：${missing.join(' ')}。请以 root 运行：apt-get update && apt-get install -y ${missing.join(' ')}`
    )
    process.exit(1)
  }
  console.log(`installing ${missing.join(' ')} through apt …`)
  execSync('apt-get update -qq', { stdio: 'inherit' })
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' })
}
console.log('browser: chromium and a CJK font are present')
