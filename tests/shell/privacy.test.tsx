import { render, screen, fireEvent, act, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import PrivacyPage from '../../src/pages/privacy/index'
import { PrivacySheet } from '../../src/components/privacy-sheet'
import { installPrivacyHandler, resetPrivacyForTests, type PrivacyResolve } from '../../src/services/privacy'
import { copyText } from '../../src/services/device'
import { getRegion } from '../../src/services/region'
import { memoryStorage } from '../mocks/taro'
import { envelope, seedRegion } from '../fixtures/stored'

afterEach(() => resetPrivacyForTests())

function triggerConsent(): jest.Mock {
  installPrivacyHandler('weapp')
  const handler = (Taro as any).onNeedPrivacyAuthorization.mock.calls[0][0] as (r: PrivacyResolve) => void
  const resolve = jest.fn()
  act(() => handler(resolve))
  return resolve
}

test('WeChat’s consent request shows our sheet; agreeing through the open-type button answers with its id', () => {
  render(<PrivacySheet />)
  const resolve = triggerConsent()
  expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
  expect(screen.getByTestId('privacy-sheet')).toBeInTheDocument()
  const agree = screen.getByText('同意')
  expect(agree).toHaveAttribute('data-open-type', 'agreePrivacyAuthorization')
  expect(agree).toHaveAttribute('id', 'privacy-agree')
  fireEvent.click(agree)
  expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
  expect(screen.queryByTestId('privacy-sheet')).toBeNull()
})

test('refusing closes the sheet and the app stays usable: copy falls back to showing the text', async () => {
  render(<PrivacySheet />)
  const resolve = triggerConsent()
  fireEvent.click(screen.getByText('不同意'))
  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
  ;(Taro.setClipboardData as jest.Mock).mockRejectedValueOnce({ errno: 104, errMsg: 'privacy permission is not authorized' })
  await expect(copyText('山东税务')).resolves.toBe(false)
  expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('山东税务') }))
})

test('the handler is not installed on H5', () => {
  installPrivacyHandler('h5')
  expect((Taro as any).onNeedPrivacyAuthorization).not.toHaveBeenCalled()
})

test('the privacy page lists what is kept and clears all of it, leaving other apps’ keys', async () => {
  seedRegion('weihai')
  memoryStorage.set('ybt:estimates', envelope([]))
  memoryStorage.set('other', 'x')
  render(<PrivacyPage />)
  expect(screen.getByTestId('stored-region')).toHaveTextContent('已保存')
  expect(screen.getByTestId('stored-household')).toHaveTextContent('无')
  fireEvent.click(screen.getByTestId('clear-all-data'))
  await waitFor(() => expect(screen.getByTestId('clear-done')).toBeInTheDocument())
  expect([...memoryStorage.keys()]).toEqual(['other'])
  expect(getRegion()).toBeNull()
  expect(screen.getByTestId('stored-region')).toHaveTextContent('无')
})

test('cancelling the confirmation keeps everything', async () => {
  seedRegion('weihai')
  ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
  render(<PrivacyPage />)
  fireEvent.click(screen.getByTestId('clear-all-data'))
  await act(async () => {
    await Promise.resolve()
  })
  expect(memoryStorage.has('ybt:region')).toBe(true)
})
