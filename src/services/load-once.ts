// What loads later (WeChat's require.async of a subpackage file): asked for once per app start and
// kept once loaded; a failed ask (no network, say) is forgotten, so the next call asks again. The
// ask itself stays in the caller's module: WeChat resolves the path from the file that calls it.

export interface LoadOnce<T> {
  load(): Promise<T>
  /** What an earlier load brought, for a first render that needs no waiting. */
  loaded(): T | undefined
}

export function loadOnce<T>(ask: () => unknown, accept: (value: unknown) => value is T, refusal: string): LoadOnce<T> {
  let loading: Promise<T> | undefined
  let loaded: T | undefined
  return {
    load() {
      if (loading) return loading
      // Started in a promise, so an ask that throws rejects like a failed download.
      const attempt = Promise.resolve()
        .then(ask)
        .then((value) => {
          if (!accept(value)) throw new Error(refusal)
          loaded = value
          return value
        })
      attempt.catch(() => {
        if (loading === attempt) loading = undefined
      })
      loading = attempt
      return attempt
    },
    loaded: () => loaded
  }
}
