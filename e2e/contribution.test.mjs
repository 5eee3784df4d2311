// 缴费查询 in Chromium on the H5 build: household total, Weifang's unpublished notice, the 2020
// employer relief, the collection period under a pinned clock (with the .ics download), and copy.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { startApp, openPhone, goto, chooseRegion, shot, typeInto } from './harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

const PAGE = 'pages/contribution/index'
/** The visible page (H5 keeps other tab pages in the DOM, hidden). */
const current = (page) => page.locator('.taro_page:visible, .taro_router > div:visible').last()

async function open(running, region, { clock } = {}) {
  const opened = await openPhone(running)
  if (clock) await opened.page.clock.setFixedTime(new Date(clock))
  await goto(opened.page, running, PAGE)
  await chooseRegion(opened.page, region)
  await opened.page.waitForSelector(`.region-bar__option--active >> text=${region}`)
  return opened
}

function assertClean(problems) {
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
}

async function addMember(view, category, tier) {
  await view.locator(`[data-testid=household-category] .chips__item[data-value=${category}]`).click()
  if (tier) await view.locator(`[data-testid=household-tier] .chips__item[data-value="${tier}"]`).click()
  await view.locator('[data-testid=household-add]').click()
}

test('a household of four shows each line and the total, kept across a reload; Weifang says it is unpublished', async () => {
  const { page, context, problems } = await open(app, '威海市')
  const view = current(page)
  await view.locator('[data-testid=standards]').waitFor()
  await shot(page, 'contribution-weihai-top')
  const firstStandard = view.locator('[data-testid=standard]').first()
  await firstStandard.locator('[data-testid=source-toggle]').click()
  assert.match(await firstStandard.innerText(), /原文：“威海市成年居民一档缴费标准为每人每年450元”/)
  await firstStandard.scrollIntoViewIfNeeded()
  await shot(page, 'contribution-standard-source')

  // Taro's [disabled] CSS must not grey out an enabled button (disabled="false" would match it).
  const addButton = view.locator('[data-testid=household-add]')
  assert.equal(await addButton.getAttribute('disabled'), null)
  assert.equal(await addButton.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 255, 255)')
  await addMember(view, 'adult', 1)
  await addMember(view, 'adult', 2)
  await addMember(view, 'minor')
  await addMember(view, 'student')
  const lines = await view.locator('[data-testid=household-line]').allInnerTexts()
  assert.equal(lines.length, 4)
  assert.match(lines[0], /成年居民（一档）\s*¥450\.00/)
  assert.match(lines[1], /成年居民（二档）\s*¥650\.00/)
  assert.match(lines[2], /未成年居民\s*¥200\.00/)
  assert.match(lines[3], /高校学生\s*¥200\.00/)
  const total = view.locator('[data-testid=household-total]')
  assert.equal(await total.innerText(), '¥1,500.00')
  const figureSize = await total.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const bodySize = await view
    .locator('.contribution__row-label')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  assert.ok(figureSize > bodySize * 1.4, `the total is a key figure (${figureSize}px vs ${bodySize}px)`)
  await total.scrollIntoViewIfNeeded()
  await shot(page, 'contribution-household-four')

  // 关怀模式 scales every token: the lines and the total must still fit the card.
  await page.locator('[data-testid=care-mode-switch]:visible').first().click()
  await total.scrollIntoViewIfNeeded()
  const clipped = await view.locator('[data-testid=household]').evaluate((card) => {
    const box = card.getBoundingClientRect()
    return [...card.querySelectorAll('.contribution__row-label, .contribution__row-value, .key-figure, taro-button-core')].filter(
      (el) => el.getBoundingClientRect().right > box.right + 0.5 || el.scrollWidth > el.clientWidth + 1
    ).length
  })
  assert.equal(clipped, 0)
  await shot(page, 'contribution-household-care-mode')
  await page.locator('[data-testid=care-mode-switch]:visible').first().click()

  await page.reload()
  await current(page).locator('[data-testid=household-total]').waitFor()
  assert.equal(await current(page).locator('[data-testid=household-total]').innerText(), '¥1,500.00')

  await chooseRegion(page, '潍坊市')
  const notice = current(page).locator('[data-testid=resident-unpublished]')
  await notice.waitFor()
  assert.match(await notice.innerText(), /缴费标准和缴费时间未公布/)
  assert.match(await notice.innerText(), /安丘访谈未公布潍坊2020年居民医保个人缴费标准/)
  assert.equal(await current(page).locator('[data-testid=household]').count(), 0)
  assert.equal(await current(page).locator('[data-testid=critical-funding]').innerText(), '¥81.00')
  await current(page).locator('[data-testid=resident-known] [data-testid=source-toggle]').click()
  assert.match(await current(page).locator('[data-testid=resident-known]').innerText(), /按人均81元的标准/)
  await shot(page, 'contribution-weifang-unpublished')
  assertClean(problems)
  await context.close()
})

test('employee view: a May-2020 enterprise pays the relieved employer rate (8% − 2.5 = 5.5%)', async () => {
  const { page, context, problems } = await open(app, '潍坊市')
  const view = current(page)
  // The employee calculator is a page of its own (a WeChat subpackage), linked from the tab.
  await view.locator('[data-testid=open-employee]').click()
  await page.waitForFunction(() => window.location.hash.includes('pages/employee/index'))
  await view.locator('[data-testid=employee-monthly]').waitFor()
  await typeInto(page, '#employee-base', '6000')
  await typeInto(page, '#employee-age', '30')
  await view.locator('[data-testid=employer-type] .chips__item', { hasText: '企业' }).click()
  await view.locator('[data-testid=employee-month] .chips__item', { hasText: /^5月$/ }).click()
  const rate = view.locator('[data-testid=employer-rate]')
  await rate.waitFor()
  assert.match(await rate.innerText(), /费率 5\.5%（8% 减 2\.5 个百分点/)
  assert.equal(await view.locator('[data-testid=employer-amount]').innerText(), '¥330.00')
  assert.equal(await view.locator('[data-testid=individual-amount]').innerText(), '¥120.00')
  assert.equal(await view.locator('[data-testid=account-amount]').innerText(), '¥174.00')
  await view.locator('[data-testid=employee-result]').scrollIntoViewIfNeeded()
  await shot(page, 'contribution-employee-may')

  const rates = await view.locator('[data-testid=year-rate]').allInnerTexts()
  assert.deepEqual(rates, ['8%', '8%', '5.5%', '5.5%', '5.5%', '5.5%', '5.5%', '7%', '7%', '7%', '7%', '7%'])
  const may = view.locator('[data-testid=year-row][data-month="2020-05"]')
  assert.match(await may.innerText(), /5月◀/)
  // Nothing in the table may spill out of its card on a phone-width screen.
  const overflow = await view.locator('[data-testid=employee-year]').evaluate((table) => {
    const box = table.getBoundingClientRect()
    return [...table.querySelectorAll('.contribution__td')].filter((td) => {
      const r = td.getBoundingClientRect()
      return r.right > box.right + 0.5 || td.scrollWidth > td.clientWidth + 1
    }).length
  })
  assert.equal(overflow, 0)
  await view.locator('[data-testid=employee-year]').scrollIntoViewIfNeeded()
  await shot(page, 'contribution-employee-year')

  await typeInto(page, '#employee-age', '45.5')
  await view.locator('[data-testid=employee-age-error]').waitFor()
  assert.match(await view.locator('[data-testid=employee-age-error]').innerText(), /年龄请填整数/)
  assert.equal(await view.locator('[data-testid=employee-result]').count(), 0)

  await view.locator('[data-testid=sex] .chips__item', { hasText: '女' }).click()
  await typeInto(page, '#years-paid', '21.5')
  await view.locator('[data-testid=shortfall-years]').waitFor()
  assert.equal(await view.locator('[data-testid=shortfall-years]').innerText(), '3.5 年')
  assert.equal(await view.locator('[data-testid=shortfall-amount]').count(), 0)
  await view.locator('[data-testid=shortfall-result]').scrollIntoViewIfNeeded()
  await shot(page, 'contribution-minimum-years')
  assertClean(problems)
  await context.close()
})

test('Weihai employees: the document does not cover them; Weifang rules only on request, labelled 潍坊', async () => {
  const { page, context, problems } = await open(app, '威海市')
  const view = current(page)
  await view.locator('[data-testid=open-employee]').click()
  await view.locator('[data-testid=employee-unpublished]').waitFor()
  assert.match(await view.locator('[data-testid=employee-unpublished]').innerText(), /文登区报道未涉及职工医保/)
  assert.equal(await view.locator('[data-testid=employee-rules]').count(), 0)
  await view.locator('[data-testid=show-weifang-employee]').click()
  await view.locator('[data-testid=borrowed-rules]').waitFor()
  assert.match(await view.locator('[data-testid=borrowed-rules]').innerText(), /以下是潍坊市的规定/)
  await shot(page, 'contribution-weihai-employee')
  assertClean(problems)
  await context.close()
})

test('inside the 2020 period (pinned clock): days left, and 加入手机日历 downloads an .ics for 30 April', async () => {
  const { page, context, problems } = await open(app, '威海市', { clock: '2020-03-01T10:00:00' })
  const view = current(page)
  await view.locator('[data-testid=period-status][data-status=open]').waitFor()
  assert.equal(await view.locator('[data-testid=days-left]').innerText(), '61')
  assert.match(await view.locator('[data-testid=calendar-explanation]').innerText(), /2020年4月27日/)
  await shot(page, 'contribution-period-open')
  const [download] = await Promise.all([page.waitForEvent('download'), view.locator('[data-testid=add-calendar]').click()])
  const ics = await readFile(await download.path(), 'utf8')
  assert.match(ics, /DTSTART;VALUE=DATE:20200430/)
  assert.match(ics, /TRIGGER:-PT3780M/)
  await view.locator('[data-testid=calendar-outcome]').waitFor()
  assert.match(await view.locator('[data-testid=calendar-outcome]').innerText(), /\.ics/)
  assertClean(problems)
  await context.close()
})

test('today (real clock): the 2020 period is closed and the page says it only carries 2020 policy; copy works', async () => {
  const { page, context, problems } = await open(app, '威海市')
  const view = current(page)
  const status = view.locator('[data-testid=period-status]')
  await status.waitFor()
  assert.equal(await status.getAttribute('data-status'), 'closed')
  assert.match(await status.innerText(), /已于2020年4月30日结束/)
  assert.match(await view.locator('[data-testid=policy-year-notice]').innerText(), /只收录了2020年度/)
  assert.equal(await view.locator('[data-testid=add-calendar]').count(), 0)

  const channels = view.locator('[data-testid=channels]')
  await channels.scrollIntoViewIfNeeded()
  await view.locator('[data-testid=copy-name][data-name="山东税务"]').click()
  await view.locator('text=已复制').first().waitFor()
  await channels.locator('[data-testid=channel]').first().scrollIntoViewIfNeeded()
  await shot(page, 'contribution-channels')
  assertClean(problems)
  await context.close()
})
