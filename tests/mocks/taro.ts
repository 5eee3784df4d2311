// A mock of the Taro APIs the app uses, with an in-memory storage that tests can inspect or corrupt.
import { useEffect } from 'react'

export const memoryStorage = new Map<string, unknown>()

const resolved = () => jest.fn(() => Promise.resolve({ errMsg: 'ok' }))

/** Taro runs these lifecycle callbacks once per page, whatever the callback's closure holds. */
function useOnce(fn: () => void): void {
  useEffect(() => {
    fn()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}

const Taro = {
  getStorageSync: jest.fn((key: string) => (memoryStorage.has(key) ? memoryStorage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    memoryStorage.set(key, value)
  }),
  removeStorageSync: jest.fn((key: string) => {
    memoryStorage.delete(key)
  }),
  getStorageInfoSync: jest.fn(() => ({ keys: [...memoryStorage.keys()], currentSize: 0, limitSize: 10240 })),
  makePhoneCall: resolved(),
  setClipboardData: resolved(),
  addPhoneCalendar: resolved(),
  showToast: jest.fn(),
  showModal: jest.fn(() => Promise.resolve({ confirm: true, cancel: false })),
  switchTab: resolved(),
  navigateTo: resolved(),
  navigateBack: resolved(),
  redirectTo: resolved(),
  reLaunch: resolved(),
  getAppBaseInfo: jest.fn(() => ({ fontSizeSetting: 16, fontSizeScaleFactor: 1 })),
  getSystemInfoSync: jest.fn(() => ({ fontSizeSetting: 16 })),
  onNeedPrivacyAuthorization: jest.fn(),
  openPrivacyContract: resolved(),
  useLaunch: (fn: () => void) => useOnce(fn),
  getEnv: jest.fn(() => 'WEB'),
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getCurrentInstance: jest.fn(() => ({ router: { params: {} } })),
  useShareAppMessage: jest.fn(),
  useShareTimeline: jest.fn(),
  useDidShow: (fn: () => void) => useOnce(fn),
  useLoad: (fn: (params: Record<string, string>) => void) => useOnce(() => fn({})),
  useRouter: jest.fn(() => ({ params: {} }))
}

export default Taro
export const {
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  makePhoneCall,
  setClipboardData,
  addPhoneCalendar,
  showToast,
  showModal,
  switchTab,
  navigateTo,
  getAppBaseInfo,
  getCurrentInstance,
  useShareAppMessage,
  useShareTimeline,
  useDidShow,
  useLoad,
  useRouter
} = Taro
