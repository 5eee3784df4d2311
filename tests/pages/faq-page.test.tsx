import { screen, fireEvent, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import FaqPage from '../../src/pages/faq/index'
import { FAQ_ENTRIES } from '../../src/policy/faq-2020'
import { at } from '../../src/test-support/present'
import { renderPageFor } from '../../src/test-support/pages'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

const renderFor = (region: 'weihai' | 'weifang') => renderPageFor(FaqPage, region, POLICY_YEAR)

const search = (text: string) => fireEvent.change(screen.getByLabelText('搜索问题'), { target: { value: text } })
const count = () => Number(/共 (\d+) 条/.exec(screen.getByTestId('faq-count').textContent ?? '')?.[1])

test('lists the entries of the chosen region, and all of them under 全部地区', () => {
  renderFor('weihai')
  const weihai = FAQ_ENTRIES.filter((e) => e.regions.includes('weihai')).length
  expect(count()).toBe(weihai)
  fireEvent.click(within(screen.getByTestId('faq-region-filter')).getByText('全部地区'))
  expect(count()).toBe(FAQ_ENTRIES.length)
  expect(FAQ_ENTRIES.length).toBeGreaterThanOrEqual(25)
})

test('a synonym finds the entry and highlights the matched words', () => {
  renderFor('weifang')
  search('生孩子')
  expect(count()).toBeGreaterThan(0)
  const highlighted = screen.getAllByTestId('faq-highlight').map((el) => el.textContent)
  expect(highlighted.some((t) => /生育|分娩|生孩子|产假/.test(t ?? ''))).toBe(true)
})

test('topic filter narrows the list', () => {
  renderFor('weifang')
  const before = count()
  fireEvent.click(within(screen.getByTestId('faq-topic-filter')).getByText('大病保险'))
  expect(count()).toBeLessThan(before)
  expect(count()).toBeGreaterThan(0)
})

test('nonsense shows an empty state with suggestions that work', () => {
  renderFor('weihai')
  search('火星签证')
  expect(screen.getByTestId('faq-empty')).toHaveTextContent('没有找到相关问题')
  fireEvent.click(screen.getByText('报账'))
  expect(count()).toBeGreaterThan(0)
})

test.each([
  ['empty', ''],
  ['only spaces', '   '],
  ['emoji', '😀🎉'],
  ['1,000 characters', 'x'.repeat(1000)],
  ['regex metacharacters', '(*+?['],
  ['control and zero-width characters', '\u0000\u200b']
])('bad search input (%s) neither crashes nor shows NaN', (_name, text) => {
  renderFor('weihai')
  search(text)
  expect(screen.getByTestId('faq-count').textContent).toMatch(/^共 \d+ 条$/)
})

test('tapping an entry opens its answer with the source; phone numbers call with the area code', () => {
  renderFor('weifang')
  search('热线')
  const answers = screen.getAllByTestId('faq-answer')
  expect(answers.length).toBeGreaterThan(0)
  expect(answers[0]).toHaveTextContent('来源')
  // folded as on every other page: the document and its words appear on tap
  expect(answers[0]).not.toHaveTextContent('原文')
  fireEvent.click(within(at(answers, 0)).getByTestId('source-toggle'))
  expect(answers[0]).toHaveTextContent('原文：“')
  const phone = document.querySelector('[data-phone="0536-4253522"]') as HTMLElement
  expect(phone).toBeTruthy()
  fireEvent.click(phone)
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0536-4253522' })
  // The 2020-06-09 programme's call-in line is no consultation number: not shown, not dialled.
  expect(document.body.textContent).not.toContain('4397117')
  expect(document.querySelector('[data-phone*="4397117"]')).toBeNull()
})

test('an entry a calculator answers links to that tool', () => {
  renderFor('weihai')
  search('住院')
  const link = at(screen.getAllByTestId('faq-tool-link'), 0)
  fireEvent.click(link)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: expect.stringMatching(/^\/pages\/(estimate|remote|contribution)\/index$/) })
})
