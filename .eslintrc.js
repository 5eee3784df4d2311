const { readdirSync } = require('node:fs')
const { join } = require('node:path')

// ESLint 8 (legacy config): eslint-config-taro 4.2.0, the newest published, peers on eslint ^8.
// Taro's own React rules, plus hooks, accessibility and the layer boundaries the brief sets out.

// Taro components render to these host elements on H5; telling jsx-a11y lets its rules check them.
const TARO_HOST_ELEMENTS = {
  View: 'div',
  Text: 'span',
  Button: 'button',
  Input: 'input',
  Textarea: 'textarea',
  Image: 'img',
  Label: 'label',
  Navigator: 'a',
  ScrollView: 'div',
  Switch: 'input',
  Checkbox: 'input',
  Radio: 'input',
  Picker: 'div',
  RichText: 'div'
}

// Taro's H5 custom elements drop a boolean `false` attribute, leaving e.g. a switch without a
// state; these ARIA states must be written as `cond ? 'true' : 'false'`.
const ARIA_STATE_AS_STRING = {
  selector:
    'JSXAttribute[name.name=/^aria-(checked|expanded|pressed|selected)$/] > JSXExpressionContainer > ' +
    ':not(ConditionalExpression[consequent.raw=/^[\'"]true[\'"]$/][alternate.raw=/^[\'"]false[\'"]$/])',
  message: "Taro H5 drops boolean ARIA states: write aria-checked/expanded/pressed/selected as cond ? 'true' : 'false'."
}

// jsx-a11y checks this on host elements only; this catches it on any component (SectionTitle…).
const HEADING_NEEDS_LEVEL = {
  selector: "JSXOpeningElement:has(JSXAttribute[name.name='role'][value.value='heading']):not(:has(JSXAttribute[name.name='aria-level']))",
  message: 'role="heading" needs aria-level (screen readers otherwise announce no level).'
}

const zone = (target, from, message) => ({ target, from, message })
const BOUNDARIES = [
  // The policy is data: it may not reach into the code that reads it.
  zone('./src/policy', './src/engine', 'src/policy is data: it imports nothing from src/engine.'),
  zone('./src/policy', './src/components', 'src/policy is data: it imports nothing from the UI.'),
  zone('./src/policy', './src/pages', 'src/policy is data: it imports nothing from the UI.'),
  zone('./src/policy', './src/services', 'src/policy is data: it imports nothing from src/services.'),
  // The engine is pure: no UI, no platform wrappers.
  zone('./src/engine', './src/components', 'src/engine is pure: it imports nothing from the UI.'),
  zone('./src/engine', './src/pages', 'src/engine is pure: it imports nothing from the UI.'),
  zone('./src/engine', './src/services', 'src/engine is pure: it imports nothing from src/services.'),
  // Shared components serve pages, never the other way round.
  zone('./src/components', './src/pages', 'src/components are shared: they never import a page.'),
  // Test helpers sit under src so that tests beside the code can use them (src imports nothing from
  // tests/); the code that ships never does.
  zone(
    ['./src/!(*.test).{ts,tsx}', './src/!(test-support)/**/!(*.test).{ts,tsx}'],
    './src/test-support',
    'src/test-support is for tests: only *.test.ts(x) files import it.'
  )
]

// Features (src/features/<name>: model, view, styles, tests of one capability) see each other only
// through index.ts, their public model; so do pages, components and services. A feature has one more
// door, view.ts, for the page that shows it: its own page under src/pages/<name> (outpatient and
// maternity, WeChat subpackages), or the tab it is part of (stay and year, on pages/estimate).
// share and saved show the same bar and panel on three pages, so their index exports them. Imported from anywhere else it would pull the view, and its styles, into other
// pages: into the main package, or into the sheet 核对结算单 shares with the tab.
// The page that shows a feature's view (view.ts): its own page, or the tab it is a part of.
const VIEW_HOST = { stay: 'estimate', year: 'estimate' }
const hostOf = (feature) => VIEW_HOST[feature] ?? feature
const FEATURES = readdirSync(join(__dirname, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const PAGES = readdirSync(join(__dirname, 'src/pages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
const FEATURE_BOUNDARIES = FEATURES.flatMap((feature) => {
  const from = `./src/features/${feature}`
  const onlyIndex = (target) => ({
    target,
    from,
    except: ['./index.ts'],
    message: `Use features/${feature} through its index.ts only (its public face).`
  })
  return [
    ...FEATURES.filter((other) => other !== feature).map((other) => onlyIndex(`./src/features/${other}`)),
    ...PAGES.filter((page) => page !== hostOf(feature)).map((page) => onlyIndex(`./src/pages/${page}`)),
    onlyIndex('./src/components'),
    onlyIndex('./src/services'),
    onlyIndex('./src/custom-tab-bar'),
    {
      target: `./src/pages/${hostOf(feature)}`,
      from,
      except: ['./index.ts', './view.ts'],
      message: `pages/${hostOf(feature)} shows features/${feature} through view.ts; everything else through index.ts.`
    }
  ]
})

// Neither layer may touch the platform or React, by package name (no-restricted-paths sees files).
const PURE_PACKAGES = {
  patterns: [{ group: ['@tarojs/*', 'react', 'react-dom', 'react/*'], message: 'src/policy and src/engine are pure: no Taro, no React.' }]
}

// Money arithmetic lives in the engine: the UI shows the strings it returns (and its difference,
// percentOf, paidRange where a page needs one more figure).
const MONEY_IN_ENGINE = {
  paths: [{ name: 'decimal.js', message: 'Money arithmetic belongs in src/engine: call an engine function that returns the figure.' }]
}

module.exports = {
  root: true,
  // prettier last: formatting is Prettier's (npm run lint checks it), so no ESLint rule argues with it.
  extends: ['taro/react', 'plugin:react-hooks/recommended', 'plugin:jsx-a11y/recommended', 'prettier'],
  plugins: ['react-hooks', 'jsx-a11y'],
  settings: {
    'jsx-a11y': { components: TARO_HOST_ELEMENTS },
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] } }
  },
  rules: {
    // React 18 automatic runtime (tsconfig "jsx": "react-jsx"), as in Taro's own project template.
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    // decimal.js and fast-check export their main object both as default and by name, and their
    // documentation imports the default; these two rules flag exactly that idiom.
    'import/no-named-as-default': 'off',
    'import/no-named-as-default-member': 'off',
    'react-hooks/exhaustive-deps': 'error',
    // Tappable View/Text get tabIndex and Enter/Space from components/tappable, so the recommended
    // click-events-have-key-events and interactive-supports-focus rules stay on.
    'jsx-a11y/tabindex-no-positive': 'error',
    'jsx-a11y/role-has-required-aria-props': 'error',
    'no-restricted-syntax': ['error', ARIA_STATE_AS_STRING, HEADING_NEEDS_LEVEL],
    'import/no-restricted-paths': ['error', { zones: [...BOUNDARIES, ...FEATURE_BOUNDARIES] }],
    'import/no-cycle': ['error', { ignoreExternal: true }]
  },
  overrides: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      parserOptions: { warnOnUnsupportedTypeScriptVersion: false }
    },
    {
      files: ['src/**'],
      excludedFiles: ['src/engine/**'],
      rules: { 'no-restricted-imports': ['error', MONEY_IN_ENGINE] }
    },
    {
      files: ['src/engine/**'],
      rules: { 'no-restricted-imports': ['error', PURE_PACKAGES] }
    },
    {
      files: ['src/policy/**'],
      rules: { 'no-restricted-imports': ['error', { ...PURE_PACKAGES, ...MONEY_IN_ENGINE }] }
    },
    {
      // Node-side code: build config, scripts and test harnesses.
      files: ['config/**', 'scripts/**', 'e2e/**', 'tests/**', '*.js', '*.mjs'],
      env: { node: true, jest: true },
      rules: { 'import/no-commonjs': 'off' }
    }
  ]
}
