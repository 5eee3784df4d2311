import { render, screen, fireEvent, within, act, cleanup } from '@testing-library/react'
import Taro from '@tarojs/taro'
import EstimatePage from '../../src/pages/estimate/index'
import OutpatientPage from '../../src/pages/outpatient/index'
import MaternityPage from '../../src/pages/maternity/index'
import { DEFAULT_FORMS, decodeShare, encodeShare, seal } from '../../src/features/share'
import type { InpatientForm, MaternityForm } from '../../src/features/share'
import { addSaved, loadSaved, SAVED_STORE_KEY } from '../../src/features/saved'
import { memoryStorage } from '../mocks/taro'
import { envelope, seedRegion } from '../fixtures/stored'
import { at } from '../../src/test-support/present'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const choose = (group: string, text: string) => fireEvent.click(within(screen.getByTestId(group)).getByText(text))

const weihaiStay: InpatientForm = {
  ...DEFAULT_FORMS.inpatient,
  tier: '1',
  level: '3',
  total: '120000',
  compliant: '100000',
  deductible: '1000',
  poverty: true
}

function fillWeihaiStay() {
  choose('est-tier', '一档')
  choose('est-level', '三级医院')
  type('住院总费用', '12万')
  type('其中政策范围内费用（不清楚可不填）', '100,000')
  type('就诊医院的起付标准（不清楚可不填）', '1000')
  choose('est-poverty', '是')
}

function openWithParams(params: Record<string, string>, storedRegion?: 'weihai' | 'weifang') {
  if (storedRegion) seedRegion(storedRegion)
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params })
  return render(<EstimatePage year={POLICY_YEAR} />)
}

afterEach(() => {
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: {} })
})

describe('share codes', () => {
  test('round trip for every mode, with only non-default fields in a short code', () => {
    const code = encodeShare('weihai', 'inpatient', { ...weihaiStay, total: '12万', compliant: '100,000' }, 2020)
    expect(code).toMatch(/^2_wh_2020_i_[0-9A-Za-z._]+~[0-9a-z]{7}$/)
    expect(code.length).toBeLessThan(80)
    expect(decodeShare(code)).toEqual({ ok: true, shared: { region: 'weihai', year: 2020, mode: 'inpatient', form: weihaiStay } })

    const maternity: MaternityForm = { ...DEFAULT_FORMS.maternity, event: 'miscarriage', months: '4.5', wage: '6000.5' }
    expect(decodeShare(encodeShare('weifang', 'maternity', maternity, 2020))).toEqual({
      ok: true,
      shared: { region: 'weifang', year: 2020, mode: 'maternity', form: maternity }
    })
    const outpatient = { ...DEFAULT_FORMS.outpatient, scheme: 'employee' as const, cost: '600', used: '200' }
    expect(decodeShare(encodeShare('weifang', 'outpatient', outpatient, 2020))).toEqual({
      ok: true,
      shared: { region: 'weifang', year: 2020, mode: 'outpatient', form: outpatient }
    })
  })

  test('the new fields travel too: county, day basis, 生育医疗费', () => {
    const stay: InpatientForm = {
      ...DEFAULT_FORMS.inpatient,
      tier: '1',
      total: '80000',
      compliant: '70000',
      assistance: 'key',
      county: 'anqiu'
    }
    expect(decodeShare(encodeShare('weifang', 'inpatient', stay, 2020))).toEqual({
      ok: true,
      shared: { region: 'weifang', year: 2020, mode: 'inpatient', form: stay }
    })
    const medical: MaternityForm = {
      ...DEFAULT_FORMS.maternity,
      sub: 'medical',
      medicalKind: 'miscarriage',
      months: '4',
      spouse: true,
      monthDays: '30'
    }
    expect(decodeShare(encodeShare('weifang', 'maternity', medical, 2020))).toEqual({
      ok: true,
      shared: { region: 'weifang', year: 2020, mode: 'maternity', form: medical }
    })
  })

  test('a version-1 link (made before links carried a year) opens as 2020', () => {
    // As the version-1 encoder wrote it: no year between the region and the mode; its checksum.
    const v1 = '1_wh_i_t1_l3_T120000_C100000_d1000_v1~03o1ybj'
    expect(decodeShare(v1)).toEqual({ ok: true, shared: { region: 'weihai', year: 2020, mode: 'inpatient', form: weihaiStay } })
    openWithParams({ e: v1 })
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('按2020年度政策测算')
    expect(screen.getByTestId('patient-share')).toHaveTextContent('¥26,240.00')
  })

  test('a version-2 code with a bad year is refused', () => {
    const code = encodeShare('weihai', 'inpatient', weihaiStay, 2020)
    expect(decodeShare(code.replace('_2020_', '_20x0_'))).toMatchObject({ ok: false })
  })

  test('a percent-encoded code still opens', () => {
    const code = encodeShare('weifang', 'inpatient', { ...DEFAULT_FORMS.inpatient, ratio: '62.5', total: '1000', compliant: '900' }, 2020)
    expect(decodeShare(encodeURIComponent(code).replace(/~/g, '%7E'))).toMatchObject({ ok: true })
  })

  test('truncated, edited or foreign codes are refused as a whole', () => {
    const code = encodeShare('weihai', 'inpatient', weihaiStay, 2020)
    const bad = [
      code.slice(0, -1), // truncated checksum
      code.slice(0, code.indexOf('~')), // no checksum
      code.slice(0, 20), // cut in the middle
      code.replace('T120000', 'T130000'), // edited amount, old checksum
      code.replace('_wh_', '_bj_'),
      '',
      '~',
      'abc',
      '2_wh_i~0000000',
      'x'.repeat(1000)
    ]
    for (const c of bad) expect(decodeShare(c)).toMatchObject({ ok: false, reason: expect.stringMatching(/链接|版本/) })
  })

  test('a well-formed code with an invalid value is refused (validated on the way in)', () => {
    // Codes with a valid checksum but bad content, the way a tamperer would build them.
    const sign = seal
    expect(decodeShare(sign('1_wh_i_t1_T120000'))).toMatchObject({ ok: true })
    for (const payload of [
      '1_wh_i_t7', // enum index out of range
      '1_wh_i_T1.234', // sub-fen amount
      '1_wh_i_T99999999999', // beyond range
      '1_wh_i_T1..2',
      '1_wh_i_q150', // ratio above 100%
      '1_wh_i_v2', // not a boolean
      '1_wh_i_Z1', // unknown field
      '1_wh_i_t1_t2', // duplicated field
      '1_wh_m_m11', // 11 months pregnant
      '1_wh_x_t1' // unknown mode
    ]) {
      expect(decodeShare(sign(payload))).toMatchObject({ ok: false })
    }
  })
})

describe('the page with a share link', () => {
  test('the receiver sees the same inputs and the same result, and the link region is applied', () => {
    const sender = openWithParams({}, 'weihai')
    fillWeihaiStay()
    const senderShare = screen.getByTestId('patient-share').textContent
    const hook = (Taro.useShareAppMessage as jest.Mock).mock.calls.at(-1)?.[0] as () => { title: string; path: string }
    const { path, title } = hook()
    expect(path).toMatch(/^\/pages\/estimate\/index\?e=2_wh_2020_i_/)
    expect(title).toContain('威海市')
    const timeline = (Taro.useShareTimeline as jest.Mock).mock.calls.at(-1)?.[0] as () => { query: string }
    expect(`?${timeline().query}`).toBe(path.slice(path.indexOf('?')))
    sender.unmount()

    // Moments' single-page mode: a phone with no stored region.
    memoryStorage.clear()
    const e = decodeURIComponent(at(path.split('e='), 1))
    openWithParams({ e })
    expect(screen.getByTestId('patient-share').textContent).toBe(senderShare)
    expect(screen.getByTestId('patient-share')).toHaveTextContent('¥26,240.00')
    expect((screen.getByLabelText('住院总费用') as HTMLInputElement).value).toBe('120000')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('已打开分享的测算（威海市·住院）')
    expect(memoryStorage.get('ybt:region')).toBe(envelope('weihai'))
  })

  test('a link made when "按总费用估算" copied the total into the compliant part opens with the compliant part unknown', () => {
    // Older versions put compliant = total and set the flag; the flag still means "not known", so the
    // receiver gets the honest range instead of a share computed as if every yuan were reimbursable.
    const older: InpatientForm = {
      ...DEFAULT_FORMS.inpatient,
      tier: '1',
      level: '3',
      total: '30000',
      compliant: '30000',
      compliantAssumed: true,
      deductible: '1000',
      poverty: true
    }
    openWithParams({ e: encodeShare('weihai', 'inpatient', older, 2020) }, 'weihai')
    expect((screen.getByLabelText('其中政策范围内费用（不清楚可不填）') as HTMLInputElement).value).toBe('')
    expect(screen.getByTestId('assumed-notice')).toBeInTheDocument()
    // 9.8% of a compliant part of at most 30,000.
    expect(screen.getByTestId('patient-share')).toHaveTextContent('至少 ¥2,940.00')
  })

  test('a link from another region switches the region to the link’s', () => {
    // Made when 门诊 was a mode of this tab: the tab sends it on to the 门诊 page, which opens it.
    const code = encodeShare('weifang', 'outpatient', { ...DEFAULT_FORMS.outpatient, cost: '600' }, 2020)
    openWithParams({ e: code }, 'weihai').unmount()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/outpatient/index?e=${encodeURIComponent(code)}` })
    render(<OutpatientPage year={POLICY_YEAR} />)
    expect(screen.getByRole('radio', { name: '参保地：潍坊市' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByTestId('outpatient-amount')).toHaveTextContent('¥300.00')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('已打开分享的测算（潍坊市·门诊）')
  })

  test('an old 生育 link opens the 生育 page with the same inputs and result', () => {
    const form: MaternityForm = { ...DEFAULT_FORMS.maternity, sub: 'childbirth', designated: 'yes', actual: '3000' }
    const code = encodeShare('weifang', 'maternity', form, 2020)
    openWithParams({ e: code }, 'weihai').unmount()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/maternity/index?e=${encodeURIComponent(code)}` })
    render(<MaternityPage year={POLICY_YEAR} />)
    expect(screen.getByTestId('childbirth-amount')).toHaveTextContent('¥800.00')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('已打开分享的测算（潍坊市·生育）')
  })

  test('a 门诊 link sent to the 生育 page goes on to the 门诊 page', () => {
    const code = encodeShare('weifang', 'outpatient', { ...DEFAULT_FORMS.outpatient, cost: '600' }, 2020)
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: { e: code } })
    render(<MaternityPage year={POLICY_YEAR} />)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/outpatient/index?e=${encodeURIComponent(code)}` })
  })

  test("in Moments' single-page mode (no navigation) an old 门诊 link says how to open it", () => {
    const api = Taro as unknown as { getLaunchOptionsSync?: () => { scene: number } }
    api.getLaunchOptionsSync = () => ({ scene: 1154 })
    try {
      openWithParams({ e: encodeShare('weifang', 'outpatient', { ...DEFAULT_FORMS.outpatient, cost: '600' }, 2020) }, 'weihai')
      expect(Taro.navigateTo).not.toHaveBeenCalled()
      expect(screen.getByTestId('estimate-banner')).toHaveTextContent('前往小程序')
    } finally {
      delete api.getLaunchOptionsSync
    }
  })

  test('the 门诊 page shares a link to itself, which opens the same inputs and result', () => {
    seedRegion('weifang')
    render(<OutpatientPage year={POLICY_YEAR} />)
    fireEvent.change(screen.getByLabelText('普通门诊费用'), { target: { value: '600' } })
    expect(screen.getByTestId('outpatient-amount')).toHaveTextContent('¥300.00')
    const hook = (Taro.useShareAppMessage as jest.Mock).mock.calls.at(-1)?.[0] as () => { title: string; path: string }
    const { path, title } = hook()
    expect(path).toMatch(/^\/pages\/outpatient\/index\?e=2_wf_2020_o_/)
    expect(title).toBe('门诊报销测算（潍坊市）')
    cleanup()
    memoryStorage.clear()
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: { e: decodeURIComponent(at(path.split('e='), 1)) } })
    render(<OutpatientPage year={POLICY_YEAR} />)
    expect(screen.getByTestId('outpatient-amount')).toHaveTextContent('¥300.00')
    expect((screen.getByLabelText('普通门诊费用') as HTMLInputElement).value).toBe('600')
  })

  test.each([
    ['truncated', (c: string) => c.slice(0, 15)],
    ['tampered', (c: string) => c.replace('T120000', 'T1')],
    ['garbage', () => '%E0%A4%A']
  ])('a %s link opens with a notice and a blank form', (_name, spoil) => {
    openWithParams({ e: spoil(encodeShare('weifang', 'inpatient', weihaiStay, 2020)) }, 'weihai')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('分享链接不完整或已被改动')
    expect((screen.getByLabelText('住院总费用') as HTMLInputElement).value).toBe('')
    expect(screen.queryByTestId('patient-share')).toBeNull()
    // The stored region is kept: nothing from the broken link is trusted.
    expect(screen.getByRole('radio', { name: '参保地：威海市' })).toHaveAttribute('aria-checked', 'true')
  })

  test('a broken link on a phone with no region still asks for the region', () => {
    openWithParams({ e: 'nonsense' })
    expect(screen.getByText('请先选择您的参保地')).toBeInTheDocument()
  })
})

describe('saved estimates', () => {
  test('save under a name, list, reopen after a restart, delete', () => {
    const first = openWithParams({}, 'weihai')
    fillWeihaiStay()
    type('给这次测算起个名字', '妈妈住院')
    fireEvent.click(screen.getByTestId('save-estimate'))
    expect(screen.getByTestId('saved-message')).toHaveTextContent('已保存“妈妈住院”')
    expect(screen.getAllByTestId('saved-item')).toHaveLength(1)
    first.unmount()

    // A new session: the form is blank, the list is still there.
    openWithParams({})
    expect((screen.getByLabelText('住院总费用') as HTMLInputElement).value).toBe('')
    const item = screen.getByTestId('saved-item')
    expect(item).toHaveTextContent('妈妈住院')
    expect(item).toHaveTextContent('威海市 · 2020年度政策 · 住院')
    fireEvent.click(within(item).getByTestId('saved-open'))
    expect((screen.getByLabelText('住院总费用') as HTMLInputElement).value).toBe('120000')
    expect(screen.getByTestId('patient-share')).toHaveTextContent('¥26,240.00')

    fireEvent.click(within(item).getByTestId('saved-delete'))
    expect(within(item).getByTestId('saved-delete')).toHaveTextContent('确认删除')
    fireEvent.click(within(item).getByTestId('saved-delete'))
    expect(screen.queryAllByTestId('saved-item')).toHaveLength(0)
    expect(loadSaved().entries).toHaveLength(0)
  })

  test('reopening switches to the saved region and mode', () => {
    const saved = addSaved('潍坊生孩子', { region: 'weifang', year: 2020 }, 'maternity', {
      ...DEFAULT_FORMS.maternity,
      sub: 'childbirth',
      designated: 'yes',
      actual: '3000'
    })
    if (!saved.ok) throw new Error(saved.message)
    const tab = openWithParams({}, 'weihai')
    fireEvent.click(screen.getByTestId('saved-open'))
    // 生育 is its own page: the tab opens it there, naming the entry.
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/maternity/index?saved=${encodeURIComponent(saved.entry.id)}` })
    tab.unmount()
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: { saved: saved.entry.id } })
    render(<MaternityPage year={POLICY_YEAR} />)
    expect(screen.getByRole('radio', { name: '参保地：潍坊市' })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByTestId('childbirth-amount')).toHaveTextContent('¥800.00')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('已打开保存的测算“潍坊生孩子”（潍坊市·生育）')
  })

  test('a 门诊 estimate is saved on its page, listed with the others, and a 住院 one opens on the tab from there', () => {
    addSaved('妈妈住院', { region: 'weihai', year: 2020 }, 'inpatient', weihaiStay, new Date('2020-05-01T08:00:00Z'))
    seedRegion('weifang')
    render(<OutpatientPage year={POLICY_YEAR} />)
    fireEvent.change(screen.getByLabelText('普通门诊费用'), { target: { value: '600' } })
    fireEvent.click(screen.getByTestId('save-estimate'))
    expect(screen.getByTestId('saved-message')).toHaveTextContent('已保存“潍坊门诊测算”')
    const items = screen.getAllByTestId('saved-item')
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('潍坊市 · 2020年度政策 · 门诊'),
      expect.stringContaining('妈妈住院')
    ])
    fireEvent.click(within(at(items, 1)).getByTestId('saved-open'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/estimate/index' })
    cleanup()
    render(<EstimatePage year={POLICY_YEAR} />)
    expect(screen.getByTestId('patient-share')).toHaveTextContent('¥26,240.00')
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('已打开保存的测算“妈妈住院”')
  })

  test('a saved estimate that is gone opens a blank form with a notice', () => {
    ;(Taro.useRouter as jest.Mock).mockReturnValue({ params: { saved: 'deleted-1' } })
    seedRegion('weihai')
    render(<OutpatientPage year={POLICY_YEAR} />)
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('已不在本机')
    expect((screen.getByLabelText('慢性病门诊费用') as HTMLInputElement).value).toBe('')
  })

  test('an empty name uses a descriptive default; a form with a bad amount is not saved', () => {
    openWithParams({}, 'weihai')
    type('住院总费用', '5万')
    fireEvent.click(screen.getByTestId('save-estimate'))
    expect(screen.getByTestId('saved-item')).toHaveTextContent('威海住院 总费用50000元')
    type('住院总费用', 'abc')
    fireEvent.click(screen.getByTestId('save-estimate'))
    expect(screen.getByTestId('saved-message')).toHaveTextContent('请先改正')
    expect(screen.getAllByTestId('saved-item')).toHaveLength(1)
  })

  test('unreadable entries are skipped with a notice; the rest still open', () => {
    addSaved('好的', { region: 'weihai', year: 2020 }, 'inpatient', weihaiStay, new Date('2020-05-01T08:00:00Z'))
    const stored = JSON.parse(memoryStorage.get(SAVED_STORE_KEY) as string)
    stored.data.push(
      {
        id: 'x1',
        name: '坏金额',
        region: 'weihai',
        mode: 'inpatient',
        inputs: { ...weihaiStay, total: 'NaN' },
        savedAt: '2020-05-01T08:00:00.000Z'
      },
      { id: 'x2', name: '坏地区', region: 'beijing', mode: 'inpatient', inputs: weihaiStay, savedAt: '2020-05-01T08:00:00.000Z' },
      { id: 'x3', name: '少字段', region: 'weihai', mode: 'inpatient', inputs: { tier: '1' }, savedAt: '2020-05-01T08:00:00.000Z' },
      null,
      'text'
    )
    memoryStorage.set(SAVED_STORE_KEY, JSON.stringify(stored))
    openWithParams({}, 'weihai')
    expect(screen.getByTestId('saved-notice')).toHaveTextContent('有 5 条保存的测算无法读取')
    expect(screen.getAllByTestId('saved-item')).toHaveLength(1)
    expect(screen.getByTestId('saved-item')).toHaveTextContent('好的')
  })

  test('an entry saved before the county and day-basis fields existed still opens, with them empty', () => {
    const { county: _county, ...older } = { ...weihaiStay }
    memoryStorage.set(
      SAVED_STORE_KEY,
      JSON.stringify({
        v: 1,
        data: [{ id: 'o1', name: '旧版本', region: 'weihai', mode: 'inpatient', inputs: older, savedAt: '2020-05-01T08:00:00.000Z' }]
      })
    )
    const list = loadSaved()
    expect(list.notice).toBeUndefined()
    expect(at(list.entries, 0).inputs).toEqual({ ...weihaiStay, county: '' })
    // Version-1 storage had no year: its estimates were all made under the 2020 rules.
    expect(at(list.entries, 0).year).toBe(2020)
    openWithParams({}, 'weihai')
    fireEvent.click(screen.getByTestId('saved-open'))
    expect(screen.getByTestId('estimate-banner')).toHaveTextContent('按保存时的2020年度政策测算')
    expect(screen.getByTestId('patient-share')).toHaveTextContent('¥26,240.00')
  })

  test.each([
    ['corrupt JSON', '{"v":1,"data":[{'],
    ['an old schema version', envelope([], 0)],
    ['not a list', envelope({ a: 1 })]
  ])('%s in storage gives a notice, not a crash', (_name, raw) => {
    memoryStorage.set(SAVED_STORE_KEY, raw)
    openWithParams({}, 'weihai')
    expect(screen.getByTestId('saved-notice')).toHaveTextContent('保存的测算')
    expect(screen.getByTestId('saved-empty')).toBeInTheDocument()
  })

  test('a failing storage says so instead of pretending to save', () => {
    openWithParams({}, 'weihai')
    const spy = jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('quota')
    })
    act(() => {
      fireEvent.click(screen.getByTestId('save-estimate'))
    })
    expect(screen.getByTestId('saved-message')).toHaveTextContent('保存失败')
    spy.mockRestore()
  })
})
