// Every figure and text in the packs carries a reference whose quote appears verbatim in its own
// document; every unpublished figure says why. Also runs the project's quote checker (the code of
// `npm run quotes`). Checks that read the documents are skipped, and listed, when they are absent.
import { join } from 'node:path'
import { DOCUMENTS, listShippedPacks } from '../../src/policy'
import type { PolicyPack, Reference } from '../../src/policy'
import { checkQuotes, quoteFound } from '../../scripts/quotes'
import { SOURCES, seedText, withSeeds } from '../seeds'
import { at } from '../../src/test-support/present'

const root = join(__dirname, '..', '..')
const docText = (doc: string) => seedText(DOCUMENTS[doc as keyof typeof DOCUMENTS].seedFile)

interface Found {
  path: string
  value: unknown
}

function walk(value: unknown, path: string, out: Found[]): void {
  if (value === null || typeof value !== 'object') return
  out.push({ path, value })
  for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, out)
}

describe.each(listShippedPacks().map((p) => [`${p.region}-${p.year}`, p] as [string, PolicyPack]))('%s', (_name, pack) => {
  const nodes: Found[] = []
  walk(pack, pack.region, nodes)

  test('every reference: one of the pack’s documents (a carried figure cites an earlier one), a section, a non-empty quote', () => {
    const refs = nodes.filter((n) => 'quote' in (n.value as object))
    expect(refs.length).toBeGreaterThan(40)
    for (const { path, value } of refs) {
      const r = value as Reference
      expect({ path, listed: pack.documents.includes(r.doc) }).toEqual({ path, listed: true })
      expect(r.section.length).toBeGreaterThan(0)
      expect(r.quote.trim().length).toBeGreaterThan(0)
    }
  })

  withSeeds('every reference quote is verbatim in its own document', () => {
    const refs = nodes.filter((n) => 'quote' in (n.value as object))
    expect(refs.length).toBeGreaterThan(40)
    for (const { path, value } of refs) {
      const r = value as Reference
      expect({ path, found: quoteFound(docText(r.doc), r.quote) }).toEqual({ path, found: true })
    }
  })

  test('every parameter has a value, a unit, a period and a reference', () => {
    const params = nodes.filter((n) => 'unit' in (n.value as object) && 'value' in (n.value as object))
    expect(params.length).toBeGreaterThan(10)
    for (const { path, value } of params) {
      const p = value as { reference?: Reference; period?: { start: string } }
      expect({ path, hasQuote: Boolean(p.reference?.quote) }).toEqual({ path, hasQuote: true })
      expect({ path, start: /^\d{4}-\d{2}-\d{2}$/.test(p.period?.start ?? '') }).toEqual({ path, start: true })
    }
  })

  test('every scale bracket is ordered and carries a rate in [0, 1]', () => {
    for (const { path, value } of nodes.filter((n) => 'brackets' in (n.value as object))) {
      const s = value as { brackets: { from: string; to?: string; rate: string }[]; reference: Reference }
      expect(s.reference.quote.length).toBeGreaterThan(0)
      s.brackets.forEach((b, i) => {
        expect({ path, ok: Number(b.rate) >= 0 && Number(b.rate) <= 1 }).toEqual({ path, ok: true })
        if (i > 0) expect(at(s.brackets, i - 1).to).toBe(b.from)
      })
    }
  })

  test('every unpublished figure gives a one-line Chinese reason', () => {
    const unpublished = nodes.filter((n) => (n.value as { unpublished?: boolean }).unpublished === true)
    expect(unpublished.length).toBeGreaterThan(0)
    for (const { path, value } of unpublished) {
      const reason = (value as { reason: string }).reason
      expect({ path, ok: /[\u4e00-\u9fff]/.test(reason) && !reason.includes('\n') }).toEqual({ path, ok: true })
    }
  })

  test('every remote-care situation is modelled, covered or not', () => {
    expect(Object.keys(pack.remoteCare).sort()).toEqual(
      ['emergency', 'longTermResidence', 'migrantWorker', 'postedWorker', 'referral', 'unfiled'].sort()
    )
    for (const [key, entry] of Object.entries(pack.remoteCare)) {
      expect(entry.situation).toBe(key)
      if (entry.status === 'notInSources') expect(entry.reason.length).toBeGreaterThan(0)
    }
  })
})

withSeeds('the quote checker (npm run quotes) passes on src/policy', () => {
  const report = checkQuotes(join(root, 'src', 'policy'), SOURCES)
  expect(report.missing).toEqual([])
  expect(report.total).toBeGreaterThan(100)
})
