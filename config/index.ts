import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { BundleReportPlugin, PreloadFirstScreenPlugin } from './bundle-report'
import { FaqBookPlugin, PolicyQuotesPlugin, TermBooksPlugin } from './faq-book-plugin'
import WECHAT_ARIA from '../src/services/wechat-aria-attributes.json'
import devConfig from './dev'
import prodConfig from './prod'

// WeChat: the ARIA attributes Taro's base templates leave out (src/services/wechat-aria-attributes.json);
// the runtime learns the same list in services/wechat-aria.ts.
function addWeChatAria(chain: any) {
  chain.plugin('miniPlugin').tap((args: any[]) => {
    const { internalComponents } = args[0].combination.config.template
    for (const [component, attributes] of Object.entries(WECHAT_ARIA.components)) {
      for (const attribute of attributes) internalComponents[component][attribute] = ''
    }
    return args
  })
}

// scripts/size.mjs asks for a module-per-chunk report of each build it weighs.
// The report names the first page too, so the size script reads it from here rather than parsing again.
function reportBundle(chain: any) {
  if (process.env.YBT_STATS) chain.plugin('bundle-report').use(BundleReportPlugin, [process.env.YBT_STATS, firstPage()])
}

/** The first page of app.config.ts (its first literal page, or the first of the tabs it lists): what "/" shows. */
function firstPage(): string {
  const sourceDir = resolve(__dirname, '..', process.env.YBT_SOURCE_ROOT || 'src')
  const appConfig = readFileSync(resolve(sourceDir, 'app.config.ts'), 'utf8')
  const tabs = existsSync(resolve(sourceDir, 'tabs.ts')) ? readFileSync(resolve(sourceDir, 'tabs.ts'), 'utf8') : ''
  const first = /pages:\s*\[\s*'([^']+)'/.exec(appConfig)?.[1] ?? /pagePath:\s*'([^']+)'/.exec(tabs)?.[1]
  if (!first) throw new Error(`no first page in ${sourceDir}/app.config.ts`)
  return first
}

// Taro's mini-program minifier writes ASCII only (every Chinese character as \uXXXX, 6 bytes instead
// of 3). Measured for this app (npm run size; see docs/performance.md), UTF-8 output is chosen for
// both targets. YBT_ASCII_ONLY=1 or =0 forces one way, to measure the other.
/** Terser's defaults, which Taro's mini-program config turns off (webpack5-runner MiniBaseConfig). */
const FULL_COMPRESSION = {
  arrows: true,
  collapse_vars: true,
  comparisons: true,
  computed_props: true,
  hoist_props: true,
  inline: true,
  loops: true,
  negate_iife: true,
  properties: true,
  reduce_funcs: true,
  reduce_vars: true,
  switches: true,
  typeofs: true,
  passes: 2
}

const asciiOnly = (fallback: boolean) => (process.env.YBT_ASCII_ONLY === undefined ? fallback : process.env.YBT_ASCII_ONLY === '1')

// H5: everything two or more pages use (engine, packs, decimal.js, dayjs, shared components, the Taro
// component wrappers) goes into one shared chunk, loaded with the first page; each page chunk keeps
// only its own modules and loads on navigation. Without this every page chunk carried its own copy.
function shareH5Chunks(chain: any) {
  chain.optimization.merge({
    splitChunks: {
      cacheGroups: {
        shared: { name: 'shared', chunks: 'async', minChunks: 2, priority: 50, reuseExistingChunk: true, enforce: true },
        // What the three estimator pages share (报销测算 and its 门诊/生育 pages) is theirs alone: in the
        // shared chunk every first visit (缴费查询) would download it.
        estimators: {
          name: 'estimators',
          test: /[\\/]src[\\/](pages[\\/]estimate|features|components[\\/]estimate-form)[\\/]/,
          chunks: 'async',
          minChunks: 2,
          priority: 60,
          reuseExistingChunk: true,
          enforce: true
        }
      }
    }
  })
  chain.plugin('preload-first-screen').use(PreloadFirstScreenPlugin, [firstPage()])
}

// The engine and the policy packs only define and export (no module does anything when loaded): a
// page bundles what it uses from the engine's index, not every function the index re-exports, so
// the rules of a subpackage tool stay in that subpackage.
function pureEngine(chain: any) {
  chain.module
    .rule('pure-engine')
    .test(/[\\/]src[\\/](engine|policy)[\\/].*\.ts$/)
    .sideEffects(false)
}

// WeChat: the policy data's verbatim quotes wait in the 关于 subpackage (config/policy-quotes.js); the
// packs in the main package carry a key for each, before any other loader reads them.
function quotesLater(chain: any) {
  chain.module
    .rule('policy-quotes')
    .test(/[\\/]src[\\/]policy[\\/][^\\/]+\.ts$/)
    .enforce('pre')
    .use('policy-quotes')
    .loader(resolve(__dirname, 'policy-quotes.js'))
  chain.plugin('policy-quotes').use(PolicyQuotesPlugin)
}

// YBT_FICTIONAL_PACK=1 (npm run build:h5:fictional-year, into dist-fictional): the clearly fictional
// Weihai 2021 from tests/fixtures is registered before the app starts, so the browser tests can show
// that a new year is data. Only this build contains it; e2e/no-fixture-shipped.test.mjs checks the
// normal one does not.
const FICTIONAL_YEAR = process.env.YBT_FICTIONAL_PACK === '1'
const FIXTURES = resolve(__dirname, '..', 'tests', 'fixtures')
function registerFictionalYear(chain: any) {
  if (FICTIONAL_YEAR) chain.entry('app').prepend(resolve(FIXTURES, 'register-fictional-year.ts'))
}

export default defineConfig<'webpack5'>(async (merge) => {
  if (FICTIONAL_YEAR && process.env.TARO_ENV !== 'h5') throw new Error('YBT_FICTIONAL_PACK=1 is for the H5 test build only')
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yibaotong',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    // YBT_SOURCE_ROOT builds the floor app (scripts/floor-app/src) with this same config.
    sourceRoot: process.env.YBT_SOURCE_ROOT || 'src',
    // TARO_OUTPUT lets parallel work build into its own folder without clobbering dist-h5.
    outputRoot: process.env.TARO_OUTPUT || (process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist'),
    plugins: [],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Both targets: the minifier's output encoding (Taro's mini-program default is ASCII only). WeChat:
    // terser's own compression, which Taro's mini-program defaults switch off (no inlining, no variable
    // reduction); H5 has it already. A first open downloads 9 KB less (docs/performance.md);
    // YBT_TARO_TERSER=1 measures Taro's defaults.
    terser: {
      enable: true,
      config: {
        output: { ascii_only: asciiOnly(false) },
        ...(process.env.TARO_ENV === 'h5' || process.env.YBT_TARO_TERSER === '1' ? {} : { compress: FULL_COMPRESSION })
      }
    },
    cache: {
      enable: true,
      name: `${process.env.TARO_ENV}-${process.env.TARO_OUTPUT || 'default'}`,
      // A cached policy module keeps the quote keys of the loader that built it: a new loader rebuilds it.
      buildDependencies: { loaders: [resolve(__dirname, 'policy-quotes.js')] }
    },
    mini: {
      // WeChat has no recursive templates: base.wxml repeats every element's template once per level
      // (about 3.5 KB each), and a subtree deeper than baseLevel renders through Taro's comp. At 12
      // the estimator with a result has 3 comps and base.wxml is 14 KB smaller than at Taro's 16
      // (docs/performance.md); what the page observes by id stays in its own template (tests/build).
      // YBT_BASE_LEVEL measures another depth.
      // Taro reads it (webpack5-runner's template options) but its config type does not list it.
      ...({ baseLevel: Number(process.env.YBT_BASE_LEVEL || 12) } as object),
      // Component stylesheets are independent of each other's order (each uses only the tokens).
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        pureEngine(chain)
        reportBundle(chain)
        addWeChatAria(chain)
        // The floor app (YBT_SOURCE_ROOT) has no FAQ and no policy data.
        if ((process.env.YBT_SOURCE_ROOT || 'src') === 'src') {
          chain.plugin('faq-book').use(FaqBookPlugin)
          chain.plugin('term-books').use(TermBooksPlugin)
          quotesLater(chain)
        }
        if (process.env.YBT_ANALYZE) chain.optimization.merge({ concatenateModules: false, moduleIds: 'named' })
      }
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        pureEngine(chain)
        shareH5Chunks(chain)
        reportBundle(chain)
        registerFictionalYear(chain)
      },
      // The fixtures sit outside src: compiled like it, in the fictional build only.
      ...(FICTIONAL_YEAR ? { compile: { include: [FIXTURES] } } : {})
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
