import { render, screen, fireEvent, within, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ContributionPage from '../../src/pages/contribution/index'
import { overrideToday } from '../../src/services/clock'
import { householdContribution, contributionPeriod, formatYuan } from '../../src/engine'
import { weihai2020, weifang2020 } from '../../src/policy'
import { memoryStorage } from '../mocks/taro'
import { envelope, seedRegion } from '../fixtures/stored'
import { at } from '../../src/test-support/present'
import { renderPageFor } from '../../src/test-support/pages'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const HOUSEHOLD_KEY = 'ybt:household'

function renderFor(region: 'weihai' | 'weifang', today = '2026-03-15') {
  overrideToday(() => today)
  return renderPageFor(ContributionPage, region, POLICY_YEAR)
}

afterEach(() => overrideToday(null))

const chip = (group: string, text: string) => within(screen.getByTestId(group)).getByText(text)

function addMember(category: '成年居民' | '未成年居民' | '高校学生', tier?: '一档' | '二档') {
  fireEvent.click(chip('household-category', category))
  if (tier) fireEvent.click(chip('household-tier', tier))
  fireEvent.click(screen.getByTestId('household-add'))
}

describe('Weihai residents', () => {
  test('standards per person come from the engine, each with its source on tap', () => {
    renderFor('weihai')
    const expected = householdContribution({
      region: 'weihai',
      year: POLICY_YEAR,
      members: [{ category: 'adult', tier: 1 }, { category: 'adult', tier: 2 }, { category: 'minor' }, { category: 'student' }]
    })
    const rows = screen.getAllByTestId('standard')
    expect(rows).toHaveLength(4)
    expected.lines.forEach((line, i) => {
      expect(rows[i]).toHaveTextContent(line.label)
      expect(rows[i]).toHaveTextContent(formatYuan(line.amount as string))
    })
    expect(rows[0]).toHaveTextContent('¥450.00')
    expect(rows[1]).toHaveTextContent('¥650.00')
    expect(rows[0]).not.toHaveTextContent('原文')
    fireEvent.click(within(at(rows, 0)).getByTestId('source-toggle'))
    expect(rows[0]).toHaveTextContent('原文：“威海市成年居民一档缴费标准为每人每年450元”')
    expect(rows[0]).toHaveTextContent('2020年居民医疗保险缴费标准公布')
  })

  test('a 建档立卡 member: the 2019 subsidy shown as 2019, the 2020 amount not published, left out of the total kept at the top', () => {
    renderFor('weihai')
    addMember('成年居民', '一档')
    fireEvent.click(chip('household-poverty', '是'))
    const note = screen.getByTestId('household-poverty-note')
    expect(note).toHaveTextContent('2020年度贫困人口的参保补贴标准文件未公布')
    expect(note).toHaveTextContent('2019年度的补贴：成年人按450元、学生按200元补贴')
    addMember('成年居民', '二档')
    addMember('高校学生')
    const lines = screen.getAllByTestId('household-line')
    expect(lines[0]).toHaveTextContent('¥450.00')
    expect(lines[1]).toHaveTextContent('成年居民（二档）建档立卡贫困人口未公布')
    expect(lines[2]).toHaveTextContent('建档立卡贫困人口未公布')
    // the total counts only what is published, says whom it leaves out, and sits above the list
    const sum = screen.getByTestId('household-sum')
    expect(sum).toHaveTextContent('全家合计（1人，不含2位建档立卡贫困人口）')
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥450.00')
    expect(sum.compareDocumentPosition(screen.getByTestId('household-add')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(screen.getByTestId('household-poverty-left-out')).toHaveTextContent('个人要缴多少本页不计算')
    const saved = JSON.parse(memoryStorage.get(HOUSEHOLD_KEY) as string)
    expect(saved.data.map((m: { poverty?: boolean }) => m.poverty ?? false)).toEqual([false, true, true])
  })

  test('a household saved before the 建档立卡 choice still opens, everyone counted', () => {
    memoryStorage.set(
      HOUSEHOLD_KEY,
      JSON.stringify({
        v: 1,
        data: [
          { id: 'a', category: 'adult', tier: 1 },
          { id: 'b', category: 'minor' }
        ]
      })
    )
    renderFor('weihai')
    expect(screen.getAllByTestId('household-line')).toHaveLength(2)
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥650.00')
    expect(screen.queryByTestId('household-notice')).toBeNull()
  })

  test('household of four: each line and the total, remembered on the device', () => {
    const { unmount } = renderFor('weihai')
    expect(screen.getByTestId('household-empty')).toBeInTheDocument()
    addMember('成年居民', '一档')
    addMember('成年居民', '二档')
    addMember('未成年居民')
    addMember('高校学生')
    const lines = screen.getAllByTestId('household-line')
    expect(lines.map((l) => l.textContent)).toEqual([
      expect.stringContaining('1. 成年居民（一档）¥450.00'),
      expect.stringContaining('2. 成年居民（二档）¥650.00'),
      expect.stringContaining('3. 未成年居民¥200.00'),
      expect.stringContaining('4. 高校学生¥200.00')
    ])
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥1,500.00')
    expect(screen.getByTestId('household-total').className).toContain('key-figure')

    const saved = JSON.parse(memoryStorage.get(HOUSEHOLD_KEY) as string)
    expect(saved.v).toBe(1)
    expect(saved.data.map((m: { category: string; tier?: number }) => [m.category, m.tier])).toEqual([
      ['adult', 1],
      ['adult', 2],
      ['minor', undefined],
      ['student', undefined]
    ])

    unmount()
    renderFor('weihai')
    expect(screen.getAllByTestId('household-line')).toHaveLength(4)
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥1,500.00')
  })

  test('removing a member updates the lines, the total and the saved list', () => {
    renderFor('weihai')
    addMember('成年居民', '二档')
    addMember('未成年居民')
    addMember('成年居民', '一档')
    fireEvent.click(screen.getByLabelText('删除第2位：未成年居民'))
    const lines = screen.getAllByTestId('household-line')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toHaveTextContent('2. 成年居民（一档）')
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥1,100.00')
    expect(JSON.parse(memoryStorage.get(HOUSEHOLD_KEY) as string).data).toHaveLength(2)
  })

  test('清空 asks first and keeps the list when the user cancels', async () => {
    renderFor('weihai')
    addMember('高校学生')
    ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
    await act(async () => {
      fireEvent.click(screen.getByTestId('household-clear'))
    })
    expect(screen.getAllByTestId('household-line')).toHaveLength(1)
    ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: true, cancel: false })
    await act(async () => {
      fireEvent.click(screen.getByTestId('household-clear'))
    })
    expect(screen.getByTestId('household-empty')).toBeInTheDocument()
    expect(JSON.parse(memoryStorage.get(HOUSEHOLD_KEY) as string).data).toEqual([])
  })

  test('a corrupt saved household is replaced, and the page says so', () => {
    memoryStorage.set(HOUSEHOLD_KEY, '{not json')
    renderFor('weihai')
    expect(screen.getByTestId('household-notice')).toHaveTextContent('已损坏')
    expect(screen.getByTestId('household-empty')).toBeInTheDocument()
  })

  test('a saved household with a bad member is dropped with a notice, not half-read', () => {
    memoryStorage.set(
      HOUSEHOLD_KEY,
      JSON.stringify({
        v: 1,
        data: [
          { id: 'a', category: 'adult', tier: 1 },
          { id: 'b', category: 'adult', tier: 3 }
        ]
      })
    )
    renderFor('weihai')
    expect(screen.getByTestId('household-notice')).toBeInTheDocument()
    expect(screen.queryAllByTestId('household-line')).toHaveLength(0)
  })

  test('when the device refuses to save, the page says the list will be lost', () => {
    renderFor('weihai')
    ;(Taro.setStorageSync as jest.Mock).mockImplementationOnce(() => {
      throw new Error('quota')
    })
    addMember('高校学生')
    expect(screen.getByTestId('household-save-failed')).toHaveTextContent('未能保存到本机')
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥200.00')
  })

  test('the 50th member is the last one that can be added', () => {
    memoryStorage.set(HOUSEHOLD_KEY, envelope(Array.from({ length: 49 }, (_, i) => ({ id: `m${i}`, category: 'minor' }))))
    renderFor('weihai')
    addMember('未成年居民')
    expect(screen.getAllByTestId('household-line')).toHaveLength(50)
    expect(screen.getByTestId('household-add')).toBeDisabled()
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥10,000.00')
  })

  test('poverty subsidy is labelled 2019 with the mid-year rule', () => {
    renderFor('weihai')
    const poverty = screen.getByTestId('poverty')
    expect(within(poverty).getByTestId('poverty-year')).toHaveTextContent('2019年度标准')
    expect(poverty).toHaveTextContent('成年人（2019年度）¥450.00')
    expect(poverty).toHaveTextContent('学生（2019年度）¥200.00')
    expect(poverty).toHaveTextContent('2020年度补贴标准文件未公布')
    const midYear = within(poverty)
      .getAllByTestId('mid-year')
      .map((e) => e.textContent)
    expect(midYear.join('')).toContain('已缴费的按规定标准返还本人')
    expect(midYear.join('')).toContain('未缴费的从财政预拨资金解决')
    fireEvent.click(within(poverty).getByTestId('source-toggle'))
    expect(poverty).toHaveTextContent('2019年度贫困人口成年按450元进行补贴')
  })

  test('ways to pay: numbered steps from the pack, copy buttons for names to search', async () => {
    renderFor('weihai')
    const channels = screen.getAllByTestId('channel')
    expect(channels.map((c) => c.getAttribute('data-channel'))).toEqual(
      weihai2020.residentContribution.channels instanceof Array ? weihai2020.residentContribution.channels.map((c) => c.id) : []
    )
    const official = at(channels, 0)
    const steps = within(official)
      .getAllByRole('listitem')
      .map((s) => s.textContent)
    expect(steps).toEqual(['1在微信中关注“山东税务”公众号', '2依次选择“微信办税—社保费—居民医疗/居民养老/社保费补缴申报”', '3在线缴费'])
    expect(channels[3]).toHaveTextContent('持身份证件、社保卡、银行卡等缴费')
    expect(channels[4]).toHaveTextContent('未给出具体办理方式')

    const names = screen.getAllByTestId('copy-name').map((b) => b.getAttribute('data-name'))
    expect(names).toEqual(['山东税务', '山东税务社保费缴纳'])
    await act(async () => {
      fireEvent.click(screen.getByLabelText('复制名称：山东税务社保费缴纳'))
    })
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: '山东税务社保费缴纳' })
    expect(channels[1]).toHaveTextContent('已复制')
  })

  test('a failed copy says so instead of pretending', async () => {
    renderFor('weihai')
    ;(Taro.setClipboardData as jest.Mock).mockRejectedValueOnce(new Error('denied'))
    await act(async () => {
      fireEvent.click(screen.getByLabelText('复制名称：山东税务'))
    })
    expect(screen.getAllByTestId('channel')[0]).toHaveTextContent('复制失败，请手动输入')
  })
})

describe('collection period against today (injected clock)', () => {
  const expectStatus = (today: string) => contributionPeriod({ region: 'weihai', year: POLICY_YEAR, today })

  test('before the period: upcoming, days until the start, reminder offered', () => {
    renderFor('weihai', '2019-12-20')
    const status = screen.getByTestId('period-status')
    expect(status).toHaveAttribute('data-status', 'upcoming')
    expect(screen.getByTestId('days-until')).toHaveTextContent('12')
    expect(expectStatus('2019-12-20')).toMatchObject({ daysUntilStart: 12 })
    expect(screen.getByTestId('add-calendar')).toBeInTheDocument()
    expect(screen.queryByTestId('policy-year-notice')).toBeNull()
  })

  test('inside the period: open, days left as a key figure', () => {
    renderFor('weihai', '2020-03-01')
    expect(screen.getByTestId('period-status')).toHaveAttribute('data-status', 'open')
    expect(screen.getByTestId('days-left')).toHaveTextContent('61')
    expect(screen.getByTestId('days-left').className).toContain('key-figure')
    expect(screen.getByTestId('period-dates')).toHaveTextContent('2020年1月1日 至 2020年4月30日')
    expect(screen.getByTestId('calendar-explanation')).toHaveTextContent('截止前3天（2020年4月27日）上午9点')
  })

  test('on the last day: open with 1 day left, and no reminder to set', () => {
    renderFor('weihai', '2020-04-30')
    expect(screen.getByTestId('period-status')).toHaveAttribute('data-status', 'open')
    expect(screen.getByTestId('days-left')).toHaveTextContent('1')
    expect(screen.getByTestId('period-status')).toHaveTextContent('今天是缴费期最后一天')
    expect(screen.queryByTestId('add-calendar')).toBeNull()
  })

  test('after the period: closed, says the app carries 2020 policy only, no reminder', () => {
    renderFor('weihai', '2020-05-01')
    expect(screen.getByTestId('period-status')).toHaveAttribute('data-status', 'closed')
    expect(screen.getByTestId('period-status')).toHaveTextContent('已于2020年4月30日结束')
    expect(screen.getByTestId('period-status')).toHaveTextContent('只收录了2020年度政策')
    expect(screen.queryByTestId('add-calendar')).toBeNull()
  })

  test('today, years later: closed, and the page says plainly that it only has 2020 policy', () => {
    renderFor('weihai', '2026-03-15')
    expect(screen.getByTestId('period-status')).toHaveAttribute('data-status', 'closed')
    expect(screen.getByTestId('policy-year-notice')).toHaveTextContent('今天是2026年3月15日')
    expect(screen.getByTestId('policy-year-notice')).toHaveTextContent('本应用只收录了2020年度的政策文件')
    // said once on the page: the period card does not repeat today's date or the 2020-only line
    expect(screen.getByTestId('period-status')).toHaveTextContent('已于2020年4月30日结束')
    expect(screen.getByTestId('period-status')).not.toHaveTextContent('今天是')
    expect(screen.getByTestId('period-status')).not.toHaveTextContent('只收录')
  })

  test('the real clock is used when nothing is pinned', () => {
    overrideToday(null)
    seedRegion('weihai')
    render(<ContributionPage year={POLICY_YEAR} />)
    const now = new Date()
    const words = `今天是${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`
    const said = [screen.queryByTestId('policy-year-notice'), screen.getByTestId('period-status')].map((el) => el?.textContent ?? '')
    expect(said.filter((t) => t.includes(words))).toHaveLength(1)
  })

  test('加入手机日历 calls the calendar only on tap, on the last day with a 3-days-before alarm', async () => {
    renderFor('weihai', '2020-03-01')
    expect(Taro.addPhoneCalendar).not.toHaveBeenCalled()
    await act(async () => {
      fireEvent.click(screen.getByTestId('add-calendar'))
    })
    expect(Taro.addPhoneCalendar).toHaveBeenCalledTimes(1)
    const call = (Taro.addPhoneCalendar as jest.Mock).mock.calls[0][0]
    const end = new Date(2020, 3, 30)
    expect(call.startTime).toBe(Math.floor(end.getTime() / 1000))
    expect(call.alarmOffset).toBe(3 * 86400 - 9 * 3600)
    const rings = new Date((call.startTime - call.alarmOffset) * 1000)
    expect([rings.getMonth() + 1, rings.getDate(), rings.getHours()]).toEqual([4, 27, 9])
    expect(call.title).toContain('威海市')
    expect(screen.getByTestId('calendar-outcome')).toHaveTextContent('已加入手机日历')
  })

  test('a refused calendar permission is reported', async () => {
    renderFor('weihai', '2020-04-28')
    ;(Taro.addPhoneCalendar as jest.Mock).mockRejectedValueOnce(new Error('auth deny'))
    expect(screen.getByTestId('calendar-explanation')).toHaveTextContent('截止前一天（2020年4月29日）上午9点')
    await act(async () => {
      fireEvent.click(screen.getByTestId('add-calendar'))
    })
    expect(screen.getByTestId('calendar-outcome')).toHaveTextContent('未能加入日历')
  })
})

describe('Weifang residents', () => {
  test('says plainly that contributions and the period are not published, and shows what is known', () => {
    renderFor('weifang')
    const notice = screen.getByTestId('resident-unpublished')
    expect(notice).toHaveTextContent('缴费标准和缴费时间未公布')
    expect(notice).toHaveTextContent('安丘访谈未公布潍坊2020年居民医保个人缴费标准')
    expect(notice).toHaveTextContent('安丘访谈未公布潍坊2020年度居民医保集中缴费期')
    expect(screen.queryByTestId('standards')).toBeNull()
    expect(screen.queryByTestId('household')).toBeNull()
    expect(screen.queryByTestId('period')).toBeNull()
    expect(screen.queryByText(/450|650/)).toBeNull()

    const known = screen.getByTestId('resident-known')
    expect(within(known).getByTestId('critical-funding')).toHaveTextContent('¥81.00')
    expect(known).toHaveTextContent('按每人81元投入大病保险')
    expect(within(known).getByTestId('no-extra-premium')).toHaveTextContent('参保人不再另行缴费')
    fireEvent.click(within(known).getByTestId('source-toggle'))
    expect(known).toHaveTextContent('从筹集的居民基本医疗保险基金中按人均81元的标准')
    expect(known).toHaveTextContent('安丘市医疗保障局')
  })

  test('poverty: the subsidy amount is unpublished; the mid-year text is shown with its source', () => {
    renderFor('weifang')
    const poverty = screen.getByTestId('poverty')
    expect(within(poverty).getByTestId('poverty-unpublished')).toHaveTextContent('未给出补贴金额')
    expect(poverty).toHaveTextContent('对新增贫困人口及时落实参保缴费和补贴政策')
    expect(weifang2020.residentContribution.povertySubsidy).toMatchObject({ unpublished: true })
  })

  test('a saved household survives a visit to Weifang', () => {
    memoryStorage.set(HOUSEHOLD_KEY, envelope([{ id: 'a', category: 'adult', tier: 2 }]))
    renderFor('weifang')
    fireEvent.click(screen.getByRole('radio', { name: '参保地：威海市' }))
    expect(screen.getByTestId('household-total')).toHaveTextContent('¥650.00')
  })
})
