// Renders a page through the templates wcc compiled, as WeChat's view layer would: the page's
// generator from $gwx turns the data captured from setData into a virtual tree; each custom
// component in it (Taro's `comp`, which carries a subtree past the base templates' depth limit,
// or the custom tab bar) is rendered with its own generator and its properties, and spliced in.
import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

function usingComponents(dist, owner) {
  const json = path.join(dist, `${owner}.json`)
  if (!existsSync(json)) return {}
  const using = JSON.parse(readFileSync(json, 'utf8')).usingComponents || {}
  const out = {}
  for (const [tag, rel] of Object.entries(using)) {
    out[tag] = rel.startsWith('/') ? rel.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(owner), rel))
  }
  return out
}

/**
 * A rendered node: { tag, attr, children, owner } for elements (tag without WeChat's "wx-" prefix),
 * strings for text. `owner` is the page or component whose template produced the node, so a class
 * check can tell which stylesheets reach it.
 */
export function render(compiled, dist, owner, data, { depth = 0 } = {}) {
  if (depth > 50) throw new Error(`${owner}: custom components nested over 50 deep`)
  const generate = compiled.$gwx(`${owner}.wxml`)
  if (typeof generate !== 'function') throw new Error(`$gwx has no template for ${owner}.wxml`)
  const before = compiled.warnings.length
  const tree = generate(compiled.toView(data), {}, {})
  const missing = compiled.warnings.slice(before)
  if (missing.length) throw new Error(`${owner}: ${missing.join('; ')}`)
  const using = usingComponents(dist, owner)
  const convert = (node) => {
    if (typeof node === 'string' || typeof node === 'number') return String(node)
    const children = []
    for (const child of node.children || []) {
      const c = convert(child)
      // virtual nodes (wx:if / wx:for / template blocks) dissolve into their parent, as in WeChat
      if (c && c.tag === 'virtual') children.push(...c.children)
      else if (c !== null) children.push(c)
    }
    const tag = node.tag === 'virtual' ? 'virtual' : node.tag.replace(/^wx-/, '')
    if (using[tag]) {
      const props = {}
      for (const [k, v] of Object.entries(node.attr || {})) props[k] = v
      const inner = render(compiled, dist, using[tag], props, { depth: depth + 1 })
      return { tag, attr: node.attr || {}, children: inner.children, owner, component: using[tag] }
    }
    return { tag, attr: node.attr || {}, children, owner }
  }
  return convert(tree)
}

export function* walk(node) {
  if (typeof node === 'string') return
  yield node
  for (const child of node.children) yield* walk(child)
}

/** The text a person would read, in document order, one string. */
export function textOf(node) {
  if (typeof node === 'string') return node
  return node.children.map(textOf).join('')
}

/** The node whose `data-sid` (Taro's node id) matches, for firing events. */
export function findAll(tree, predicate) {
  return [...walk(tree)].filter(predicate)
}

export function classesOf(node) {
  const cls = node.attr?.class
  return typeof cls === 'string' ? cls.split(/\s+/).filter(Boolean) : []
}
