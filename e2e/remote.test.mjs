// 异地就医 in Chromium on the H5 build: situations in both regions, the filing deadline across a
// holiday (typed and picked), the checklist kept across a reload, the calendar file, the hand-over
// into 报销测算, and the FAQ link into a card.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { startApp, openPhone, goto, chooseRegion, shot, settled, typeInto } from './harness.mjs'

let app
before(async () => {
  app = await startApp()
})
after(async () => {
  await app?.close()
})

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
  if (n)
    await card
      .locator('[data-testid=source-toggle][aria-expanded=true]')
      .nth(n - 1)
      .waitFor()
  return card
}

async function deadlineAfterTyping(page, selector, text, expected) {
  await typeInto(page, selector, text)
  const date = visible(page).locator('[data-testid=deadline-date]')
  await date.filter({ hasText: expected }).waitFor({ timeout: 15000 })
  return date.innerText()
}

/** 报销测算 shows the handed-over setting as its chosen 就医类型. */
async function assertEstimateSetting(estimate, label) {
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
  // The page leads with the safe date, "最晚X（含当天）": the admission day counted as the first working day.
  assert.match(await card.locator('[data-testid=deadline-safe]').innerText(), /^最晚2020年10月10日（含当天）\s*星期六$/)
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
    const item = [...document.querySelectorAll('.weui-picker__item')].find(
      (el) => el.textContent.trim() === '22日' && el.getClientRects().length
    )
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
  const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-testid=deadline-calendar]').click()])
  const ics = await readFile(await download.path(), 'utf8')
  // The reminder is for the safe date (10-10); the counted last day (10-12) is in its description.
  assert.match(ics, /DTSTART;VALUE=DATE:20201010/)
  assert.match(ics.replace(/\r?\n[ \t]/g, ''), /按日期计算规则算的最后一天为2020年10月12日/)
  assert.doesNotMatch(ics, /法定最晚期限/)
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
  assert.equal(
    await again.locator('[data-testid=materials-checklist] [data-testid=checklist-item]').first().getAttribute('aria-checked'),
    'true'
  )

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
  // 10-05 falls in the holiday: the counted last day moves to 10-09 (第203条); safe is the admission day.
  assert.match(await deadlineAfterTyping(page, '#remote-admission', '2020-09-30', '2020年10月9日'), /^2020年10月9日\s*星期五$/)
  assert.equal(await card.locator('[data-testid=deadline-safe]').getAttribute('data-iso'), '2020-09-30')
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
      if (/先救治后结算|取消异地就医|不执行.*调减/.test(text))
        assert.match(text, /新冠肺炎确诊、疑似患者|确诊新冠肺炎患者/, `${situation}: ${text}`)
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

// ---------------------------------------------------------------------------------------------
// Issue 19: deadlines and filing words a resident can act on, one test per finding, both cities.
// ---------------------------------------------------------------------------------------------

async function inViewport(page, locator) {
  await locator.waitFor()
  const handle = await locator.elementHandle()
  await page.waitForFunction((el) => {
    const r = el.getBoundingClientRect()
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
  }, handle)
}

for (const [region, code] of [
  ['威海市', 'weihai'],
  ['潍坊市', 'weifang']
]) {
  test(`${region}: 没办手续 leads to filing an emergency now, with the dates`, async () => {
    const { page, context, problems } = await openPhone(app)
    await openRemote(page, region)
    const card = await choose(page, 'unfiled')
    const lead = card.locator('[data-testid=section-unfiled-emergency]')
    assert.match(await lead.innerText(), /还在备案期限内就现在备案/)
    await typeInto(page, '#remote-admission', '2020-09-30')
    await lead
      .locator('[data-testid=deadline-safe]', {
        hasText: code === 'weihai' ? '最晚2020年10月10日（含当天）' : '最晚2020年9月30日（含当天）'
      })
      .waitFor()
    const consequence = await card.locator('[data-testid=unfiled-emergency-consequence]').innerText()
    if (code === 'weihai') {
      assert.match(consequence, /未经批准和备案，发生的医疗费用无法报销/)
      // A non-emergency self-referral: Weihai's text says nothing.
      assert.match(await card.locator('[data-testid=reimbursement]').innerText(), /文件未说明.*没有说明不是急诊/s)
      assert.doesNotMatch(await card.locator('[data-testid=reimbursement]').innerText(), /无法报销/)
    } else {
      assert.match(consequence, /文件未说明.*访谈没有说明急诊住院没有在期限内备案会怎样/s)
      assert.doesNotMatch(await card.innerText(), /无法报销/)
      assert.match(await card.locator('[data-testid=reimbursement]').innerText(), /未经转诊报销比例.*未公布/)
    }
    await card.scrollIntoViewIfNeeded()
    await shot(page, `remote-${code}-unfiled-top`)
    await card.locator('[data-testid=unfiled-open-emergency]').click()
    await visible(page).locator('[data-testid=remote-card][data-situation=emergency]').waitFor()
    assertClean(problems)
    await context.close()
  })

  test(`${region}: the emergency card answers by when, how and without, at its top; 咨询电话 says whom to tell`, async () => {
    const { page, context, problems } = await openPhone(app)
    await openRemote(page, region)
    const card = await choose(page, 'emergency')
    const ids = await card.locator('[data-testid]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
    const at = (id) => ids.indexOf(id)
    assert.ok(at('urgent-when') > -1 && at('urgent-when') < at('urgent-how') && at('urgent-how') < at('urgent-without'), ids.join(','))
    assert.ok(at('urgent-without') < at('section-applies'), 'the three answers come before the other sections')
    // No source box before the three answers are given.
    const firstSourceAfterAnswers = await card.evaluate((el) => {
      const without = el.querySelector('[data-testid=urgent-without]')
      const first = [...el.querySelectorAll('*')].find((n) => n.textContent.trim() === '来源：' && n.children.length === 0)
      return !!first && !!(without.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    assert.ok(firstSourceAfterAnswers)
    const how = await card.locator('[data-testid=urgent-how]').innerText()
    const without = await card.locator('[data-testid=urgent-without]').innerText()
    const reminder = await card.locator('[data-testid=deadline-reminder]').innerText()
    if (code === 'weihai') {
      assert.match(how, /通过电话、电子邮件等形式向医保经办机构备案/)
      assert.match(without, /未经批准和备案，发生的医疗费用无法报销/)
      assert.match(reminder, /提醒里附上上面的备案方式/) // said once, in 2. 怎么备案; the calendar entry carries it
    } else {
      assert.match(how, /持就诊医院提供的急诊诊断证明（加盖医院公章）向参保地医保经办机构备案/)
      assert.match(without, /文件未说明/)
      assert.doesNotMatch(await card.innerText(), /打电话备案|无法报销|家属/)
      assert.doesNotMatch(reminder, /打电话|通过电话/)
    }
    assert.doesNotMatch(await visible(page).innerText(), /法律规定的最晚期限/)
    await card.scrollIntoViewIfNeeded()
    await shot(page, `remote-${code}-emergency-top`)
    const agency = visible(page).locator('[data-testid=remote-hotline-agency]')
    assert.match(await agency.innerText(), /参保地医保经办机构.*没有给出它的电话号码/)
    await agency.scrollIntoViewIfNeeded()
    await shot(page, `remote-${code}-hotlines`)
    assertClean(problems)
    await context.close()
  })
}

test('the dates the text allows, across holidays (Weihai make-up Saturday; Weifang no working day)', async () => {
  const { page, context, problems } = await openPhone(app)
  await openRemote(page, '威海市')
  let card = await choose(page, 'emergency')
  await typeInto(page, '#remote-admission', '2020-09-30')
  await card.locator('[data-testid=deadline-safe-note]', { hasText: '10月10日是周六，按国家节假日安排调休上班' }).waitFor()
  assert.match(await card.locator('[data-testid=deadline-warnings]').innerText(), /10月1日至8日放假/)
  assert.match(await card.locator('[data-testid=deadline-basis]').innerText(), /没有引用这些法律条文/)
  await card.locator('[data-testid=deadline-safe]').scrollIntoViewIfNeeded()
  await shot(page, 'weihai-make-up-saturday')

  await chooseRegion(page, '潍坊市')
  await page.locator('.region-bar__option--active', { hasText: '潍坊市' }).first().waitFor()
  card = await choose(page, 'emergency')
  await typeInto(page, '#remote-admission', '2020-09-30')
  await card.locator('[data-testid=deadline-warnings]', { hasText: '10月1日至8日放假，只有入院当天是工作日' }).waitFor()
  assert.equal(await card.locator('[data-testid=deadline-safe]').getAttribute('data-iso'), '2020-09-30')
  assert.equal(await card.locator('[data-testid=deadline-date]').getAttribute('data-iso'), '2020-10-09')
  await card.locator('[data-testid=deadline-safe]').scrollIntoViewIfNeeded()
  await shot(page, 'weifang-only-admission-day')

  await typeInto(page, '#remote-admission', '2020-10-01')
  await card.locator('[data-testid=deadline-lead]', { hasText: '不保证：窗口内没有工作日，请尽快联系参保地医保经办机构' }).waitFor()
  assert.equal(await card.locator('[data-testid=deadline-safe]').getAttribute('data-iso'), '2020-10-09')
  await card.locator('[data-testid=deadline-lead]').scrollIntoViewIfNeeded()
  await shot(page, 'weifang-no-working-day')

  await typeInto(page, '#remote-admission', '2020-05-01')
  await typeInto(page, '#remote-discharge', '2020-05-03')
  await card.locator('[data-testid=deadline-warnings]', { hasText: '出院前没有工作日' }).waitFor()
  assert.equal(await card.locator('[data-testid=deadline-safe]').getAttribute('data-iso'), '2020-05-03')
  assert.doesNotMatch(await visible(page).innerText(), /法律规定的最晚期限/)
  assertClean(problems)
  await context.close()
})

for (const [region, code, setting] of [
  ['威海市', 'weihai', '异地急诊'],
  ['潍坊市', 'weifang', '异地急诊']
]) {
  test(`${region}: the hand-over into 报销测算 scrolls to the top, shows its banner and clears earlier amounts`, async () => {
    const { page, context, problems } = await openPhone(app)
    await goto(page, app, 'pages/estimate/index')
    await chooseRegion(page, region)
    await page.locator('.region-bar__option--active', { hasText: region }).first().waitFor()
    await typeInto(page, '[data-field=est-total]', '52000')
    // Scroll the estimate page to its bottom (H5 pages scroll in their own container, not the window).
    await visible(page)
      .locator('[data-testid=estimate-tools]')
      .evaluate((el) => {
        let p = el
        while (p && !(p.scrollHeight > p.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(p).overflowY))) p = p.parentElement
        if (!p) throw new Error('no scroll container')
        p.scrollTop = p.scrollHeight
      })
    await page.waitForFunction(() => {
      const b = [...document.querySelectorAll('[data-testid=estimate-tools]')].find((e) => e.getClientRects().length)
      return b && b.getBoundingClientRect().bottom < 0
    })
    await page.locator('.tab-bar__item:visible', { hasText: '异地就医' }).click()
    await page.waitForFunction(() => window.location.hash.includes('pages/remote/index'))
    const card = await choose(page, 'emergency')
    const link = card.locator('[data-testid=remote-estimate-link]')
    if (!(await link.count())) {
      console.log(`${region}: no estimate link on the emergency card`)
    } else {
      await link.click()
      await page.waitForFunction(() => window.location.hash.includes('pages/estimate/index'))
      const estimate = visible(page)
      const banner = estimate.locator('[data-testid=estimate-banner]')
      await inViewport(page, banner)
      assert.match(await banner.innerText(), new RegExp(`已按“${setting}.*之前填写的住院费用等已清空`))
      assert.equal(await estimate.locator('[data-field=est-total] input').inputValue(), '')
      await assertEstimateSetting(estimate, setting)
      if (code === 'weifang') assert.doesNotMatch(await estimate.innerText(), /调减/)
      await shot(page, `remote-${code}-handover`)
    }
    assertClean(problems)
    await context.close()
  })
}

test('FAQ — Weihai claims at home only when 不能联网结算; Anqiu online service is a 2020 measure, not 可以。', async () => {
  const { page, context, problems } = await openPhone(app)
  await goto(page, app, 'pages/faq/index')
  await chooseRegion(page, '威海市')
  await page.locator('.region-bar__option--active', { hasText: '威海市' }).first().waitFor()
  await visible(page).locator('.faq__search-input').waitFor()
  await typeInto(page, '.taro_page:visible .faq__search-input', '急诊备案')
  const weihai = visible(page).locator('[data-testid=faq-item][data-id=weihai-emergency-filing]')
  await weihai.waitFor()
  if (!(await weihai.locator('[data-testid=faq-answer]').count())) await weihai.locator('.faq-item__question').click()
  const answer = await weihai.locator('[data-testid=faq-answer]').innerText()
  assert.match(answer, /不能联网结算的医疗费用，出院后先由自己结算/)
  assert.doesNotMatch(answer, /审核不通过/)
  await weihai.scrollIntoViewIfNeeded()
  await shot(page, 'faq-weihai-emergency')

  await chooseRegion(page, '潍坊市')
  await page.locator('.region-bar__option--active', { hasText: '潍坊市' }).first().waitFor()
  await typeInto(page, '.taro_page:visible .faq__search-input', '网上申办')
  const anqiu = visible(page).locator('[data-testid=faq-item][data-id=anqiu-covid-online-service]')
  await anqiu.waitFor()
  if (!(await anqiu.locator('[data-testid=faq-answer]').count())) await anqiu.locator('.faq-item__question').click()
  const text = await anqiu.locator('[data-testid=faq-answer]').innerText()
  assert.doesNotMatch(text.trim(), /^可以/)
  assert.match(text, /2020年疫情期间的做法/)
  assert.match(text, /倡导/)
  await anqiu.scrollIntoViewIfNeeded()
  await shot(page, 'faq-anqiu-online')
  assertClean(problems)
  await context.close()
})
