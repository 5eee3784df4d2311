// Every figure of a pack appears in its own quote, in one of the ways the documents write it (450,
// 4.5万, 80%, 2.5个百分点, 不设 → 0, 一年, 5月1日), so a figure cannot drift from the words it cites.
// A figure its quote cannot show says why in `figureNote` (none does today). Reads no document: the
// quotes themselves are checked against the documents by quotes-present.test.ts.
import Decimal from 'decimal.js'
import { listPacks } from '../../src/policy'
import type { PolicyPack, Reference } from '../../src/policy'
import { figureForms, quoteShows } from './figure-forms'

interface Found {
  path: string
  value: Record<string, unknown>
}

function walk(value: unknown, path: string, out: Found[]): void {
  if (value === null || typeof value !== 'object') return
  out.push({ path, value: value as Record<string, unknown> })
  for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, out)
}

/** Each figure of the pack with the quote it cites: parameters' values and scales' rates. */
function citedFigures(pack: PolicyPack): { path: string; figure: string; unit: string; quote: string; note?: unknown }[] {
  const nodes: Found[] = []
  walk(pack, `${pack.region}-${pack.year}`, nodes)
  const out: { path: string; figure: string; unit: string; quote: string; note?: unknown }[] = []
  for (const { path, value } of nodes) {
    const r = value.reference as Reference | undefined
    if (!r || typeof value.unit !== 'string') continue
    if (typeof value.value === 'string' || typeof value.value === 'number') {
      out.push({ path, figure: String(value.value), unit: value.unit, quote: r.quote, note: value.figureNote })
    }
    if (Array.isArray(value.brackets)) {
      for (const [i, b] of (value.brackets as { rate: string }[]).entries())
        out.push({ path: `${path}.brackets.${i}`, figure: b.rate, unit: 'rate', quote: r.quote, note: value.figureNote })
    }
  }
  return out
}

describe('figureForms: the ways the documents write a figure', () => {
  test.each([
    ['450', 'yuan', '450'],
    ['45000', 'yuan', '4.5万'],
    ['200000', 'yuan', '20万'],
    ['0', 'yuan', '不设'],
    ['0.8', 'rate', '80%'],
    ['0.025', 'rate', '2.5个百分点'],
    ['0.098', 'rate', '9.8%'],
    ['1', 'years', '一年'],
    ['84', 'count', '84'],
    ['3', 'workingDays', '3'],
    ['2020-05-01', 'date', '5月1日']
  ])('%s (%s) may be written %s', (figure, unit, written) => {
    expect(figureForms(figure, unit)).toContain(written)
  })

  test('a figure is not found in a quote that gives another', () => {
    expect(quoteShows('每人每年460元', '450', 'yuan')).toBe(false)
    expect(quoteShows('报销比例为65%', '0.6', 'rate')).toBe(false)
    expect(quoteShows('增加产假15天', '5', 'days')).toBe(false)
    expect(quoteShows('起付标准5.5万元', '5', 'yuan')).toBe(false)
    expect(quoteShows('一档缴费', '1', 'years')).toBe(false)
    expect(quoteShows('增加产假15天', '15', 'days')).toBe(true)
  })
})

describe.each(listPacks().map((p) => [`${p.region}-${p.year}`, p] as [string, PolicyPack]))('%s', (_name, pack) => {
  const figures = citedFigures(pack)

  test('has figures to check', () => {
    expect(figures.length).toBeGreaterThan(30)
  })

  test('every figure appears in its own quote, or says why not', () => {
    const missing = figures
      .filter((f) => !quoteShows(f.quote, f.figure, f.unit))
      .filter((f) => !(typeof f.note === 'string' && /[\u4e00-\u9fff]/.test(f.note)))
      .map((f) => `${f.path} = ${f.figure} (${f.unit}) not in “${f.quote}”`)
    expect(missing).toEqual([])
  })

  test('numeric figures are plain decimals (no float noise a quote could never show)', () => {
    for (const f of figures.filter((x) => x.unit !== 'date' && x.unit !== 'period')) {
      expect({ path: f.path, plain: new Decimal(f.figure).toString() === f.figure }).toEqual({ path: f.path, plain: true })
    }
  })
})
