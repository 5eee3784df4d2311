import { screen, fireEvent, within, cleanup } from '@testing-library/react'
import Taro from '@tarojs/taro'
import RemotePage from '../../src/pages/remote/index'
import { overrideToday } from '../../src/services/clock'
import { SITUATIONS } from '../../src/pages/remote/situations'
import { getPack } from '../../src/policy/registry'
import {
  isUnpublished,
  type PolicyText,
  type RegionId,
  type RemoteCareEntry,
  type RemoteSituation,
  type Unpublished
} from '../../src/policy/types'
import { goToTab, takePendingParams } from '../../src/services/device'
import { memoryStorage } from '../mocks/taro'
import { at } from '../../src/test-support/present'
import { renderPageFor } from '../../src/test-support/pages'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const REGIONS: RegionId[] = ['weihai', 'weifang']

const renderFor = (region: RegionId) => renderPageFor(RemotePage, region, POLICY_YEAR)

function choose(situation: RemoteSituation) {
  const row = document.querySelector(`[data-testid=remote-choice][data-situation=${situation}]`) as HTMLElement
  fireEvent.click(row)
  const card = screen.getByTestId('remote-card')
  // sources are folded as on every page: open them all, so the checks below read them too
  for (const toggle of within(card).queryAllByTestId('source-toggle')) fireEvent.click(toggle)
  return card
}

const switchRegion = (name: string) => fireEvent.click(screen.getByLabelText(`参保地：${name}`))

/** Every text and every "unpublished" reason an entry holds: what its card must show. */
function factsOf(entry: RemoteCareEntry): string[] {
  if (entry.status !== 'published') return [entry.title, entry.reason]
  const out: string[] = [entry.title, entry.appliesTo.text]
  const add = (v: PolicyText | Unpublished | PolicyText[] | undefined) => {
    if (!v) return
    if (Array.isArray(v)) v.forEach((t) => out.push(t.text))
    else if (isUnpublished(v)) out.push(v.reason)
    else out.push(v.text)
  }
  const f = entry.filing
  if (f) {
    add(f.whoFiles)
    add(f.where)
    add(f.deadline?.text)
    add(f.steps)
    add(f.materials)
    add(f.validity)
    add(f.how)
    add(f.ifNotFiled)
    add(f.otherPath)
    add(f.materialsFor)
  }
  const s = entry.settlement
  add(s.networked)
  add(s.notNetworked)
  add(s.claimMaterials)
  add(s.reimbursement)
  return out
}

const textOf = (el: HTMLElement) => el.textContent ?? ''

afterEach(() => overrideToday(null))

describe('every situation in every region gives a card built from that region’s pack', () => {
  for (const region of REGIONS) {
    const pack = getPack(region, 2020)
    const other = getPack(region === 'weihai' ? 'weifang' : 'weihai', 2020)
    test.each(SITUATIONS.map((s) => [s.id, s.words]))(`${region}: %s (%s)`, (situation, words) => {
      renderFor(region)
      const card = choose(situation as RemoteSituation)
      const entry = pack.remoteCare[situation as RemoteSituation]
      expect(card).toHaveAttribute('data-region', region)
      expect(textOf(card)).toContain(words)
      for (const fact of factsOf(entry)) expect(textOf(card)).toContain(fact)
      expect(textOf(card)).not.toMatch(/NaN|undefined/)

      // Nothing of the other region's rule for this situation leaks in.
      const ownTexts = JSON.stringify(pack)
      for (const fact of factsOf(other.remoteCare[situation as RemoteSituation])) {
        if (!ownTexts.includes(fact)) expect(textOf(card)).not.toContain(fact)
      }
      if (entry.status === 'published') {
        expect(within(card).getAllByText(/^来源：$/).length).toBeGreaterThan(0)
        // The 2020 COVID exception: the pack's list, or the statement that the documents are silent.
        const covid = within(card).getByTestId('section-covid')
        if (pack.covid.length) pack.covid.forEach((c) => expect(textOf(covid)).toContain(c.text))
        else expect(textOf(covid)).toContain('文件未说明')
      } else {
        expect(within(card).getByTestId('remote-not-covered')).toHaveTextContent('不套用其他地区的规定')
        expect(within(card).queryByTestId('remote-estimate-link')).toBeNull()
      }
    })
  }
})

describe('the situation cards: who bears 10% first, validity, promises, and the hand-over', () => {
  test('Weihai: referral and emergency bear 10% first, long-term residents do not', () => {
    renderFor('weihai')
    expect(within(choose('referral')).getByTestId('reimbursement')).toHaveTextContent('先由个人负担10%')
    expect(within(choose('emergency')).getByTestId('reimbursement')).toHaveTextContent('先由个人负担10%')
    expect(within(choose('longTermResidence')).getByTestId('reimbursement')).toHaveTextContent('不用个人先负担10%')
  })

  test('Weihai posted workers are handled as long-term residents, with a way to that card', () => {
    renderFor('weihai')
    const card = choose('postedWorker')
    expect(within(card).getByTestId('remote-same-as')).toHaveTextContent('按“长期异地居住”办理')
    fireEvent.click(within(card).getByText('查看“长期异地居住”'))
    expect(screen.getByTestId('remote-card')).toHaveAttribute('data-situation', 'longTermResidence')
  })

  test('Weihai is silent on migrant workers: the card says so and does not borrow Weifang’s roster rule', () => {
    renderFor('weihai')
    const card = choose('migrantWorker')
    expect(card).toHaveTextContent('文登区医保问答未单独说明外出务工、创业人员的异地就医办法')
    expect(card).not.toHaveTextContent('花名册')
    expect(card).not.toHaveTextContent('一年内不得变更')
  })

  test('Weifang: unreferred ratio unpublished; validity of one year; 6 months’ residence promise; any one material', () => {
    renderFor('weifang')
    expect(within(choose('unfiled')).getByTestId('reimbursement')).toHaveTextContent('该比例访谈未公布')
    const card = choose('longTermResidence')
    expect(within(card).getByTestId('validity')).toHaveTextContent('一年内不得变更')
    expect(card).toHaveTextContent('原则上不低于6个月')
    expect(within(card).getByTestId('materials-checklist-status')).toHaveTextContent('其中一项即可')
  })

  test('Weihai residence filing: validity is not in the documents and the card says so', () => {
    renderFor('weihai')
    const validity = within(choose('longTermResidence')).getByTestId('validity')
    expect(validity).toHaveTextContent('文件未说明')
    expect(validity).not.toHaveTextContent('一年')
  })

  test('the 报销测算 button hands the engine setting over and switches tab', () => {
    renderFor('weihai')
    // Weihai's emergency and referral settings are stays outside the city, and say so.
    expect(within(choose('referral')).getByTestId('remote-estimate-link')).toHaveTextContent('已选：异地转诊转院（威海市外）')
    expect(within(choose('emergency')).getByTestId('remote-estimate-link')).toHaveTextContent('已选：异地急诊（威海市外）')
    fireEvent.click(within(choose('emergency')).getByTestId('remote-estimate-link'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
    expect(takePendingParams('estimate')).toEqual({ mode: 'inpatient', setting: 'emergency' })

    const link = within(choose('postedWorker')).getByTestId('remote-estimate-link')
    expect(link).toHaveTextContent('已选：异地长期居住')
    fireEvent.click(link)
    expect(takePendingParams('estimate')).toEqual({ mode: 'inpatient', setting: 'longTermResidence' })
  })

  test('Weihai unfiled stays cannot be reimbursed: no estimate button', () => {
    renderFor('weihai')
    const card = choose('unfiled')
    // Not a lost cause: an emergency still in its window is filed now (issue 19); only an emergency
    // never filed or approved is "无法报销", and Weihai says nothing of a non-emergency self-referral.
    expect(within(card).getByTestId('unfiled-file-now')).toHaveTextContent('还在备案期限内就现在备案')
    expect(within(card).getByTestId('unfiled-emergency-consequence')).toHaveTextContent('未经批准和备案，发生的医疗费用无法报销')
    expect(within(card).getByTestId('reimbursement')).toHaveTextContent('文件未说明')
    expect(within(card).getByTestId('reimbursement')).not.toHaveTextContent('无法报销')
    expect(within(card).queryByTestId('remote-estimate-link')).toBeNull()
  })

  test('Weifang unfiled opens the estimate with the unreferred setting', () => {
    renderFor('weifang')
    fireEvent.click(within(choose('unfiled')).getByTestId('remote-estimate-link'))
    expect(takePendingParams('estimate')).toEqual({ mode: 'inpatient', setting: 'unreferred' })
  })

  test('a situation handed over by another page (FAQ) opens its card; junk is ignored', () => {
    goToTab('remote', { situation: 'emergency' })
    renderFor('weifang')
    expect(screen.getByTestId('remote-card')).toHaveAttribute('data-situation', 'emergency')
    cleanup()
    goToTab('remote', { situation: '<script>' as never })
    renderFor('weifang')
    expect(screen.queryByTestId('remote-card')).toBeNull()
  })

  test('the chosen situation stays open across a region switch, showing the new region’s rule', () => {
    renderFor('weihai')
    choose('migrantWorker')
    switchRegion('潍坊市')
    const card = screen.getByTestId('remote-card')
    expect(card).toHaveAttribute('data-region', 'weifang')
    expect(card).toHaveTextContent('花名册')
  })

  test('hotlines: Weifang numbers call with the area code; Weihai says none are published', () => {
    renderFor('weifang')
    const hotlines = screen.getByTestId('remote-hotlines')
    expect(hotlines).toHaveTextContent('安丘市医保中心门诊管理科：4253522')
    fireEvent.click(hotlines.querySelector('[data-phone="0536-4253522"]') as HTMLElement)
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0536-4253522' })
    expect(hotlines.querySelectorAll('[data-phone]')).toHaveLength(1)
    expect(hotlines).not.toHaveTextContent('行风热线')
    switchRegion('威海市')
    expect(screen.getByTestId('remote-hotline-agency')).toHaveTextContent(
      '请联系您参保所在地的医保经办机构（参保地医保经办机构）；威海市的政策文件没有给出它的电话号码'
    )
    expect(screen.getByTestId('remote-hotlines').querySelector('[data-phone]')).toBeNull()
  })
})

describe('who the COVID rules are for, the phone list, the Weihai referral and emergency cards', () => {
  const COVID_WHO = '新冠肺炎确诊、疑似患者'

  test.each(SITUATIONS.map((s) => [s.id]))('Weifang %s: no 4397117 anywhere; every COVID line says who it is for', (situation) => {
    renderFor('weifang')
    const card = choose(situation as RemoteSituation)
    expect(document.body.textContent).not.toContain('4397117')
    const covid = within(card).getByTestId('section-covid')
    expect(covid).toHaveTextContent('2020年疫情期间（仅限新冠肺炎确诊、疑似患者）')
    const lines = Array.from(covid.querySelectorAll('.remote-line')).map((l) => l.textContent ?? '')
    expect(lines).toHaveLength(4)
    for (const line of lines) expect(line.startsWith(COVID_WHO)).toBe(true)
    // Any COVID exemption shown elsewhere on the card (notes, sources) names them too.
    for (const el of Array.from(card.querySelectorAll('.remote-line, .source-note__quote'))) {
      const text = el.textContent ?? ''
      if (/先救治后结算|取消异地就医|不执行.*调减/.test(text)) expect(text).toMatch(/新冠肺炎确诊、疑似患者|确诊新冠肺炎患者/)
    }
  })

  test('Weihai says nothing about COVID: the section is not headed as a rule for patients', () => {
    renderFor('weihai')
    const covid = within(choose('emergency')).getByTestId('section-covid')
    expect(covid).toHaveTextContent('文件未说明')
    expect(covid).not.toHaveTextContent('仅限')
  })

  test('Weihai referral: out of the city; a referral inside Weihai is a local stay', () => {
    renderFor('weihai')
    expect(screen.getByText('文件称：异地转诊转院（威海市外）')).toBeInTheDocument()
    const card = choose('referral')
    expect(card).toHaveTextContent('异地转诊转院（威海市外）')
    expect(within(card).getByTestId('section-notes')).toHaveTextContent('在威海市内医院之间转诊转院的，不属于异地就医，按本地住院报销')
  })

  test('Weihai emergency: 急、危症或意外伤害 at a 定点医疗机构 outside Weihai; the insured person files, no family added', () => {
    renderFor('weihai')
    const card = choose('emergency')
    expect(within(card).getByTestId('section-applies')).toHaveTextContent('因急、危症或意外伤害，在威海市外的定点医疗机构住院治疗')
    expect(within(card).getByTestId('filing-who')).toHaveTextContent('通过电话、电子邮件等形式向医保经办机构备案')
    expect(card).not.toHaveTextContent('家属')
    expect(within(card).getByTestId('section-filing')).toHaveTextContent('经办机构可为其办理联网结算手续')
  })
})

describe('materials checklist', () => {
  const items = () => screen.getAllByTestId('checklist-item')

  test('ticks are remembered per region and situation across a restart', () => {
    renderFor('weihai')
    const card = choose('longTermResidence')
    const list = within(card).getByTestId('materials-checklist')
    const first = at(within(list).getAllByTestId('checklist-item'), 0)
    fireEvent.click(first)
    expect(first).toHaveAttribute('aria-checked', 'true')
    expect(first).toHaveTextContent('已备好')
    expect(within(card).getByTestId('materials-checklist-status')).toHaveTextContent('已备好 1 / 4 项')
    const stored = JSON.parse(memoryStorage.get('ybt:checklist') as string)
    expect(stored).toEqual({ v: 1, data: { 'weihai:longTermResidence:filing': ['本人身份证件'] } })

    cleanup()
    renderFor('weihai')
    choose('longTermResidence')
    expect(items()[0]).toHaveAttribute('aria-checked', 'true')
    // Another situation and another region have their own lists.
    choose('postedWorker')
    expect(items().every((i) => i.getAttribute('aria-checked') === 'false')).toBe(true)
    switchRegion('潍坊市')
    choose('longTermResidence')
    expect(items().every((i) => i.getAttribute('aria-checked') === 'false')).toBe(true)
  })

  test('untick and 清空勾选 remove the ticks from the device', () => {
    renderFor('weifang')
    const card = choose('emergency')
    const claim = within(card).getByTestId('claim-checklist')
    const ticks = within(claim).getAllByTestId('checklist-item')
    const [a, b] = [at(ticks, 0), at(ticks, 1)]
    fireEvent.click(a)
    fireEvent.click(b)
    fireEvent.click(a)
    expect(JSON.parse(memoryStorage.get('ybt:checklist') as string).data).toEqual({ 'weifang:emergency:claim': ['费用清单'] })
    fireEvent.click(within(claim).getByText('清空勾选'))
    expect(JSON.parse(memoryStorage.get('ybt:checklist') as string).data).toEqual({})
  })

  test('corrupt saved ticks are dropped with a notice, never a crash', () => {
    memoryStorage.set('ybt:checklist', '{not json')
    renderFor('weihai')
    expect(screen.getByTestId('checklist-notice')).toHaveTextContent('已损坏')
    choose('emergency')
    expect(items().length).toBeGreaterThan(0)
  })

  test('a failed save is said on the page', () => {
    renderFor('weihai')
    choose('emergency')
    ;(Taro.setStorageSync as jest.Mock).mockImplementationOnce(() => {
      throw new Error('full')
    })
    fireEvent.click(at(items(), 0))
    expect(screen.getByTestId('checklist-notice')).toHaveTextContent('未能保存')
  })
})

describe('emergency filing deadline', () => {
  const typeDate = (id: 'remote-admission' | 'remote-discharge', value: string) =>
    fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } })
  const deadline = () => screen.getByTestId('deadline-date')
  const safe = () => screen.getByTestId('deadline-safe')

  function open(region: RegionId, today = '2020-09-30') {
    overrideToday(() => today)
    renderFor(region)
    return choose('emergency')
  }

  test('defaults to today', () => {
    const card = open('weihai', '2020-06-05')
    expect((document.getElementById('remote-admission') as HTMLInputElement).value).toBe('2020-06-05')
    // Friday: Mon 06-08, Tue 06-09, Wed 06-10 — a weekend in between
    expect(deadline()).toHaveTextContent('2020年6月10日星期三')
    expect(card).toContainElement(deadline())
    // The page leads with the safe date: Fri 06-05 counts as day 1, then Mon 06-08, Tue 06-09.
    expect(safe()).toHaveTextContent('最晚2020年6月9日（含当天）星期二')
    expect(safe().className).toContain('key-figure')
    expect(deadline().className).not.toContain('key-figure')
  })

  test.each([
    // [admission, safe (admission day counted), legal (not counted)]
    ['2020-01-17', '2020-01-20', '2020-01-21'], // Fri 17; Sun 19 is a make-up workday
    ['2020-01-22', '2020-02-03', '2020-02-04'], // Wed 22, Thu 23, then the Spring Festival to 02-02
    ['2020-05-01', '2020-05-08', '2020-05-08'], // a holiday: both count from Wed 05-06
    ['2020-09-30', '2020-10-10', '2020-10-12'] // Wed 30, Fri 10-09, make-up Sat 10-10
  ])('Weihai safe and legal dates: admitted %s → safe %s, legal %s', (admission, safeIso, legalIso) => {
    open('weihai')
    typeDate('remote-admission', admission)
    expect(safe()).toHaveAttribute('data-iso', safeIso)
    expect(deadline()).toHaveAttribute('data-iso', legalIso)
    expect(screen.getByTestId('deadline-safe-basis')).toHaveTextContent('任何读法都不会耽误')
  })

  test.each([
    ['National Day with the make-up Saturday 10-10', '2020-09-30', '2020-10-12', '2020年10月12日星期一'],
    ['the extended 2020 Spring Festival', '2020-01-22', '2020-02-04', '2020年2月4日星期二'],
    ['a weekend (admitted on Saturday)', '2020-09-26', '2020-09-29', '2020年9月29日星期二'],
    ['a weekend (admitted on Friday)', '2020-06-05', '2020-06-10', '2020年6月10日星期三']
  ])('Weihai: %s: admitted %s → %s', (_name, admission, iso, shown) => {
    open('weihai')
    typeDate('remote-admission', admission)
    expect(deadline()).toHaveAttribute('data-iso', iso)
    expect(deadline()).toHaveTextContent(shown)
    expect(screen.getByTestId('deadline-basis')).toHaveTextContent('住院当日不计入')
    expect(screen.getByTestId('deadline-basis')).toHaveTextContent('调休')
    expect(screen.getByTestId('deadline-result')).toHaveTextContent('3个工作日内')
  })

  test('typed dates in everyday forms are understood', () => {
    open('weihai')
    for (const text of ['2020年9月30日', '2020.9.30', '2020/09/30', '20200930', '２０２０－０９－３０']) {
      typeDate('remote-admission', text)
      expect(deadline()).toHaveAttribute('data-iso', '2020-10-12')
    }
  })

  test('the date picker sets the date too', () => {
    open('weihai')
    const picker = at(within(screen.getByTestId('deadline-calculator')).getAllByTestId('picker-input'), 0)
    fireEvent.change(picker, { target: { value: '2020-01-22' } })
    expect((document.getElementById('remote-admission') as HTMLInputElement).value).toBe('2020-01-22')
    expect(deadline()).toHaveAttribute('data-iso', '2020-02-04')
  })

  test('Weifang: 5 calendar days, and a discharge before the 5th day sets the deadline', () => {
    open('weifang')
    typeDate('remote-admission', '2020-09-30')
    // 10-01..10-08 off: the admission day is the only working day in the window (POLICY-READING §8)
    expect(deadline()).toHaveAttribute('data-iso', '2020-10-09') // 10-05 moved past the holiday (第203条)
    expect(screen.getByTestId('deadline-basis')).toHaveTextContent('必须出院前')
    expect(safe()).toHaveAttribute('data-iso', '2020-09-30')
    expect(safe()).toHaveTextContent('最晚2020年9月30日（含当天）')
    expect(screen.getByTestId('deadline-warnings')).toHaveTextContent('10月1日至8日放假，只有入院当天是工作日')
    typeDate('remote-discharge', '2020-10-03')
    expect(deadline()).toHaveAttribute('data-iso', '2020-10-03') // never after discharge
    expect(deadline()).toHaveTextContent('2020年10月3日星期六')
    expect(screen.getByTestId('deadline-basis')).toHaveTextContent('出院日期2020-10-03更早')
    expect(safe()).toHaveAttribute('data-iso', '2020-09-30')
    fireEvent.click(screen.getByLabelText('清空出院日期（还没出院可不填）'))
    expect(deadline()).toHaveAttribute('data-iso', '2020-10-09')
  })

  test('Weifang: no working day in the window leads with the counted day, labelled 不保证', () => {
    open('weifang')
    typeDate('remote-admission', '2020-10-01')
    expect(screen.getByTestId('deadline-lead')).toHaveTextContent('不保证：窗口内没有工作日，请尽快联系参保地医保经办机构')
    expect(safe()).toHaveAttribute('data-iso', '2020-10-09')
    expect(safe()).not.toHaveTextContent('含当天')
    expect(screen.queryByTestId('deadline-date')).toBeNull()
    typeDate('remote-admission', '2020-05-01')
    typeDate('remote-discharge', '2020-05-03')
    expect(safe()).toHaveAttribute('data-iso', '2020-05-03')
    expect(screen.getByTestId('deadline-warnings')).toHaveTextContent('出院前没有工作日')
  })

  test('Weihai: a safe date on a make-up Saturday says so at the date; never "法律规定的最晚期限"', () => {
    open('weihai')
    typeDate('remote-admission', '2020-09-30')
    expect(safe()).toHaveTextContent('最晚2020年10月10日（含当天）星期六')
    expect(screen.getByTestId('deadline-safe-note')).toHaveTextContent('10月10日是周六，按国家节假日安排调休上班')
    expect(deadline()).toHaveAttribute('data-iso', '2020-10-12')
    expect(screen.getByTestId('deadline-basis')).toHaveTextContent('两份政策文件都没有引用这些法律条文')
    expect(screen.getByTestId('deadline-calculator')).not.toHaveTextContent('法律规定的最晚期限')
  })

  test('Weifang: discharge before admission is a clear message next to the discharge date', () => {
    open('weifang')
    typeDate('remote-admission', '2020-09-30')
    typeDate('remote-discharge', '2020-09-29')
    expect(screen.getByTestId('remote-discharge-error')).toHaveTextContent('出院日期不能早于入院日期')
    expect(screen.queryByTestId('deadline-date')).toBeNull()
  })

  test('Weihai: a year outside the holiday data (2027): the safe date in calendar days, said so, no legal date guessed', () => {
    open('weihai')
    typeDate('remote-admission', '2027-03-01')
    expect(screen.queryByTestId('deadline-date')).toBeNull()
    expect(screen.queryByTestId('deadline-error')).toBeNull()
    expect(safe()).toHaveAttribute('data-iso', '2027-03-03')
    const notice = screen.getByTestId('deadline-no-holidays')
    expect(notice).toHaveTextContent('未收录2027年的节假日安排')
    expect(notice).toHaveTextContent('请向参保地医保经办机构确认')
    // A count that would run into 2027 gives a calendar-day safe date too.
    typeDate('remote-admission', '2026-12-30')
    expect(safe()).toHaveAttribute('data-iso', '2027-01-01')
    expect(screen.getByTestId('deadline-no-holidays')).toHaveTextContent('2004–2026')
    typeDate('remote-admission', '2020-09-30')
    expect(screen.queryByTestId('deadline-no-holidays')).toBeNull()
    expect(deadline()).toHaveAttribute('data-iso', '2020-10-12')
  })

  test('Weifang needs no holiday data: 2027 still counts calendar days', () => {
    open('weifang')
    typeDate('remote-admission', '2027-03-01')
    expect(deadline()).toHaveAttribute('data-iso', '2027-03-06')
    expect(screen.getByTestId('deadline-warnings')).toHaveTextContent('未收录2027年的节假日安排')
  })

  test.each(['abc', '2020-02-30', '2020-13-01', '2020-9', '   ', '😀', 'x'.repeat(40)])(
    'bad date %j: a message, no stale deadline, no NaN',
    (bad) => {
      open('weihai')
      typeDate('remote-admission', '2020-09-30')
      expect(deadline()).toBeInTheDocument()
      typeDate('remote-admission', bad)
      expect(screen.queryByTestId('deadline-date')).toBeNull()
      expect(screen.getByTestId('deadline-calculator').textContent).not.toMatch(/NaN|undefined|Invalid/)
      if (bad.trim()) expect(screen.getByTestId('remote-admission-error')).toBeInTheDocument()
    }
  )

  test('a past deadline is marked as past', () => {
    open('weihai', '2020-12-01')
    typeDate('remote-admission', '2020-09-30')
    expect(screen.getByTestId('deadline-past')).toBeInTheDocument()
    typeDate('remote-admission', '2020-11-30')
    expect(screen.queryByTestId('deadline-past')).toBeNull()
  })

  test('加入手机日历: all-day event on the deadline, reminded at 09:00 the day before', async () => {
    open('weihai')
    typeDate('remote-admission', '2020-09-30')
    expect(screen.getByTestId('deadline-reminder')).toHaveTextContent('稳妥日期前一天上午9点')
    // the way to file is said once on the card, above; the reminder carries it
    expect(screen.getByTestId('deadline-reminder')).toHaveTextContent('提醒里附上上面的备案方式')
    expect(screen.getByTestId('deadline-reminder')).not.toHaveTextContent('通过电话、电子邮件等形式')
    fireEvent.click(screen.getByTestId('deadline-calendar'))
    expect(await screen.findByTestId('deadline-calendar-state')).toHaveTextContent('已加入手机日历')
    // The reminder is for the safe date, 2020-10-10; the legal limit is in the description.
    expect(Taro.addPhoneCalendar).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '威海市异地急诊住院备案（稳妥截止日）',
        startTime: Math.floor(new Date(2020, 9, 10).getTime() / 1000),
        allDay: true,
        alarm: true,
        alarmOffset: 15 * 3600
      })
    )
    const { description } = (Taro.addPhoneCalendar as jest.Mock).mock.calls[0][0]
    expect(description).toContain('2020年10月10日')
    expect(description).toContain('按日期计算规则算的最后一天为2020年10月12日')
    expect(description).not.toContain('法定')
    expect(description).toContain('通过电话、电子邮件等形式')
  })

  test('a calendar failure is said on the page', async () => {
    open('weifang')
    ;(Taro.addPhoneCalendar as jest.Mock).mockImplementationOnce(() => Promise.reject(new Error('denied')))
    fireEvent.click(screen.getByTestId('deadline-calendar'))
    expect(await screen.findByTestId('deadline-calendar-state')).toHaveTextContent('请手动记下')
  })
})

describe('the emergency card answers by when, how and what happens without it, at its top', () => {
  const order = (card: HTMLElement, ids: string[]) => {
    const all = Array.from(card.querySelectorAll('[data-testid]')).map((e) => e.getAttribute('data-testid'))
    return ids.map((id) => all.indexOf(id))
  }

  test.each(REGIONS)('%s: when, how, without come first, before any source box', (region) => {
    overrideToday(() => '2020-06-08')
    renderFor(region)
    const card = choose('emergency')
    const positions = order(card, ['urgent-when', 'urgent-how', 'urgent-without', 'section-applies'])
    const [when, how, without, applies] = [at(positions, 0), at(positions, 1), at(positions, 2), at(positions, 3)]
    expect(when).toBeGreaterThan(-1)
    expect(when).toBeLessThan(how)
    expect(how).toBeLessThan(without)
    expect(without).toBeLessThan(applies)
    // The first source box comes after the three answers.
    const firstSource = at(within(card).getAllByText(/^来源：$/), 0)
    expect(within(card).getByTestId('urgent-without').compareDocumentPosition(firstSource) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(within(card).getByTestId('deadline-safe')).toHaveTextContent('（含当天）')
  })

  test('Weihai: by phone or e-mail; without filing the costs are not reimbursed', () => {
    renderFor('weihai')
    const card = choose('emergency')
    expect(within(card).getByTestId('urgent-how')).toHaveTextContent('通过电话、电子邮件等形式向医保经办机构备案')
    expect(within(card).getByTestId('urgent-without')).toHaveTextContent('未经批准和备案，发生的医疗费用无法报销')
  })

  test('Weifang: the stamped diagnosis to the agency where the insurance is held; no phone; the consequence not borrowed', async () => {
    renderFor('weifang')
    const card = choose('emergency')
    expect(within(card).getByTestId('urgent-how')).toHaveTextContent('持就诊医院提供的急诊诊断证明（加盖医院公章）向参保地医保经办机构备案')
    expect(within(card).getByTestId('urgent-without')).toHaveTextContent('文件未说明')
    expect(card).not.toHaveTextContent('无法报销')
    expect(card).not.toHaveTextContent('打电话备案')
    expect(within(card).getByTestId('deadline-reminder')).not.toHaveTextContent(/打电话|通过电话/)
    expect(within(card).getByTestId('deadline-reminder')).toHaveTextContent('提醒里附上上面的备案方式')
    fireEvent.click(within(card).getByTestId('deadline-calendar'))
    await within(card).findByTestId('deadline-calendar-state')
    const { description } = (Taro.addPhoneCalendar as jest.Mock).mock.calls.at(-1)[0]
    expect(description).toContain('急诊诊断证明（加盖医院公章）')
    expect(description).not.toMatch(/打电话|通过电话/)
    expect(within(card).getByTestId('filing-who')).toHaveTextContent('没有说明必须由谁去办')
    expect(card).not.toHaveTextContent('家属')
  })

  test.each(REGIONS)('%s: 咨询电话 says whom to tell, not a bare 文件未说明', (region) => {
    renderFor(region)
    expect(screen.getByTestId('remote-hotline-agency')).toHaveTextContent('参保地医保经办机构')
    expect(screen.getByTestId('remote-hotline-agency')).toHaveTextContent('没有给出它的电话号码')
  })
})

describe('已经自己去外地住院，没办手续 leads to filing an emergency now', () => {
  test.each(REGIONS)('%s: the emergency window with its dates comes first', (region) => {
    overrideToday(() => '2020-09-30')
    renderFor(region)
    const card = choose('unfiled')
    const lead = within(card).getByTestId('section-unfiled-emergency')
    expect(lead).toHaveTextContent('还在备案期限内就现在备案')
    expect(within(lead).getByTestId('deadline-safe')).toHaveAttribute('data-iso', region === 'weihai' ? '2020-10-10' : '2020-09-30')
    expect(lead.compareDocumentPosition(within(card).getByTestId('section-applies')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    fireEvent.click(within(lead).getByTestId('unfiled-open-emergency'))
    expect(screen.getByTestId('remote-card')).toHaveAttribute('data-situation', 'emergency')
  })

  test('Weifang: the unfiled emergency consequence is not stated; the self-referral rule, ratio not given', () => {
    renderFor('weifang')
    const card = choose('unfiled')
    expect(within(card).getByTestId('unfiled-emergency-consequence')).toHaveTextContent('访谈没有说明急诊住院没有在期限内备案会怎样')
    expect(card).not.toHaveTextContent('无法报销')
    expect(within(card).getByTestId('reimbursement')).toHaveTextContent('该比例访谈未公布')
  })
})

describe('Weifang migrant workers, the roster is another path', () => {
  test('the individual materials are one-of; the roster is said apart', () => {
    renderFor('weifang')
    const card = choose('migrantWorker')
    expect(within(card).getByTestId('materials-other-path')).toHaveTextContent('由单位提供人员花名册')
    expect(within(card).getByTestId('materials-for')).toHaveTextContent('个人自行外出务工的')
    const list = within(card).getByTestId('materials-checklist')
    expect(list).not.toHaveTextContent('花名册')
    expect(within(list).getAllByTestId('checklist-item')).toHaveLength(3)
    expect(within(card).getByTestId('section-validity')).not.toHaveTextContent('有效期')
    expect(within(card).getByTestId('section-validity')).toHaveTextContent('备案生效后，一年内不得变更')
  })
})
