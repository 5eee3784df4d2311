// 异地就医 in Chromium on the H5 build: situations in both regions, the filing deadline across a
// holiday (typed and picked), the checklist kept across a reload, the calendar file, the hand-over
// into 报销测算, and the FAQ link into a card.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { startApp, openPhone, goto, chooseRegion, shot, settled, typeInto } from './harness.mjs'

let app
before(async () => { app = await startApp() })
after(async () => { await app?.close() })

const visible = (page) => page.locator('.taro_page:visible, .taro_router > div:visible').last()

async function openRemote(page, region) {
  await goto(page, app, 'pages/remote/index')
  await chooseRegion(page, region)
  await page.locator('.region-bar__option--active', { hasText: region }).first().waitFor()
}

async function choose(page, situation) {
  await visible(page).locator(`[data-testid=remote-choice][data-situation=${situation}]`).click()
  const card = visible(page).locator(`[data-testid=remote-card][data-situation=${situation}]`)
  await card.waitFor()
  // sources are folded as on every page: open them all, so the checks read them too
  const toggles = card.locator('[data-testid=source-toggle]')
  const n = await toggles.count()
  await card.evaluate((el) => el.querySelectorAll('[data-testid=source-toggle][aria-expanded=false]').forEach((b) => b.click()))
  if (n) await card.locator('[data-testid=source-toggle][aria-expanded=true]').nth(n - 1).waitFor()
  return card
}

async function deadlineAfterTyping(page, selector, text, expected) {
  await typeInto(page, selector, text)
  const date = visible(page).locator('[data-testid=deadline-date]')
  await date.filter({ hasText: expected }).waitFor({ timeout: 15000 })
  return date.innerText()
}

/** 报销测算 shows the handed-over setting as its chosen 就医类型 (or, while it is a placeholder, says so). */
async function assertEstimateSetting(estimate, label) {
  // Either the form (with its 就医类型 radios) or the placeholder, whichever this build has.
  await estimate.locator('[data-testid=coming-soon], [role=radio]').first().waitFor({ timeout: 15000 })
  if (await estimate.locator('[data-testid=coming-soon]').count()) {
    console.log('报销测算 is still a placeholder: only the navigation was checked')
    return
  }
  await estimate.locator('[role=radio][aria-checked=true]', { hasText: label }).first().waitFor({ timeout: 15000 })
}

function assertClean(problems) {
  assert.deepEqual(problems.consoleErrors, [])
  assert.deepEqual(problems.foreignRequests, [])
}

test('Weihai: emergency deadline across National Day and the Spring Festival, checklist kept, two situations, into 报销测算', async () => {
  const { page, context, problems } = await openPhone(app)
  await openRemote(page, '威海市')
  await shot(page, 'remote-weihai-choices')

  // Situation 1: emergency while away.
  const card = await choose(page, 'emergency')
  assert.match(await card.innerText(), /异地急诊住院/)
  assert.match(await card.locator('[data-testid=filing-deadline]').innerText(), /3个工作日内/)
  assert.match(await card.locator('[data-testid=reimbursement]').innerText(), /先由个人负担10%/)

  // Default: today's date, typed form shown.
  const todayShown = await card.locator('#remote-admission input').inputValue()
  assert.match(todayShown, /^\d{4}-\d{2}-\d{2}$/)

  // National Day 2020 with the make-up Saturday 10-10, typed into the labelled text field.
  const national = await deadlineAfterTyping(page, '#remote-admission', '2020-09-30', '2020年10月12日')
  assert.match(national, /^2020年10月12日\s*星期一$/)
  assert.match(await card.locator('[data-testid=deadline-basis]').innerText(), /住院当日不计入.*第3个工作日为2020-10-12.*调休/)
  // The page leads with the safe date: the admission day counted as the first working day.
  assert.match(await card.locator('[data-testid=deadline-safe]').innerText(), /^2020年10月10日\s*星期六$/)
  await card.locator('[data-testid=deadline-result]').scrollIntoViewIfNeeded()
  await shot(page, 'remote-weihai-emergency-deadline')

  // The Spring Festival 2020 through Taro's own date picker: start on 01-20, tap 22日, confirm.
  await typeInto(page, '#remote-admission', '2020-01-20')
  await card.locator('[data-testid=remote-admission-pick]').click()
  const sheet = page.locator('.weui-picker:visible').last()
  await sheet.waitFor()
  await settled(page) // the sheet slides up
  await shot(page, 'remote-weihai-picker-open')
  // The column listens on its own mask layer, so tap the item where it is drawn.
  const box = await sheet.locator('.weui-picker__item', { hasText: /^22日$/ }).boundingBox()
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  // The column scrolls the tapped day under its indicator; confirm only once it is there.
  await page.waitForFunction(() => {
    const item = [...document.querySelectorAll('.weui-picker__item')].find((el) => el.textContent.trim() === '22日' && el.getClientRects().length)
    const indicator = item?.closest('.weui-picker__group')?.querySelector('.weui-picker__indicator')
    if (!item || !indicator) return false
    const a = item.getBoundingClientRect()
    const b = indicator.getBoundingClientRect()
    return Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < 2
  })
  await settled(page)
  await sheet.locator('.weui-picker__action', { hasText: '确定' }).click()
  await sheet.waitFor({ state: 'hidden' })
  assert.equal(await card.locator('#remote-admission input').inputValue(), '2020-01-22')
  await card.locator('[data-testid=deadline-date]', { hasText: '2020年2月4日' }).waitFor()

  // Out of the holiday data: the safe date in calendar days, said so; no legal date guessed.
  await typeInto(page, '#remote-admission', '2027-03-01')
  const error = card.locator('[data-testid=deadline-no-holidays]')
  await error.waitFor()
  assert.match(await error.innerText(), /未收录2027年的节假日安排/)
  assert.equal(await card.locator('[data-testid=deadline-date]').count(), 0)
  assert.equal(await card.locator('[data-testid=deadline-safe]').getAttribute('data-iso'), '2027-03-03')
  await error.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weihai-out-of-range')

  // 加入手机日历 on H5 downloads an .ics file with the all-day event and the reminder.
  await deadlineAfterTyping(page, '#remote-admission', '2020-09-30', '2020年10月12日')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.locator('[data-testid=deadline-calendar]').click()
  ])
  const ics = await readFile(await download.path(), 'utf8')
  // The reminder is for the safe date (10-10); the legal limit (10-12) is in its description.
  assert.match(ics, /DTSTART;VALUE=DATE:20201010/)
  assert.match(ics, /法定最晚期限2020年10月12日/)
  assert.match(ics, /TRIGGER:-PT900M/)
  assert.match(await card.locator('[data-testid=deadline-calendar-state]').innerText(), /已下载日历文件/)

  // Tick a material; it is still ticked after a reload.
  const material = card.locator('[data-testid=materials-checklist] [data-testid=checklist-item]').first()
  await material.click()
  assert.equal(await material.getAttribute('aria-checked'), 'true')
  await material.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weihai-emergency-checklist')
  await page.reload()
  await page.locator('.region-bar__option--active', { hasText: '威海市' }).first().waitFor()
  const again = await choose(page, 'emergency')
  assert.equal(await again.locator('[data-testid=materials-checklist] [data-testid=checklist-item]').first().getAttribute('aria-checked'), 'true')

  // Situation 2: long-term residence: no 10%, the filing form, the documents' silence on validity.
  const residence = await choose(page, 'longTermResidence')
  assert.match(await residence.locator('[data-testid=reimbursement]').innerText(), /不用个人先负担10%/)
  assert.match(await residence.innerText(), /《威海市基本医疗保险异地居住备案表》/)
  assert.match(await residence.locator('[data-testid=validity]').innerText(), /文件未说明/)
  await residence.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weihai-residence')

  // Situation 3: migrant workers, on which Weihai's documents are silent: said, not borrowed.
  const migrant = await choose(page, 'migrantWorker')
  assert.match(await migrant.locator('[data-testid=remote-not-covered]').innerText(), /没有说明这种情况.*不套用其他地区的规定/s)
  assert.doesNotMatch(await migrant.innerText(), /花名册/)
  assert.equal(await migrant.locator('[data-testid=remote-estimate-link]').count(), 0)
  await migrant.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weihai-migrant-not-covered')

  // Into 报销测算 with the emergency setting filled in.
  const emergency = await choose(page, 'emergency')
  const link = emergency.locator('[data-testid=remote-estimate-link]')
  assert.match(await link.innerText(), /已选：异地急诊/)
  await link.click()
  await page.waitForFunction(() => window.location.hash.includes('pages/estimate/index'))
  const estimate = visible(page)
  await estimate.locator('.region-bar__title', { hasText: '报销测算' }).waitFor()
  await assertEstimateSetting(estimate, '异地急诊')
  await shot(page, 'remote-weihai-into-estimate')

  assertClean(problems)
  await context.close()
})

test('Weifang: migrant workers and a discharge before the 5th day; hotlines tappable', async () => {
  const { page, context, problems } = await openPhone(app)
  await openRemote(page, '潍坊市')

  const migrant = await choose(page, 'migrantWorker')
  const text = await migrant.innerText()
  assert.match(text, /花名册/)
  assert.match(text, /一年内不得变更/)
  assert.match(await migrant.locator('[data-testid=materials-checklist-status]').innerText(), /其中一项即可/)
  await migrant.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weifang-migrant')

  const card = await choose(page, 'emergency')
  assert.match(await card.locator('[data-testid=filing-deadline]').innerText(), /入院5日内/)
  assert.match(await deadlineAfterTyping(page, '#remote-admission', '2020-09-30', '2020年10月5日'), /^2020年10月5日\s*星期一$/)
  assert.match(await deadlineAfterTyping(page, '#remote-discharge', '2020-10-03', '2020年10月3日'), /^2020年10月3日\s*星期六$/)
  assert.match(await card.locator('[data-testid=deadline-basis]').innerText(), /出院日期2020-10-03更早/)
  await typeInto(page, '#remote-discharge', '2020-09-29')
  assert.match(await card.locator('[data-testid=remote-discharge-error]').innerText(), /出院日期不能早于入院日期/)
  await card.locator('[data-testid=remote-discharge-error]').scrollIntoViewIfNeeded()
  await shot(page, 'remote-weifang-discharge-error')
  await typeInto(page, '#remote-discharge', '2020-10-03')
  await card.locator('[data-testid=deadline-result]').scrollIntoViewIfNeeded()
  await shot(page, 'remote-weifang-emergency-deadline')
  assert.match(await card.locator('[data-testid=section-covid]').innerText(), /先救治后结算/)

  const hotlines = visible(page).locator('[data-testid=remote-hotlines]')
  assert.equal(await hotlines.locator('[data-phone]').count(), 1)
  assert.equal(await hotlines.locator('[data-phone="0536-4253522"]').count(), 1)
  assert.match(await hotlines.innerText(), /安丘市医保中心门诊管理科：4253522/)
  await hotlines.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weifang-hotlines')

  // Unreferred stays: the ratio is unpublished, the estimate opens with that setting.
  const unfiled = await choose(page, 'unfiled')
  assert.match(await unfiled.locator('[data-testid=reimbursement]').innerText(), /未公布/)
  assert.match(await unfiled.locator('[data-testid=remote-estimate-link]').innerText(), /已选：未转诊\/未备案异地/)
  await unfiled.locator('[data-testid=remote-estimate-link]').click()
  await page.waitForFunction(() => window.location.hash.includes('pages/estimate/index'))
  const estimate = visible(page)
  await estimate.locator('.region-bar__title', { hasText: '报销测算' }).waitFor()
  await assertEstimateSetting(estimate, '未转诊/未备案异地')
  await shot(page, 'remote-weifang-into-estimate')

  assertClean(problems)
  await context.close()
})

test('Weifang: no card shows 4397117, and every COVID line says who it is for', async () => {
  const { page, context, problems } = await openPhone(app)
  await openRemote(page, '潍坊市')
  const COVID_WHO = '新冠肺炎确诊、疑似患者'
  for (const situation of ['referral', 'emergency', 'longTermResidence', 'postedWorker', 'migrantWorker', 'unfiled']) {
    const card = await choose(page, situation)
    assert.doesNotMatch(await visible(page).innerText(), /4397117/, `${situation}: 4397117 shown`)
    const covid = card.locator('[data-testid=section-covid]')
    assert.match(await covid.locator('.remote-section__title').innerText(), /2020年疫情期间（仅限新冠肺炎确诊、疑似患者）/)
    const lines = await covid.locator('.remote-line').allInnerTexts()
    assert.equal(lines.length, 4, `${situation}: four COVID lines`)
    for (const line of lines) assert.ok(line.trim().startsWith(COVID_WHO), `${situation}: "${line}" does not say who it is for`)
    // A COVID exemption anywhere else on the card (a source quote, a note) names them as well.
    for (const text of await card.locator('.remote-line, .source-note__quote').allInnerTexts()) {
      if (/先救治后结算|取消异地就医|不执行.*调减/.test(text)) assert.match(text, /新冠肺炎确诊、疑似患者|确诊新冠肺炎患者/, `${situation}: ${text}`)
    }
  }
  const covid = visible(page).locator('[data-testid=remote-card] [data-testid=section-covid]')
  await covid.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weifang-covid-who')
  const hotlines = visible(page).locator('[data-testid=remote-hotlines]')
  await hotlines.scrollIntoViewIfNeeded()
  await shot(page, 'remote-weifang-hotline-only-4253522')
  assertClean(problems)
  await context.close()
})

test('an FAQ link opens the emergency card on the 异地就医 tab, also when that tab is already open', async () => {
  const { page, context, problems } = await openPhone(app)
  await openRemote(page, '威海市')
  await choose(page, 'referral')
  await page.locator('.tab-bar__item:visible', { hasText: '常见问题' }).click()
  await page.waitForFunction(() => window.location.hash.includes('pages/faq/index'))
  await visible(page).locator('.faq__search-input').waitFor()
  await typeInto(page, '.taro_page:visible .faq__search-input', '急诊')
  const link = visible(page).locator('[data-testid=faq-tool-link]', { hasText: '算一算我的备案截止日' }).first()
  await link.waitFor()
  await link.click()
  await page.waitForFunction(() => window.location.hash.includes('pages/remote/index'))
  const card = visible(page).locator('[data-testid=remote-card][data-situation=emergency]')
  await card.waitFor()
  await visible(page).locator('[data-testid=deadline-date]').waitFor()
  await shot(page, 'remote-from-faq')
  assertClean(problems)
  await context.close()
})
