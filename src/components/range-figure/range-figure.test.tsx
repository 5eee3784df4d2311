import { fireEvent, render, screen, within } from '@testing-library/react'
import type { Layer, Range, ReadingShown } from '../../engine'
import { yuan } from '../../engine'
import { figureText, layerFigure, perHundredText, RangeFigure } from '.'

import { weihai2020 } from '../../policy/weihai-2020'
import { at } from '../../test-support/present'

const packReading = weihai2020.readings['weihai.assistancePeriod']
if (!packReading) throw new Error('the Weihai pack lists weihai.assistancePeriod')
const perYear = at(packReading.options, 0, 'weihai.assistancePeriod options').reference
const perStay = at(packReading.options, 1, 'weihai.assistancePeriod options').reference

// Weihai poverty, 一档, 三级, deductible 1,000, stays 30,000 → 80,000 → 150,000 (T = C): the year
// under the first reading of each, and with 救助's 2万 per stay (POLICY-READING §10, issue 18).
const assistancePeriod: ReadingShown = {
  id: 'weihai.assistancePeriod',
  question: '救助的“2万元以上”是按全年累计算，还是每次住院分别算？',
  options: [
    {
      label: '按全年累计计算',
      figure: yuan('8828.75'),
      outOfPocket: yuan('8828.75'),
      range: { low: yuan('8828.75'), high: yuan('9404.75') },
      reference: perYear
    },
    {
      label: '按每次住院分别计算',
      figure: yuan('11144.00'),
      outOfPocket: yuan('11144.00'),
      range: { low: yuan('11144.00'), high: yuan('11144.00') },
      reference: perStay
    }
  ]
}

describe('readings too many to combine', () => {
  const second: ReadingShown = {
    ...assistancePeriod,
    id: 'weihai.criticalPeriod',
    question: '大病保险的“5000元以上”，是按全年累计的个人负担算，还是每次住院分别算？'
  }

  test('says right under the figure that several readings together may give more or less than listed', () => {
    render(
      <RangeFigure
        usual='81403.84'
        range={{ low: null, high: null }}
        readings={[assistancePeriod, second]}
        unknowns={[]}
        testId='share'
        readingsNotAllCombined
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('¥81,403.84')
    const caveat = screen.getByTestId('share-caveat')
    expect(within(caveat).getByTestId('share-not-combined').textContent).toBe(
      '下面几处理解如果同时取另一种，金额可能比列出的更多或更少：组合太多，本应用没有逐一算出。'
    )
  })

  test('not said when every combination was run', () => {
    render(
      <RangeFigure usual='81403.84' range={{ low: null, high: null }} readings={[assistancePeriod, second]} unknowns={[]} testId='share' />
    )
    expect(screen.queryByTestId('share-not-combined')).toBeNull()
  })
})

describe('the headline', () => {
  test('exact: one figure, no caveat', () => {
    render(<RangeFigure usual='3598.00' range={{ low: '3598.00', high: '3598.00' }} readings={[]} unknowns={[]} testId='share' />)
    expect(screen.getByTestId('share').textContent).toBe('¥3,598.00')
    expect(screen.queryByTestId('share-caveat')).toBeNull()
  })

  test('readings only: the first reading as the figure, each question with one figure per option, never a bare range', () => {
    render(
      <RangeFigure
        usual='8828.75'
        range={{ low: '8828.75', high: '11144.00' }}
        readings={[assistancePeriod]}
        unknowns={[]}
        testId='share'
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('¥8,828.75')
    const caveat = screen.getByTestId('share-caveat')
    expect(caveat.textContent).toContain('上面的数按每处的第一种理解')
    expect(caveat.textContent).toContain('救助的“2万元以上”是按全年累计算，还是每次住院分别算？')
    expect(screen.getAllByTestId('share-option').map((o) => o.textContent)).toEqual([
      '按全年累计计算：¥8,828.75',
      '按每次住院分别计算：¥11,144.00'
    ])
    expect(document.body.textContent).not.toMatch(/[–~]|至少|最多/)
  })

  test('a reading opens its sources on a tap, and from the keyboard', () => {
    render(
      <RangeFigure
        usual='8828.75'
        range={{ low: '8828.75', high: '11144.00' }}
        readings={[assistancePeriod]}
        unknowns={[]}
        testId='share'
      />
    )
    const question = within(screen.getByTestId('share-reading')).getByRole('button')
    expect(question).toHaveAttribute('aria-expanded', 'false')
    fireEvent.keyDown(question, { key: 'Enter' })
    expect(question).toHaveAttribute('aria-expanded', 'true')
    // Both readings of 救助's 2万 rest on one sentence: it is quoted once, as what both read.
    expect(perYear.quote).toBe(perStay.quote)
    expect(screen.getByTestId('share-reading-sources').textContent).toContain('两种理解都出自这句原文')
    expect(screen.getByTestId('share-reading-sources').textContent).toContain(perStay.quote)
    fireEvent.keyDown(question, { key: ' ' })
    expect(screen.queryByTestId('share-reading-sources')).toBeNull()
  })

  test('options resting on different words each show their own', () => {
    const other = weihai2020.readings['weihai.waiverPeriod']
    if (!other) throw new Error('the Weihai pack lists weihai.waiverPeriod')
    const reading: ReadingShown = {
      ...assistancePeriod,
      options: assistancePeriod.options.map((o, k) => ({ ...o, reference: k === 0 ? perYear : at(other.options, 0).reference }))
    }
    render(<RangeFigure usual='8828.75' range={{ low: '8828.75', high: '11144.00' }} readings={[reading]} unknowns={[]} testId='share' />)
    fireEvent.click(within(screen.getByTestId('share-reading')).getByRole('button'))
    expect(screen.getByTestId('share-reading-sources').textContent).toContain('“按每次住院分别计算”的依据')
  })

  test('only the high side open (an unpublished cap): "至少", with what is missing', () => {
    render(
      <RangeFigure
        usual='25500.00'
        range={{ low: '25500.00', high: null }}
        readings={[]}
        unknowns={[{ id: 'assistanceCap', label: '医疗救助年度限额（文件未公布）', raisesShare: true }]}
        testId='share'
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('至少 ¥25,500.00')
    expect(screen.getByTestId('share-more').textContent).toBe('实际可能更多，因为：医疗救助年度限额（文件未公布）。')
    expect(screen.queryByTestId('share-less')).toBeNull()
  })

  test('only the low side open: "最多", never "¥0–X"', () => {
    render(
      <RangeFigure
        usual='4100.00'
        range={{ low: null, high: '4100.00' }}
        readings={[]}
        unknowns={[{ id: 'criticalRule', label: '大病保险的标准（文件未公布）', raisesShare: false }]}
        testId='share'
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('最多 ¥4,100.00')
    expect(screen.getByTestId('share-less').textContent).toBe('实际可能更少，因为：大病保险的标准（文件未公布）。')
    expect(document.body.textContent).not.toMatch(/¥0\.00|–/)
  })

  test('a payout turns the direction: an unpublished quota that raises the share makes the payout "可能更少"', () => {
    render(
      <RangeFigure
        usual='8000.00'
        range={{ low: null, high: '8000.00' }}
        readings={[]}
        unknowns={[{ id: 'fixedRateQuota', label: '定额结算的定额标准（文件未公布）', raisesShare: true }]}
        testId='pay'
        measures='payout'
      />
    )
    expect(screen.getByTestId('pay').textContent).toBe('最多 ¥8,000.00')
    expect(screen.getByTestId('pay-less').textContent).toBe('实际可能更少，因为：定额结算的定额标准（文件未公布）。')
    expect(screen.queryByTestId('pay-more')).toBeNull()
  })

  test('both sides open (安丘 key group): the published figures\' answer, said so, may be lower and higher with the reasons; no "至少"', () => {
    render(
      <RangeFigure
        usual='15345.00'
        range={{ low: null, high: null }}
        readings={[]}
        unknowns={[
          { id: 'waiverRule', label: '医疗机构减免的标准（文件未公布）', raisesShare: false },
          { id: 'assistanceCap', label: '医疗救助年度限额（文件未公布）', raisesShare: true },
          { id: 'commercialRule', label: '医疗商业保险补偿的标准（文件未公布）', raisesShare: false }
        ]}
        testId='share'
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('¥15,345.00')
    expect(screen.getByTestId('share-basis').textContent).toContain('只按文件已公布的数字')
    expect(screen.getByTestId('share-less').textContent).toBe(
      '实际可能更少，因为：医疗机构减免的标准（文件未公布）、医疗商业保险补偿的标准（文件未公布）。'
    )
    expect(screen.getByTestId('share-more').textContent).toBe('实际可能更多，因为：医疗救助年度限额（文件未公布）。')
    expect(document.body.textContent).not.toMatch(/至少|最多/)
  })

  test('the deductible not entered: what 100 yuan of it changes, and the input offered (tap and keyboard)', () => {
    const onTap = jest.fn()
    render(
      <RangeFigure
        usual={null}
        range={{ low: '2940.00', high: null }}
        readings={[]}
        unknowns={[{ id: 'deductible', label: '起付标准（未填写）', perHundred: yuan('50.00'), raisesShare: true }]}
        testId='share'
        offers={{ deductible: { text: '填写起付标准', onTap } }}
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('至少 ¥2,940.00')
    expect(screen.getByTestId('share-per-hundred').textContent).toBe('起付标准每多100元，您多付¥50.00。')
    const offer = screen.getByTestId('share-offer-deductible')
    fireEvent.click(offer)
    fireEvent.keyDown(offer, { key: 'Enter' })
    expect(onTap).toHaveBeenCalledTimes(2)
  })

  test('a deductible that changes nothing says so', () => {
    expect(perHundredText('0.00')).toBe('起付标准多少不影响您要付的钱')
    expect(perHundredText('45.00')).toBe('起付标准每多100元，您多付¥45.00')
  })

  test('no figure at all: says what is missing, no number made up', () => {
    render(
      <RangeFigure
        usual={null}
        range={{ low: null, high: null }}
        readings={[]}
        unknowns={[
          { id: 'deductible', label: '起付标准（未填写）', perHundred: yuan('50.00'), raisesShare: true },
          { id: 'criticalRule', label: '大病保险的标准（文件未公布）', raisesShare: false }
        ]}
        testId='share'
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('暂无法算出')
    expect(screen.getByTestId('share-missing').textContent).toContain('起付标准（未填写）、大病保险的标准（文件未公布）')
    expect(document.body.textContent).not.toMatch(/¥0\.00/)
  })

  test('readings and an open side together: the bound per reading', () => {
    const reading: ReadingShown = {
      ...assistancePeriod,
      options: [
        { ...at(assistancePeriod.options, 0), range: { low: yuan('8000.00'), high: null } },
        { ...at(assistancePeriod.options, 1), range: { low: yuan('9000.00'), high: null } }
      ]
    }
    render(
      <RangeFigure
        usual='8000.00'
        range={{ low: '8000.00', high: null }}
        readings={[reading]}
        unknowns={[{ id: 'assistanceCap', label: '医疗救助年度限额（文件未公布）', raisesShare: true }]}
        testId='share'
      />
    )
    expect(screen.getByTestId('share').textContent).toBe('至少 ¥8,000.00')
    expect(screen.getAllByTestId('share-option').map((o) => o.textContent)).toEqual([
      '按全年累计计算：至少 ¥8,000.00',
      '按每次住院分别计算：至少 ¥9,000.00'
    ])
  })

  test('a line figure folds its readings behind one tap', () => {
    render(
      <RangeFigure
        usual='8828.75'
        range={{ low: '8828.75', high: '11144.00' }}
        readings={[assistancePeriod]}
        unknowns={[]}
        testId='entry'
        size='line'
        lead='个人负担'
      />
    )
    expect(screen.getByTestId('entry').textContent).toBe('个人负担 ¥8,828.75（按第一种理解，另一种理解下不同）')
    expect(screen.queryByTestId('entry-option')).toBeNull()
    fireEvent.keyDown(screen.getByTestId('entry-unfold'), { key: ' ' })
    expect(screen.getAllByTestId('entry-option')).toHaveLength(2)
  })
})

describe('figureText and layerFigure', () => {
  test('a bound only in the direction the range is open', () => {
    expect(figureText('100.00', { low: '100.00', high: null })).toBe('至少 ¥100.00')
    expect(figureText('100.00', { low: null, high: '100.00' })).toBe('最多 ¥100.00')
    expect(figureText('100.00', { low: null, high: null })).toBe('¥100.00')
    // "至少 ¥0" says nothing.
    expect(figureText(null, { low: '0.00', high: null })).toBe('暂无法算出')
  })

  // A layer as the engine gives it, its figures written as plain strings (yuan() checks each).
  type LayerFixture = Omit<Partial<Layer>, 'amount' | 'range'> & { amount?: string | null; range?: Range<string> }
  const inYuan = (s: string | null) => (s === null ? null : yuan(s))
  const layer = ({ amount = null, range = { low: null, high: null }, ...l }: LayerFixture): Layer => ({
    id: 'assistance',
    label: '医疗救助',
    status: 'computed',
    sources: [],
    ...l,
    amount: inYuan(amount),
    range: { low: inYuan(range.low), high: inYuan(range.high) }
  })
  test('layers: unpublished, at most, a bound that says nothing, readings', () => {
    expect(layerFigure(layer({ status: 'unpublished', range: { low: '0.00', high: null } })).text).toBe('未公布')
    expect(layerFigure(layer({ amount: '4100.00', range: { low: null, high: '4100.00' } })).text).toBe('最多 ¥4,100.00')
    expect(layerFigure(layer({ status: 'notComputable', range: { low: null, high: '12500.00' } })).text).toBe('最多 ¥12,500.00')
    expect(layerFigure(layer({ status: 'notComputable', range: { low: '0.00', high: null } }))).toEqual({ text: '无法测算', missing: true })
    const readings = layerFigure(layer({ amount: '18287.50', range: { low: '2292.50', high: '25042.50' } }))
    expect(readings.text).toBe('¥18,287.50')
    expect(readings.note).toContain('第一种理解')
    const open = layerFigure(layer({ amount: '805.00', range: { low: null, high: null } }))
    expect(open).toEqual({ text: '¥805.00', note: '按已公布的数字；实际可能更少也可能更多', missing: false })
  })
})
