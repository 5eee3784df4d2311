// No module of src imports itself back, not even through `import type` (lint's import/no-cycle
// skips type imports): a cycle makes the order modules load in matter, and hides a layer mixed up.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs'
import { dirname, join, relative, resolve } from 'path'
import { at } from '../../src/test-support/present'

const SRC = resolve(__dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [p] : []
  })
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = resolve(dirname(from), spec)
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((c) => existsSync(c)) ?? null
}

/** Every cycle in an import graph, each as the list of modules around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const done = new Set<string>()
  const path: string[] = []
  const visit = (n: string) => {
    if (path.includes(n)) return void found.push([...path.slice(path.indexOf(n)), n])
    if (done.has(n)) return
    path.push(n)
    for (const d of graph.get(n) ?? []) visit(d)
    path.pop()
    done.add(n)
  }
  for (const n of graph.keys()) visit(n)
  return found
}

test('the cycle finder finds a type-only cycle and passes a tree', () => {
  expect(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']]
      ])
    )
  ).toEqual([['a', 'b', 'c', 'a']])
  expect(
    cycles(
      new Map([
        ['a', ['b', 'c']],
        ['b', ['c']],
        ['c', []]
      ])
    )
  ).toEqual([])
})

test('src has no import cycle, type imports included', () => {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8')
    const deps = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)]
      .map((m) => resolveImport(file, at(m, 1)))
      .filter((d): d is string => d !== null)
    graph.set(file, deps)
  }
  expect(graph.size).toBeGreaterThan(100)
  expect(cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '))).toEqual([])
})
