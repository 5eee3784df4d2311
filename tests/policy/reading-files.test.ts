// Each pack has its reading file beside it (src/policy/<region>-<year>.reading.md): what its source
// is, how its figures are read, every open reading and every figure it leaves unpublished. A new
// pack without one, or a reading or unpublished figure the file does not name, fails here.
import { existsSync, readFileSync } from 'fs'
import { join } from 'path'
import { listShippedPacks } from '../../src/policy'
import type { PolicyPack } from '../../src/policy'
import { isUnpublished } from '../../src/policy/types'

function unpublishedPaths(pack: PolicyPack): string[] {
  const out: string[] = []
  const walk = (n: unknown, p: string) => {
    if (!n || typeof n !== 'object') return
    if (isUnpublished(n)) return void out.push(p)
    for (const [k, v] of Object.entries(n)) if (k !== 'reference' && k !== 'readings') walk(v, p ? `${p}.${k}` : k)
  }
  walk(pack, '')
  return out
}

describe.each(listShippedPacks().map((p) => [`${p.region}-${p.year}`, p] as [string, PolicyPack]))('%s', (name, pack) => {
  const file = join(__dirname, '../../src/policy', `${name}.reading.md`)

  test('has its reading file, naming its documents', () => {
    expect(existsSync(file)).toBe(true)
    const text = readFileSync(file, 'utf8')
    for (const doc of pack.documents) expect(text).toContain(doc)
  })

  test('names every open reading and every unpublished figure of the pack', () => {
    const text = readFileSync(file, 'utf8')
    expect(Object.keys(pack.readings).filter((id) => !text.includes(`\`${id}\``))).toEqual([])
    expect(unpublishedPaths(pack).filter((p) => !text.includes(`\`${p}\``))).toEqual([])
  })
})
