// Plain words on the paths of two residents at 390×844 (issue 22): 王阿姨, 67, Weihai, care mode on,
// a poverty-household stay; 小李, 32, a Weifang employee expecting a child, normal mode. On every
// page, with content on screen: sources folded behind the same 查看来源/来源 button (none open before
// a tap), no statement said twice, each listed jargon word tappable where it appears, and the Weihai
// pages say beside 威海市 that the figures come from 文登区's announcement. Each path in both modes.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, seedBeforeBoot, settled, shot, SCREENSHOTS } from './harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

const visible = (page) => page.locator('.taro_page:visible, .taro_router > div:visible').last()

async function openPage(page, path) {
  await page.goto('about:blank')
  await page.goto(`${app.origin}/#/${path}`)
  await page.waitForSelector('.page:visible')
  await settled(page)
}

async function radio(page, group, text) {
  await visible(page).locator(`[data-testid=${group}] [role=radio]`, { hasText: text }).first().click()
}

async function fill(page, field, text) {
  await visible(page).locator(`[data-field=${field}] input`).first().fill(text)
}

/** The words of issue 22's list, as they appear in page text, and the term each is explained by. */
const TERMS = [
  { id: 'poolingPaid', words: /统筹基金支付/ },
  { id: 'specialDrug', words: /大病保险特药/ },
  { id: 'keyAssistance', words: /重点救助对象/ },
  { id: 'reassistance', words: /再救助/ },
  { id: 'tiltPayment', words: /倾斜支付/ },
  { id: 'networkedSettlement', words: /联网结算/ },
  { id: 'waitingArrears', words: /免责期|欠费期/ },
  { id: 'monthlyBase', words: /月缴费基数/ },
  { id: 'tiers', words: /一档|二档/ }
]

/** What a person sees on the page: its lines of text, outside term explanations and the region bar. */
function readPage() {
  const root = [...document.querySelectorAll('.page')].find((el) => el.getClientRects().length)
  const shown = (el) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0
  }
  const clone = root.cloneNode(true)
  document.body.appendChild(clone)
  clone.style.position = 'absolute'
  clone.style.left = '-10000px'
  clone.style.width = `${root.getBoundingClientRect().width}px`
  for (const el of clone.querySelectorAll('.term, .tab-bar, .custom-tab-bar, .taro-tabbar__tabbar')) el.remove()
  const text = clone.innerText
  // Headings, field labels and checklist items name things and are not statements (a card's heading
  // names the situation chosen, an explanation names the field, a rule names a paper to bring); nor
  // is whom a date tool is for, which issue 19 has each tool say before its input even where the rule
  // above says it.
  for (const el of clone.querySelectorAll('[role=heading], .field__label, .remote-card__region, .checklist__text, .date-tool__for'))
    el.remove()
  const statements = clone.innerText
  clone.remove()
  return {
    lines: text
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    statements: statements
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    openSources: [...root.querySelectorAll('.source-note')].filter(shown).map((el) => el.textContent.trim().slice(0, 40)),
    terms: [...root.querySelectorAll('[data-term]')].filter(shown).map((el) => el.getAttribute('data-term')),
    regionNote: root.querySelector('.region-bar')?.textContent ?? ''
  }
}

/**
 * Statements said twice: a line that is another line, or sits inside it (the rule quoted again as
 * whom a tool is for, the same sentence in a summary and in the details). Figures, field hints and
 * headings shorter than a sentence are not statements.
 */
function repeated(lines) {
  const statements = [...new Set(lines)].filter((l) => l.length >= 14 && !/^[¥\d,.\s%]+$/.test(l))
  const counts = new Map()
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1)
  const twice = statements.filter((l) => counts.get(l) > 1).map((l) => `${l.slice(0, 30)} ×${counts.get(l)}`)
  for (const a of statements) {
    for (const b of statements) if (a !== b && b.includes(a)) twice.push(`${a.slice(0, 30)} ⊂ ${b.slice(0, 30)}`)
  }
  return twice
}

async function audit(page, name, failures, { weihai, once = [] }) {
  await settled(page)
  const seen = await page.evaluate(readPage)
  // short phrases the issue found said several times (产假98天 three times)
  for (const phrase of once) {
    const n = seen.statements.join('\n').split(phrase).length - 1
    if (n !== 1) failures.push(`${name}: "${phrase}" said ${n} times`)
  }
  await shot(page, `plain-${name}`)
  await page.screenshot({ path: `${SCREENSHOTS}plain-${name}-full.png`, fullPage: true })
  if (seen.openSources.length) failures.push(`${name}: sources shown unfolded: ${JSON.stringify(seen.openSources.slice(0, 3))}`)
  const twice = repeated(seen.statements)
  if (twice.length) failures.push(`${name}: said more than once: ${JSON.stringify(twice.slice(0, 6))}`)
  const text = seen.lines.join('\n')
  for (const t of TERMS) {
    if (t.words.test(text) && !seen.terms.includes(t.id))
      failures.push(`${name}: "${text.match(t.words)[0]}" on the page without its explanation (${t.id})`)
  }
  if (weihai && !/威海市.*据文登区医疗保障局公布/.test(seen.regionNote))
    failures.push(`${name}: 威海市 without saying the figures are 文登区's (${seen.regionNote})`)
}

for (const care of ['on', 'off']) {
  test(`王阿姨 (67, Weihai, care mode ${care}): sources folded, each statement once, jargon explained, 文登区 named`, async () => {
    const { page, context, problems } = await openPhone(app)
    await seedBeforeBoot(page, app, { 'ybt:region': 'weihai', 'ybt:care-mode': care })
    const failures = []
    await openPage(page, 'pages/contribution/index')
    await audit(page, `${care}-wang-contribution`, failures, { weihai: true })

    await openPage(page, 'pages/estimate/index')
    await radio(page, 'est-tier', '一档')
    await radio(page, 'est-level', '三级医院')
    await fill(page, 'est-total', '12万')
    await fill(page, 'est-compliant', '100000')
    await fill(page, 'est-deductible', '1000')
    await radio(page, 'est-poverty', '是')
    await visible(page).locator('[data-testid=patient-share]').filter({ hasText: '¥26,240.00' }).first().waitFor()
    await audit(page, `${care}-wang-estimate`, failures, { weihai: true })

    await openPage(page, 'pages/remote/index')
    await visible(page).locator('[data-testid=remote-choice][data-situation=emergency]').click()
    await visible(page).locator('[data-testid=remote-card][data-situation=emergency]').waitFor()
    await audit(page, `${care}-wang-remote`, failures, { weihai: true })

    await openPage(page, 'pages/faq/index')
    await visible(page).locator('.faq__search-input input').fill('断缴了怎么办')
    await visible(page).locator('[data-testid=faq-answer]').first().waitFor()
    await audit(page, `${care}-wang-faq`, failures, { weihai: true })

    assert.deepEqual(failures, [])
    assert.deepEqual(problems.consoleErrors, [])
    await context.close()
  })

  test(`小李 (32, Weifang employee, expecting, care mode ${care}): sources folded, each statement once, jargon explained`, async () => {
    const { page, context, problems } = await openPhone(app)
    await seedBeforeBoot(page, app, { 'ybt:region': 'weifang', 'ybt:care-mode': care })
    const failures = []
    await openPage(page, 'pages/contribution/index')
    await visible(page).locator('[data-testid=open-employee]').click()
    await visible(page).locator('[data-testid=employee-rules]').waitFor()
    await audit(page, `${care}-li-contribution`, failures, { weihai: false })

    // 生育测算 is its own page, reached from the 报销测算 tab
    await openPage(page, 'pages/maternity/index')
    await visible(page).locator('[data-testid=mat-caesarean]').click()
    await fill(page, 'mat-wage', '6000')
    await visible(page).locator('[data-testid=allowance-amount]').filter({ hasText: '¥22,600.00' }).waitFor()
    await audit(page, `${care}-li-estimate`, failures, { weihai: false, once: ['产假98天', '剖宫产增加15天'] })

    // her parents' kind of stay in 安丘: the slip's 统筹基金支付, 重点救助对象, a poverty household with 特药
    await openPage(page, 'pages/estimate/index')
    await radio(page, 'est-tier', '一档')
    await fill(page, 'est-total', '80000')
    await fill(page, 'est-compliant', '70000')
    await radio(page, 'est-basic-source', '统筹基金支付')
    await fill(page, 'est-basic-paid', '35000')
    await radio(page, 'est-poverty', '是')
    await radio(page, 'est-assistance', '重点救助对象')
    await radio(page, 'est-county', '安丘市')
    await fill(page, 'est-special-drug', '10000')
    await visible(page).locator('[data-testid=patient-share]').first().waitFor()
    await audit(page, `${care}-li-estimate-anqiu-stay`, failures, { weihai: false })

    await openPage(page, 'pages/remote/index')
    await visible(page).locator('[data-testid=remote-choice][data-situation=emergency]').click()
    await visible(page).locator('[data-testid=remote-card][data-situation=emergency]').waitFor()
    await audit(page, `${care}-li-remote`, failures, { weihai: false })

    await openPage(page, 'pages/faq/index')
    await visible(page).locator('.faq__search-input input').fill('外地生孩子能报销吗')
    await visible(page).locator('[data-testid=faq-answer]').first().waitFor()
    await audit(page, `${care}-li-faq`, failures, { weihai: false })

    assert.deepEqual(failures, [])
    assert.deepEqual(problems.consoleErrors, [])
    await context.close()
  })
}
