import { act, render, renderHook } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useOnScreen } from './on-screen'
import { at } from '../test-support/present'

type Report = (result: { intersectionRatio: number }) => void

const taro = Taro as unknown as Record<string, unknown>
const getCurrentInstance = Taro.getCurrentInstance as jest.Mock
const taroEnv = process.env.TARO_ENV

afterEach(() => {
  delete taro.createIntersectionObserver
  delete (window as unknown as Record<string, unknown>).IntersectionObserver
  if (taroEnv === undefined) Reflect.deleteProperty(process.env, 'TARO_ENV')
  else process.env.TARO_ENV = taroEnv
  getCurrentInstance.mockReturnValue({ router: { params: {} } })
})

test('where there is no observer (this mock, old clients) nothing is on screen: callers behave as before', () => {
  const { result } = renderHook(() => useOnScreen('est-result-head', true, { bottom: 64 }))
  expect(result.current).toBe(false)
})

test('an observer WeChat does not give (undefined, or without relativeToViewport) counts as none', () => {
  taro.createIntersectionObserver = jest.fn(() => undefined)
  getCurrentInstance.mockReturnValue({ router: { params: {} }, page: {} })
  expect(renderHook(() => useOnScreen('a', true)).result.current).toBe(false)
  taro.createIntersectionObserver = jest.fn(() => ({}))
  expect(renderHook(() => useOnScreen('a', true)).result.current).toBe(false)
})

test('WeChat: watches #id relative to the viewport less the margins, follows its reports, stops when inactive', () => {
  const page = { route: 'pages/estimate/index' }
  getCurrentInstance.mockReturnValue({ router: { params: {} }, page })
  const made: { component: unknown; margins?: object; selector?: string; report?: Report; disconnect: jest.Mock }[] = []
  taro.createIntersectionObserver = jest.fn((component: unknown) => {
    const o = {
      component,
      disconnect: jest.fn(),
      relativeToViewport(margins: object) {
        at(made, -1).margins = margins
        return this
      },
      observe(selector: string, report: Report) {
        Object.assign(at(made, -1), { selector, report })
      }
    }
    made.push({ component, disconnect: o.disconnect })
    return o
  })
  const { result, rerender } = renderHook(({ active }) => useOnScreen('est-result-head', active, { bottom: 64 }), {
    initialProps: { active: true }
  })
  expect(made).toHaveLength(1)
  expect(made[0]).toMatchObject({ component: page, margins: { top: 0, bottom: -64 }, selector: '#est-result-head' })
  expect(result.current).toBe(false)
  act(() => at(made, 0).report?.({ intersectionRatio: 0.3 }))
  expect(result.current).toBe(true)
  act(() => at(made, 0).report?.({ intersectionRatio: 0 }))
  expect(result.current).toBe(false)
  act(() => at(made, 0).report?.({ intersectionRatio: 1 }))
  rerender({ active: false })
  expect(result.current).toBe(false)
  expect(at(made, 0).disconnect).toHaveBeenCalled()
})

test("H5: the browser's observer on the element with the id, the viewport as root, the margins as rootMargin", () => {
  process.env.TARO_ENV = 'h5'
  const seen: {
    target: Element | null
    options?: IntersectionObserverInit
    report?: (entries: { isIntersecting: boolean }[]) => void
    disconnect: jest.Mock
  }[] = []
  class FakeObserver {
    disconnect = jest.fn()
    constructor(report: (entries: { isIntersecting: boolean }[]) => void, options: IntersectionObserverInit) {
      seen.push({ target: null, options, report, disconnect: this.disconnect })
    }

    observe(target: Element) {
      at(seen, -1).target = target
    }
  }
  ;(window as unknown as Record<string, unknown>).IntersectionObserver = FakeObserver
  render(<div id='est-result-head' />)
  const { result, unmount } = renderHook(() => useOnScreen('est-result-head', true, { bottom: 64 }))
  expect(seen).toHaveLength(1)
  expect(at(seen, 0).target?.id).toBe('est-result-head')
  expect(at(seen, 0).options).toMatchObject({ root: null, rootMargin: '0px 0px -64px 0px' })
  act(() => at(seen, 0).report?.([{ isIntersecting: true }]))
  expect(result.current).toBe(true)
  act(() => at(seen, 0).report?.([{ isIntersecting: false }]))
  expect(result.current).toBe(false)
  unmount()
  expect(at(seen, 0).disconnect).toHaveBeenCalled()
})
