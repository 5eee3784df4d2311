// 报销测算 in Chromium on the H5 build: stays entered field by field, the tier comparison, saved
// estimates across a reload, share links (good and tampered), and the result in care mode.
//
// Expected figures are worked out by hand from the two documents (POLICY-READING §2–§5):
// Weihai, 一档, level 3, T = 120,000, C = 100,000, deductible 1,000, poverty household:
//   basic (100,000 − 1,000) × 50% = 49,500 → P1 = 50,500
//   大病 (50,500 − 5,000) × 65% = 29,575 → P2 = 20,925
//   机构减免 min(20,000 × 10%, 200) = 200
//   救助 (20,925 − 20,000) × 70% = 647.50 → 20,277.50
//   商业补充 20,277.50 − 9.8% × 100,000 = 10,477.50 → 9,800
//   再救助 (9,800 − 5,000) × 70% = 3,360 → 6,440
//   patient: 6,440 + (20,000 − 200) = 26,240
// Weifang, 一档, T = 80,000, C = 70,000, slip 统筹基金支付 35,000, 重点救助对象:
//   P1 = 35,000; 大病 (35,000 − 12,000) × 60% = 13,800 → 21,200; 救助 40% = 8,480 → 12,720;
//   再救助 (12,720 − 5,000) × 70% = 5,404 → 7,316; patient 7,316 + 10,000 = 17,316
// Weihai 一档 vs 二档, level 3, C = 100,000, deductible 1,000:
//   一档 99,000 × 50% = 49,500; 二档 39,000 × 55% + 60,000 × 70% = 63,450; difference 13,950;
//   yearly contribution 650 − 450 = 200 per adult.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { startApp, openPhone, goto, chooseRegion, shot, settled, typeInto, SCREENSHOTS, choose, sealed } from './harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

const PAGE = 'pages/estimate/index'

/** 门诊 and 生育 are pages of their own, opened from the tab's links (a subpackage on WeChat). */
async function openTool(page, mode) {
  await page.locator(`[data-testid=open-${mode}]`).first().click()
  await page.waitForFunction((m) => window.location.hash.includes(`pages/${m}/index`), mode)
}

async function fill(page, field, text) {
  await typeInto(page, `[data-field=${field}]`, text)
}

async function layers(page) {
  return page
    .locator('[data-testid=layer]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-layer'), el.querySelector('[data-testid=layer-amount]').textContent.trim()])
    )
}

async function fullShot(page, name) {
  await settled(page)
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true })
}

async function scrollTo(page, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded()
  await page.evaluate(() => window.scrollBy(0, -120))
}

function noProblems(problems) {
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
}

async function enterWeihaiPovertyStay(page) {
  await choose(page, 'est-tier', '一档')
  await choose(page, 'est-level', '三级医院')
  await fill(page, 'est-total', '12万')
  await page.locator('[data-testid=est-total-echo]').filter({ hasText: '= 120,000.00 元' }).waitFor()
  await fill(page, 'est-compliant', '100,000')
  await fill(page, 'est-deductible', '1000')
  await choose(page, 'est-poverty', '是')
  await page.locator('[data-testid=patient-share]').filter({ hasText: '¥26,240.00' }).waitFor()
}

test('a Weihai poverty-household stay entered field by field shows the patient share and the six layers', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '威海市')
  await page.locator('[data-testid=estimate-status]').waitFor()
  await shot(page, 'estimate-weihai-empty')
  // Only what the answer cannot do without (the compliant part and the deductible may stay blank),
  // said once, in the sticky bar.
  const missing = await page.locator('[data-testid=sticky-missing]').innerText()
  assert.match(missing, /还需要：缴费档次、医院级别、住院总费用/)
  assert.doesNotMatch(missing, /政策范围内费用|起付标准/)
  assert.doesNotMatch(await page.locator('[data-testid=estimate-status]').innerText(), /还需要：/)
  assert.equal(await page.locator('[data-field=est-deductible] input').inputValue(), '', 'the deductible is not pre-filled')

  await enterWeihaiPovertyStay(page)
  assert.equal(await page.locator('[data-testid=patient-share]').innerText(), '¥26,240.00')
  assert.deepEqual(await layers(page), [
    ['basic', '¥49,500.00'],
    ['critical', '¥29,575.00'],
    ['hospitalWaiver', '¥200.00'],
    ['assistance', '¥647.50'],
    ['commercial', '¥10,477.50'],
    ['reassistance', '¥3,360.00']
  ])
  const fontSize = await page.locator('[data-testid=patient-share]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const bodySize = await page
    .locator('.estimate-result__label')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  assert.ok(fontSize > bodySize * 1.5, `patient share in large type (${fontSize}px vs ${bodySize}px)`)
  const bar = page.locator('[data-testid=breakdown-bar] [role=img]')
  assert.match(await bar.getAttribute('aria-label'), /基本医保统筹基金¥49,500\.00.*个人负担¥26,240\.00；合计¥120,000\.00/)
  const widths = await page.locator('.breakdown-bar__segment').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))
  const track = await bar.evaluate((el) => el.getBoundingClientRect().width)
  assert.ok(Math.abs(widths.reduce((a, b) => a + b, 0) - track) < 2, 'segments fill the bar')
  await scrollTo(page, '[data-testid=patient-share]')
  await shot(page, 'estimate-weihai-poverty-result')

  await page.locator('[data-layer=commercial] [role=button]').click()
  const detail = page.locator('[data-layer=commercial] [data-testid=layer-detail]')
  await detail.waitFor()
  assert.match(await detail.innerText(), /9\.8%/)
  // its sources folded behind the same 查看来源 as everywhere else
  assert.doesNotMatch(await detail.innerText(), /原文/)
  await detail.locator('[data-testid=source-toggle]', { hasText: '查看来源' }).click()
  assert.match(await detail.innerText(), /原文：“确保个人累计负担合规住院医疗费用的9\.8%”/)
  await scrollTo(page, '[data-layer=commercial]')
  await shot(page, 'estimate-weihai-layer-detail')
  await fullShot(page, 'estimate-weihai-poverty-full')
  noProblems(problems)
  await context.close()
})

test('a Weifang stay with the slip figure shows 大病 and 救助 (and greys what is not published)', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '潍坊市')
  assert.ok(await page.locator('[data-field=est-ratio]').count(), 'Weifang asks for the ratio')
  await choose(page, 'est-tier', '一档')
  await fill(page, 'est-total', '80000')
  await fill(page, 'est-compliant', '70000')
  await choose(page, 'est-basic-source', '统筹基金支付')
  await fill(page, 'est-basic-paid', '35000')
  await choose(page, 'est-assistance', '重点救助对象')
  // 救助 and 再救助 are 安丘市's rules: counted only for someone insured there. 40% with no published
  // cap makes 救助 an upper bound (the share may be higher), but 减免 and 商业 are named without
  // figures (it may be lower): the share is the published figures' answer, not "至少".
  await choose(page, 'est-county', '安丘市')
  await page.locator('[data-testid=patient-share]').filter({ hasText: '¥17,316.00' }).waitFor()
  assert.equal(await page.locator('[data-testid=patient-share]').innerText(), '¥17,316.00')
  assert.match(await page.locator('[data-testid=patient-share-less]').innerText(), /实际可能更少/)
  assert.match(await page.locator('[data-testid=patient-share-more]').innerText(), /实际可能更多，因为：医疗救助年度限额（文件未公布）/)
  assert.deepEqual(await layers(page), [
    ['basic', '¥35,000.00'],
    ['critical', '¥13,800.00'],
    ['hospitalWaiver', '未公布'],
    ['assistance', '最多 ¥8,480.00'],
    ['commercial', '未公布'],
    ['reassistance', '¥5,404.00']
  ])
  const reason = await page.locator('[data-layer=hospitalWaiver] [data-testid=layer-reason]').innerText()
  assert.match(reason, /访谈未给出减免标准/)
  assert.equal(await page.locator('[data-testid=tier-comparison]').count(), 0, 'no tier comparison for Weifang')
  await scrollTo(page, '[data-testid=patient-share]')
  await shot(page, 'estimate-weifang-slip-result')
  await scrollTo(page, '[data-layer=critical]')
  await shot(page, 'estimate-weifang-slip-layers')
  await fullShot(page, 'estimate-weifang-slip-full')
  noProblems(problems)
  await context.close()
})

test('switching the tier updates the 一档/二档 comparison', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '威海市')
  await choose(page, 'est-tier', '一档')
  await choose(page, 'est-level', '三级医院')
  await fill(page, 'est-total', '100000')
  // The shortcut leaves the compliant part unknown (a copy of the total would claim every yuan is
  // reimbursable) and says so; the comparison waits for the compliant part.
  await page.locator('[data-testid=assume-total]').click()
  assert.equal(await page.locator('[data-field=est-compliant] input').inputValue(), '')
  assert.match(await page.locator('[data-testid=assumed-notice]').innerText(), /政策范围内费用先不填/)
  await fill(page, 'est-deductible', '1000')
  await page.locator('[data-testid=tier-hint]').waitFor()
  // An ordinary resident: 大病 unpublished can only lower the share, the compliant part only raise
  // it, so there is no one figure yet — the page says what is missing and offers the field.
  await page.locator('[data-testid=patient-share-caveat]').waitFor()
  assert.match(await page.locator('[data-testid=patient-share-missing]').innerText(), /政策范围内费用（未填写，按总费用估算）/)
  await page.locator('[data-testid=patient-share-offer-compliantCost]').waitFor()
  await scrollTo(page, '[data-testid=assumed-notice]')
  await shot(page, 'estimate-assume-total')
  await page.locator('[data-testid=patient-share]').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await shot(page, 'estimate-compliant-unknown-result')
  await fill(page, 'est-compliant', '100000')
  const summary = page.locator('[data-testid=tier-summary]')
  await summary.waitFor()
  assert.equal(await summary.innerText(), '如果改交二档：这次住院基本医保多报 ¥13,950.00，每位成年人每年多交 ¥200.00。')
  assert.match(await page.locator('[data-testid=tier-basic]').innerText(), /¥49,500\.00\s+¥63,450\.00/)
  await scrollTo(page, '[data-testid=tier-comparison]')
  await shot(page, 'estimate-tier-1')

  await choose(page, 'est-tier', '二档')
  await summary.filter({ hasText: '如果只交一档' }).waitFor()
  assert.equal(await summary.innerText(), '如果只交一档：这次住院基本医保少报 ¥13,950.00，每位成年人每年少交 ¥200.00。')
  assert.equal(await page.locator('[data-layer=basic] [data-testid=layer-amount]').innerText(), '¥63,450.00')
  await scrollTo(page, '[data-testid=tier-comparison]')
  await shot(page, 'estimate-tier-2')
  noProblems(problems)
  await context.close()
})

test('a saved estimate survives a reload and reopens with the same result', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '威海市')
  await enterWeihaiPovertyStay(page)
  await typeInto(page, '[data-field=saved-name]', '爸爸 三院住院')
  await page.locator('[data-testid=save-estimate]').click()
  await page.locator('[data-testid=saved-message]').filter({ hasText: '已保存“爸爸 三院住院”' }).waitFor()

  await page.reload()
  await page.locator('[data-testid=saved-item]').waitFor()
  assert.equal(await page.locator('[data-field=est-total] input').inputValue(), '', 'a reload starts with a blank form')
  const item = page.locator('[data-testid=saved-item]')
  assert.match(await item.innerText(), /爸爸 三院住院[\s\S]*威海市 · 2020年度政策 · 住院 · 保存于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  await scrollTo(page, '[data-testid=saved-item]')
  await shot(page, 'estimate-saved-after-reload')
  await item.locator('[data-testid=saved-open]').click()
  await page.locator('[data-testid=patient-share]').filter({ hasText: '¥26,240.00' }).waitFor()
  assert.equal(await page.locator('[data-field=est-total] input').inputValue(), '120000')
  assert.match(await page.locator('[data-testid=estimate-banner]').innerText(), /已打开保存的测算“爸爸 三院住院”/)
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(page, 'estimate-saved-reopened')

  await item.locator('[data-testid=saved-delete]').click()
  await item.locator('[data-testid=saved-delete]', { hasText: '确认删除' }).click()
  await page.locator('[data-testid=saved-empty]').waitFor()
  noProblems(problems)
  await context.close()
})

test('a share link opens the same stay on a phone with no region; a tampered one opens blank with a notice', async () => {
  // A version-2 code names its policy year; y1 is 安丘市 (where the key-group rules apply).
  const code = sealed('2_wf_2020_i_t1_T80000_C70000_b1_p35000_a1_y1')
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, `${PAGE}?e=${code}`)
  await page
    .locator('[data-testid=patient-share]')
    .filter({ hasText: /^¥17,316\.00$/ })
    .waitFor()
  assert.equal(await page.locator('.region-bar__option--active').innerText(), '潍坊市')
  assert.match(await page.locator('[data-testid=estimate-banner]').innerText(), /已打开分享的测算（潍坊市·住院），按2020年度政策测算/)
  await context.close()

  // A version-1 link, made before links carried a year, opens under the 2020 rules.
  const v1 = await openPhone(app)
  await goto(v1.page, app, `${PAGE}?e=${sealed('1_wf_i_t1_T80000_C70000_b1_p35000_a1')}`)
  await v1.page.locator('[data-testid=patient-share]').filter({ hasText: '¥31,200.00' }).waitFor()
  assert.match(await v1.page.locator('[data-testid=estimate-banner]').innerText(), /按2020年度政策测算/)
  await shot(v1.page, 'estimate-share-v1-received')
  noProblems(v1.problems)
  await v1.context.close()

  const again = await openPhone(app)
  await goto(again.page, app, `${PAGE}?e=${code}`)
  await again.page
    .locator('[data-testid=patient-share]')
    .filter({ hasText: /^¥17,316\.00$/ })
    .waitFor()
  const page2 = again.page
  await shot(page2, 'estimate-share-received')
  noProblems(problems)
  await again.context.close()

  const second = await openPhone(app)
  await goto(second.page, app, PAGE)
  await chooseRegion(second.page, '威海市')
  await goto(second.page, app, `${PAGE}?e=${code.replace('T80000', 'T90000')}`)
  await second.page.reload()
  const banner = second.page.locator('[data-testid=estimate-banner]')
  await banner.waitFor()
  assert.match(await banner.innerText(), /分享链接不完整或已被改动/)
  assert.equal(await second.page.locator('[data-field=est-total] input').inputValue(), '')
  assert.equal(await second.page.locator('[data-testid=patient-share]').count(), 0)
  assert.equal(await second.page.locator('.region-bar__option--active').innerText(), '威海市')
  await shot(second.page, 'estimate-share-tampered')
  noProblems(again.problems)
  noProblems(second.problems)
  await second.context.close()
})

test('Weihai 肾透析 (定额结算): "最多 ¥8,000.00" with its reason right under it; the assistance card says "至少" and counts a ledger bill once', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '威海市')
  await openTool(page, 'outpatient')
  await choose(page, 'out-kind', '肾衰、透析、抗排异（定额结算）')
  await choose(page, 'out-tier', '一档')
  await fill(page, 'out-cost', '10000')
  // 10,000 × 80% = 8,000: the quota is not published, so this is the most the fund pays.
  const figure = page.locator('[data-testid=outpatient-amount]')
  await figure.filter({ hasText: '最多 ¥8,000.00' }).waitFor()
  assert.equal((await figure.textContent()).trim(), '最多 ¥8,000.00')
  const reason = page.locator('[data-testid=outpatient-amount-less]')
  assert.equal((await reason.textContent()).trim(), '实际可能更少，因为：定额结算的定额标准（文件未公布）。')
  // Right under the figure, and on screen with it (above the tab bar) once the figure is in view.
  await figure.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const f = await figure.boundingBox()
  const r = await reason.boundingBox()
  // 门诊 is a page of its own, not a tab: no tab bar there, so the reason only has to be on screen.
  // The tab page it came from is hidden once the navigation settles (on a busy machine, a moment
  // after the 门诊 page's figure shows): wait for that, then count.
  const tabItems = page.locator('.tab-bar__item:visible')
  await page
    .waitForFunction(() => [...document.querySelectorAll('.tab-bar__item')].every((el) => el.getClientRects().length === 0), null, {
      timeout: 10000
    })
    .catch(() => {})
  assert.equal(await tabItems.count(), 0, 'no tab bar on the 门诊 page')
  const tabs = (await tabItems.count()) ? await tabItems.first().boundingBox() : null
  assert.ok(r.y >= f.y + f.height - 1, `reason at ${r.y} under the figure ending at ${f.y + f.height}`)
  assert.ok(r.y - (f.y + f.height) < 60, `reason ${r.y - (f.y + f.height)}px below the figure`)
  assert.ok(
    r.y + r.height <= (tabs ? tabs.y : 844),
    `the reason (ending at ${r.y + r.height}) is on screen with the figure, above the tab bar (${tabs?.y})`
  )
  await shot(page, 'estimate-outpatient-weihai-fixed-rate')

  await fill(page, 'oa-self-pay', '25000')
  const oa = page.locator('[data-testid=oa-amount]')
  await oa.filter({ hasText: '至少 ¥14,000.00' }).waitFor() // 20,000 × 70%; above 20,000 the text is silent
  assert.match(await page.locator('[data-testid=oa-amount-more]').textContent(), /门诊个人自付超过2万元部分的救助（文件未说明）/)
  assert.match(await page.locator('[data-testid=oa-counted-once]').textContent(), /本年度的住院.*特殊门诊慢性病.*同一笔费用只算一次/)
  assert.doesNotMatch(await page.locator('[data-testid=outpatient-assistance]').textContent(), /不计入/)
  await oa.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await shot(page, 'estimate-outpatient-weihai-assistance')
  noProblems(problems)
  await context.close()
})

test('the outpatient and maternity estimates, and the result in care mode', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '潍坊市')
  await openTool(page, 'outpatient')
  await fill(page, 'out-cost', '600')
  await fill(page, 'out-used', '200')
  await page.locator('[data-testid=outpatient-amount]').filter({ hasText: '¥250.00' }).waitFor()
  await shot(page, 'estimate-outpatient-weifang')
  // Back to the tab by the page's own link (H5 has no navigation bar), then on to 生育.
  await page.locator('[data-testid=back-to-estimate]:visible').click()
  await page.waitForFunction(() => window.location.hash.includes('pages/estimate/index'))
  await openTool(page, 'maternity')
  await page.locator('[data-testid=mat-caesarean]').click()
  await fill(page, 'mat-wage', '6000')
  await page.locator('[data-testid=allowance-amount]').filter({ hasText: '¥22,600.00' }).waitFor() // 6,000 ÷ 30 × 113
  await shot(page, 'estimate-maternity-weifang')
  await fullShot(page, 'estimate-maternity-weifang-full')

  // Care mode on a full result: the sizes the care-mode test checks on the empty page.
  await page.evaluate(() => localStorage.setItem('ybt:care-mode', JSON.stringify({ data: JSON.stringify({ v: 1, data: 'on' }) })))
  await goto(page, app, PAGE)
  await page.reload()
  await page.waitForSelector('.page[data-care-mode=on]')
  await chooseRegion(page, '威海市')
  await enterWeihaiPovertyStay(page)
  await page.locator('[data-layer=basic] [role=button]').click()
  const m = await page.evaluate(() => {
    const root = [...document.querySelectorAll('.page')].find((el) => el.getClientRects().length)
    const visible = (el) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0
    }
    const small = []
    const walker = document.createTreeWalker(root.querySelector('.estimate'), NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!n.textContent.trim() || !visible(el)) continue
      const cs = getComputedStyle(el)
      const size = parseFloat(cs.fontSize)
      const lh = cs.lineHeight === 'normal' ? 1.2 * size : parseFloat(cs.lineHeight)
      if (size < 18 || lh / size < 1.3) small.push(`${n.textContent.trim().slice(0, 12)} ${size}/${lh}`)
    }
    const tiny = [
      ...root.querySelectorAll(
        '.estimate taro-button-core, .estimate [role=button], .estimate [role=radio], .estimate [role=checkbox], .estimate taro-input-core'
      )
    ]
      .filter(visible)
      .filter((el) => !el.parentElement.closest('taro-button-core, [role=button], [role=radio], [role=checkbox], taro-input-core'))
      .map((el) => {
        const r = el.getBoundingClientRect()
        return { what: (el.textContent || el.tagName).trim().slice(0, 16), w: r.width, h: r.height }
      })
      .filter((t) => t.w < 59.5 || t.h < 59.5)
    const figure = parseFloat(getComputedStyle(document.querySelector('[data-testid=patient-share]')).fontSize)
    return { small, tiny, figure, sideways: document.documentElement.scrollWidth > window.innerWidth + 1 }
  })
  assert.deepEqual(m.small, [], 'no text under 18px or with tight lines')
  assert.deepEqual(m.tiny, [], 'tap targets at least 60×60')
  assert.ok(m.figure >= 30, `patient share ≥ 30px in care mode (${m.figure})`)
  assert.equal(m.sideways, false)
  await scrollTo(page, '[data-testid=patient-share]')
  await shot(page, 'estimate-care-result')
  await fullShot(page, 'estimate-care-full')
  noProblems(problems)
  await context.close()
})

test('links made when 门诊 and 生育 were modes of this tab open their own pages, with the same result', async () => {
  // 潍坊 2020, 门诊 cost 600 / 生育 住院分娩 at a designated hospital, 3,000.
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, `${PAGE}?e=${sealed('2_wf_2020_o_o600')}`)
  await page.waitForFunction(() => window.location.hash.includes('pages/outpatient/index'))
  await page.locator('[data-testid=outpatient-amount]').filter({ hasText: '¥300.00' }).waitFor()
  assert.match(await page.locator('[data-testid=estimate-banner]:visible').innerText(), /已打开分享的测算（潍坊市·门诊）/)
  noProblems(problems)
  await context.close()
  // Another phone, as a link is opened: a new hash in the same tab would only go back to the tab.
  const second = await openPhone(app)
  await goto(second.page, app, `${PAGE}?e=${sealed('2_wf_2020_m_z0_g1_r3000')}`)
  await second.page.waitForFunction(() => window.location.hash.includes('pages/maternity/index'))
  await second.page.locator('[data-testid=childbirth-amount]').filter({ hasText: '¥800.00' }).waitFor()
  noProblems(second.problems)
  await second.context.close()
})

test('the sticky 还需要 bar takes you to the first missing field and puts the cursor in it', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, PAGE)
  await chooseRegion(page, '威海市')
  await choose(page, 'est-tier', '一档')
  await choose(page, 'est-level', '三级医院')
  const bar = page.locator('[data-testid=sticky-missing]')
  await bar.filter({ hasText: '还需要：住院总费用' }).waitFor()
  await bar.click()
  await page.waitForFunction(() => document.activeElement && document.activeElement.closest('#est-total') !== null)
  const box = await page.locator('#est-total-label').boundingBox()
  assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `the field's label is on screen (${JSON.stringify(box)})`)
  await shot(page, 'estimate-sticky-went-to-field')
  // The compliant part is optional since the range pages (an unknown between limits, not a missing
  // input): with the total entered, the bar stops asking and shows the share instead.
  await fill(page, 'est-total', '5000')
  await page.locator('[data-testid=sticky-figure]').waitFor()
  assert.equal(await bar.count(), 0)
  // Where the compliant part is still needed (the slip's 统筹基金支付 is worked against it), the bar
  // asks for it and takes the caret there.
  await chooseRegion(page, '潍坊市')
  await choose(page, 'est-tier', '一档')
  await fill(page, 'est-total', '5000')
  await choose(page, 'est-basic-source', '统筹基金支付')
  await bar.filter({ hasText: '还需要：政策范围内费用' }).waitFor()
  await bar.click()
  await page.waitForFunction(() => document.activeElement && document.activeElement.closest('#est-compliant') !== null)
  assert.deepEqual(problems.consoleErrors, [])
  await context.close()
})
