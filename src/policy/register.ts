// Adding an item to a bundled list at run time: packs and their books of words. The app never does;
// tests add a clearly fictional year this way, and take it away again with the function returned.

/** Adds `item` to `list`, refusing a second item of the same key; returns what removes it. */
export function registerIn<T>(list: T[], item: T, sameKey: (other: T) => boolean, what: string): () => void {
  if (list.some(sameKey)) throw new Error(`${what} is already registered`)
  list.push(item)
  return () => {
    const i = list.indexOf(item)
    if (i >= 0) list.splice(i, 1)
  }
}
