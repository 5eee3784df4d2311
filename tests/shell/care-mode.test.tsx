import { readFileSync } from 'node:fs'
import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { careModeState, isLargeText, readSystemFontSetting } from '../../src/services/care-mode'
import { PageShell } from '../../src/components/page-shell'
import { memoryStorage } from '../mocks/taro'
import { seedRegion } from '../fixtures/stored'

const getAppBaseInfo = Taro.getAppBaseInfo as jest.Mock

test.each([
  [{ fontSizeSetting: 16, fontSizeScaleFactor: 1 }, false],
  [{ fontSizeSetting: 17 }, false],
  [{ fontSizeSetting: 20 }, true],
  [{ fontSizeScaleFactor: 1.3 }, true],
  [{ fontSizeScaleFactor: 1.05, fontSizeSetting: 17 }, false],
  [{ fontSizeScaleFactor: Number.NaN }, false],
  [{}, false],
  [null, false]
])('system font %j → large text %s', (info, large) => {
  expect(isLargeText(info as never)).toBe(large)
})

test('follows the phone on start when the user has not chosen', () => {
  getAppBaseInfo.mockReturnValueOnce({ fontSizeSetting: 22, fontSizeScaleFactor: 1.4 })
  expect(careModeState()).toEqual({ enabled: true, source: 'system' })
})

test('an API that throws or is missing falls back safely to normal text', () => {
  getAppBaseInfo.mockImplementationOnce(() => {
    throw new Error('not supported')
  })
  expect(readSystemFontSetting()).toBeNull()
  expect(careModeState('auto', null)).toEqual({ enabled: false, source: 'system' })
})

test('the header switch overrides the phone and is remembered', () => {
  seedRegion('weihai')
  getAppBaseInfo.mockReturnValue({ fontSizeSetting: 22, fontSizeScaleFactor: 1.4 })
  const { container, unmount } = render(<PageShell title='报销测算'>{() => <p>x</p>}</PageShell>)
  expect(container.querySelector('.page')).toHaveClass('care-mode')
  fireEvent.click(screen.getByTestId('care-mode-switch'))
  expect(container.querySelector('.page')).not.toHaveClass('care-mode')
  expect(JSON.parse(memoryStorage.get('ybt:care-mode') as string)).toEqual({ v: 1, data: 'off' })
  unmount()
  render(<PageShell title='报销测算'>{() => <p>x</p>}</PageShell>)
  expect(screen.getByTestId('care-mode-switch')).toHaveTextContent('关怀模式：关')
  getAppBaseInfo.mockReset()
})

// The care-mode tokens are the one place the sizes live; check them against the MIIT rules.
test('care-mode tokens meet the 适老化 minimums', () => {
  const scss = readFileSync('src/app.scss', 'utf8')
  const block = /\.care-mode \{([\s\S]*?)\n\}/.exec(scss)?.[1] ?? ''
  const px = (name: string) => Number(new RegExp(`--${name}: (\\d+(?:\\.\\d+)?)PX;`).exec(block)?.[1])
  for (const t of ['font-caption', 'font-small', 'font-body', 'font-title']) expect(px(t)).toBeGreaterThanOrEqual(18)
  expect(px('font-figure')).toBeGreaterThanOrEqual(30)
  expect(px('tap-min')).toBeGreaterThanOrEqual(60)
  expect(px('tap-min-compact')).toBeGreaterThanOrEqual(60)
  expect(Number(/--line-height: ([\d.]+);/.exec(block)?.[1])).toBeGreaterThanOrEqual(1.3)
})

test('the 关于 and 隐私说明 pages carry the care switch too; the privacy page links back to 关于', async () => {
  const { default: AboutPage } = await import('../../src/pages/about/index')
  const { default: PrivacyPage } = await import('../../src/pages/privacy/index')
  const about = render(<AboutPage />)
  expect(screen.getByTestId('care-mode-switch')).toBeInTheDocument()
  expect(screen.getByTestId('privacy-link')).toBeInTheDocument()
  about.unmount()
  render(<PrivacyPage />)
  expect(screen.getByTestId('care-mode-switch')).toBeInTheDocument()
  expect(screen.getByTestId('about-link')).toBeInTheDocument()
})
