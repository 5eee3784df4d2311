// A small stand-in for WeChat's logic layer: enough of App/Page/Component, `require` and `wx.*` to run
// the Taro build in dist/ in Node and capture what Taro hands to setData. Each page gets a fresh VM
// context (as a cold start would), so storage, timers and module state never leak between pages.
import vm from 'node:vm'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Applies one WeChat setData path ("root.cn.[0].cn.[2].v", "a.b[3]") to a data object. */
export function applySetData(data, patch) {
  for (const [key, value] of Object.entries(patch)) {
    const parts = key.match(/[^.[\]]+|\[\d+\]/g).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p))
    let target = data
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i]
      if (target[part] === undefined || target[part] === null) target[part] = typeof parts[i + 1] === 'number' ? [] : {}
      target = target[part]
    }
    // WeChat deep-copies what crosses to the view layer; so do we, so later mutation cannot leak in.
    target[parts[parts.length - 1]] = value === undefined ? undefined : structuredClone(value)
  }
}

/** wx.* as this app uses it at start-up and on tap; any other API is a harmless no-op that succeeds. */
function makeWx({ storage, systemInfo, launchOptions, calls, observers }) {
  const respond =
    (name, result) =>
    (opts = {}) => {
      calls.push({ name, opts })
      const res = { errMsg: `${name}:ok`, ...result }
      opts.success?.(res)
      opts.complete?.(res)
      return undefined
    }
  const known = {
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => {
      storage.set(key, value)
    },
    removeStorageSync: (key) => {
      storage.delete(key)
    },
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getSystemInfoSync: () => ({ ...systemInfo }),
    getAppBaseInfo: () => ({ ...systemInfo }),
    getWindowInfo: () => ({ ...systemInfo }),
    getDeviceInfo: () => ({ ...systemInfo }),
    getLaunchOptionsSync: () => ({ ...launchOptions }),
    getEnterOptionsSync: () => ({ ...launchOptions }),
    canIUse: () => true,
    nextTick: (fn) => setTimeout(fn, 0),
    onNeedPrivacyAuthorization: (fn) => {
      calls.push({ name: 'onNeedPrivacyAuthorization', fn })
    },
    showShareMenu: respond('showShareMenu'),
    switchTab: respond('switchTab'),
    navigateTo: respond('navigateTo'),
    showToast: respond('showToast'),
    showModal: respond('showModal', { confirm: false, cancel: true }),
    setClipboardData: respond('setClipboardData'),
    addPhoneCalendar: respond('addPhoneCalendar'),
    // No layout here: an observer records what it was asked to watch, and a test reports what
    // WeChat would (observer.report({ intersectionRatio })), as the view layer does on scrolling.
    createIntersectionObserver: (component, options = {}) => {
      const observer = {
        component,
        options,
        relativeTo: null,
        selector: null,
        callback: null,
        disconnected: false,
        relativeToViewport(margins = {}) {
          observer.relativeTo = { viewport: true, ...margins }
          return observer
        },
        observe(selector, callback) {
          observer.selector = selector
          observer.callback = callback
        },
        disconnect() {
          observer.disconnected = true
        },
        report(result) {
          if (!observer.disconnected) observer.callback?.({ intersectionRatio: 0, ...result })
        }
      }
      observers.push(observer)
      return observer
    }
  }
  return new Proxy(known, {
    get(target, name) {
      if (name in target) return target[name]
      if (typeof name !== 'string' || name === 'then' || name === 'webpackJsonp') return undefined
      return respond(name)
    },
    has: (target, name) => name in target || typeof name === 'string'
  })
}

/**
 * Starts the app in dist/ and opens one page, as WeChat does: app.js, then the page's JS, then a
 * page instance whose onLoad/onShow/onReady run. Returns the page with its captured data.
 */
export async function openPage(dist, route, { storage = {}, systemInfo = {}, query = {}, scene = 1001, failedDownloads = 0 } = {}) {
  const calls = []
  const store = new Map(Object.entries(storage))
  const info = {
    platform: 'android',
    windowWidth: 390,
    windowHeight: 844,
    screenWidth: 390,
    pixelRatio: 3,
    SDKVersion: '3.5.0',
    fontSizeSetting: 16,
    fontSizeScaleFactor: 1,
    language: 'zh_CN',
    theme: 'light',
    ...systemInfo
  }
  const launchOptions = { path: route, query, scene }
  const observers = []
  const wx = makeWx({ storage: store, systemInfo: info, launchOptions, calls, observers })
  const errors = []
  const registry = { app: null, pages: new Map(), components: new Map() }
  let currentFile = ''
  // Short timers are part of a render settling (Taro's setData scheduling, React's scheduler,
  // Taro.nextTick's polling); WeChat's logic layer runs them, so settle() waits for them too.
  // Longer ones (clean-up after a second, say) are not.
  const timers = { pending: 0, ids: new Set() }
  const SETTLING_TIMER_MS = 200
  const trackedSetTimeout = (fn, ms, ...args) => {
    if (Number(ms) > SETTLING_TIMER_MS) return setTimeout(fn, ms, ...args)
    const id = setTimeout(() => {
      if (timers.ids.delete(id)) timers.pending--
      fn(...args)
    }, ms)
    timers.ids.add(id)
    timers.pending++
    return id
  }
  const trackedClearTimeout = (id) => {
    if (timers.ids.delete(id)) timers.pending--
    clearTimeout(id)
  }
  const sandbox = {
    wx,
    console: {
      log() {},
      info() {},
      debug() {},
      warn: (...a) => errors.push(['warn', a.join(' ')]),
      error: (...a) => errors.push(['error', a.map(String).join(' ')])
    },
    setTimeout: trackedSetTimeout,
    clearTimeout: trackedClearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    App: (config) => {
      registry.app = config
    },
    Page: (config) => {
      registry.pages.set(currentFile, config)
    },
    Component: (config) => {
      registry.components.set(currentFile, config)
    },
    Behavior: (b) => b,
    getApp: () => registry.appInstance,
    getCurrentPages: () => registry.stack.slice(),
    requirePlugin: () => ({}),
    __wxConfig: { envVersion: 'develop', platform: 'android' }
  }
  registry.stack = []
  const context = vm.createContext(sandbox)
  const cache = new Map()
  const subpackageRoots = (JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')).subPackages ?? []).map((p) => p.root)
  // Each file's own require, as WeChat gives it: relative to that file. require.async ("分包异步化")
  // reaches into a subpackage only, resolving a turn later as a download would; a path outside every
  // subpackage, or to no file, rejects with WeChat's { mod, errMsg }, and so do the first
  // `failedDownloads` calls (no network).
  let downloadsToFail = failedDownloads
  const requireFrom = (abs) => {
    const req = (rel) => load(path.join(path.dirname(abs), rel))
    req.async = (rel) =>
      new Promise((resolve, reject) => {
        const target = path.join(path.dirname(abs), rel)
        const inDist = path.relative(dist, target)
        trackedSetTimeout(() => {
          calls.push({ name: 'require.async', opts: { path: rel, resolved: inDist } })
          if (downloadsToFail > 0) {
            downloadsToFail--
            reject({ mod: rel, errMsg: 'loadSubpackage: fail network error' })
          } else if (!subpackageRoots.some((root) => inDist.startsWith(`${root}/`)))
            reject({ mod: rel, errMsg: `${inDist} is in no subpackage` })
          else if (!existsSync(target)) reject({ mod: rel, errMsg: `module "${inDist}" is not defined` })
          else resolve(load(target))
        }, 0)
      })
    return req
  }
  const load = (file) => {
    const abs = path.resolve(dist, file.endsWith('.js') ? file : `${file}.js`)
    if (cache.has(abs)) return cache.get(abs).exports
    const module = { exports: {} }
    cache.set(abs, module)
    const code = readFileSync(abs, 'utf8')
    const fn = vm.runInContext(`(function (module, exports, require) {${code}\n})`, context, { filename: abs })
    const outer = currentFile
    currentFile = path.relative(dist, abs).replace(/\.js$/, '')
    fn(module, module.exports, requireFrom(abs))
    currentFile = outer
    return module.exports
  }

  load('app')
  if (!registry.app) throw new Error('app.js did not call App()')
  const app = Object.create(registry.app)
  registry.appInstance = app
  registry.app.onLaunch?.call(app, launchOptions)
  registry.app.onShow?.call(app, launchOptions)

  load(route)
  const config = registry.pages.get(route)
  if (!config) throw new Error(`${route}.js did not call Page()`)
  const page = new WxPage(route, config, query, registry)
  page.timers = timers
  registry.stack.push(page.instance)
  await page.start()
  // With app.json tabBar.custom, WeChat attaches custom-tab-bar/ under every tab page.
  const appJson = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'))
  if (appJson.tabBar?.custom && appJson.tabBar.list.some((t) => t.pagePath === route) && scene !== 1154) {
    load('custom-tab-bar/index')
    const tabConfig = registry.components.get('custom-tab-bar/index')
    if (!tabConfig) throw new Error('custom-tab-bar/index.js did not call Component()')
    page.tabBar = new WxComponent('custom-tab-bar/index', tabConfig, route)
    page.tabBar.timers = timers
    await page.tabBar.start()
  }
  return Object.assign(page, { calls, errors, storage: store, registry, load, observers })
}

/** A custom component instance: attached/detached, methods.eh for events, setData captured. */
class WxComponent {
  constructor(is, config, pageRoute) {
    this.is = is
    this.config = config
    this.data = structuredClone(config.data || {})
    this.updates = 0
    this.pending = 0
    this.patches = []
    const self = this
    const instance = Object.create(config.methods || {})
    Object.assign(instance, {
      is,
      get data() {
        return self.data
      },
      properties: {},
      setData(patch, cb) {
        self.updates++
        // What each setData carries across to the view layer (its size is WeChat's main render cost).
        self.patches.push(JSON.stringify(patch))
        applySetData(self.data, patch)
        if (cb) {
          self.pending++
          setTimeout(() => {
            self.pending--
            cb()
          }, 0)
        }
      },
      getPageId: () => `page-${pageRoute}`,
      selectComponent: () => null,
      triggerEvent() {}
    })
    this.instance = instance
  }

  async start() {
    const attached = this.config.lifetimes?.attached ?? this.config.attached
    attached?.call(this.instance)
    await this.settle()
    this.config.pageLifetimes?.show?.call(this.instance)
    await this.settle()
  }

  async fire(sid, type, detail = {}) {
    const target = { id: sid, dataset: { sid } }
    this.config.methods.eh.call(this.instance, {
      type,
      timeStamp: Date.now(),
      target,
      currentTarget: target,
      detail,
      touches: [],
      changedTouches: []
    })
    await this.settle()
  }
}

class WxPage {
  constructor(route, config, query) {
    this.route = route
    this.config = config
    this.query = query
    this.data = structuredClone(config.data || {})
    this.updates = 0
    this.pending = 0
    this.patches = []
    const self = this
    const instance = Object.create(config)
    Object.assign(instance, {
      route,
      __route__: route,
      options: query,
      is: route,
      __wxExparserNodeId__: `page-${route}`,
      get data() {
        return self.data
      },
      setData(patch, cb) {
        self.updates++
        // What each setData carries across to the view layer (its size is WeChat's main render cost).
        self.patches.push(JSON.stringify(patch))
        applySetData(self.data, patch)
        if (cb) {
          self.pending++
          setTimeout(() => {
            self.pending--
            cb()
          }, 0)
        }
      },
      selectComponent: () => null,
      selectAllComponents: () => [],
      getTabBar: () => self.tabBar?.instance ?? null,
      getOpenerEventChannel: () => ({ on() {}, emit() {} })
    })
    this.instance = instance
  }

  async start() {
    const { config, instance } = this
    config.onLoad?.call(instance, this.query)
    config.onShow?.call(instance)
    await this.settle()
    config.onReady?.call(instance)
    await this.settle()
  }

  /** Waits until React and Taro stop calling setData (no sleeps: polls the update counter). */
  async settle() {
    let last = -1
    let quiet = 0
    for (let round = 0; round < 2000 && quiet < 5; round++) {
      await new Promise((r) => setTimeout(r, 0))
      if (this.updates === last && this.pending === 0 && !this.timers?.pending) quiet++
      else {
        quiet = 0
        last = this.updates
      }
    }
  }

  /** Fires a WeChat event on the node with this sid, as the view layer would through Taro's `eh`. */
  async fire(sid, type, detail = {}) {
    const target = { id: sid, dataset: { sid } }
    await this.tabBar?.settle()
    this.config.eh.call(this.instance, {
      type,
      timeStamp: Date.now(),
      target,
      currentTarget: target,
      detail,
      touches: [],
      changedTouches: []
    })
    await this.settle()
  }

  /** Calls a page lifecycle the way WeChat does (e.g. onShareAppMessage) and returns its result. */
  lifecycle(name, arg) {
    return this.config[name]?.call(this.instance, arg)
  }
}
WxComponent.prototype.settle = WxPage.prototype.settle
