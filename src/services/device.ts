import Taro from '@tarojs/taro'
import type { TabPage, TabParams } from '../policy/routes'

// Thin wrappers over Taro device APIs, so that pages stay testable and failures never surface as
// uncaught promise rejections.

export async function callPhone(phoneNumber: string): Promise<boolean> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return true
  } catch {
    return false
  }
}

/**
 * Copies text; when that fails (e.g. the user declined WeChat's privacy consent), shows the text so
 * it can be typed by hand, and returns false.
 */
export async function copyText(data: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data })
    return true
  } catch {
    showManualFallback('未能复制', `请手动输入：${data}`)
    return false
  }
}

export function showManualFallback(title: string, content: string): void {
  try {
    Taro.showModal({ title, content, showCancel: false, confirmText: '知道了' }).catch(() => undefined)
  } catch {
    /* no modal on this platform */
  }
}

export function toast(title: string): void {
  try {
    Taro.showToast({ title, icon: 'none' })
  } catch {
    /* no toast on this platform */
  }
}

/** Switches to a tab, handing it parameters of the kind that tab reads (policy/routes.ts). */
export function goToTab<P extends TabPage>(page: P, params?: TabParams[P]): void {
  if (params && Object.keys(params).length) pending[page] = params
  Taro.switchTab({ url: `/pages/${page}/index` }).catch(() => undefined)
}

export function openPage(url: string): void {
  Taro.navigateTo({ url }).catch(() => undefined)
}

// switchTab cannot carry a query string, so parameters for a tab page wait here until it shows.
const pending: { [P in TabPage]?: TabParams[P] } = {}
export function takePendingParams<P extends TabPage>(page: P): TabParams[P] | undefined {
  const params = pending[page]
  delete pending[page]
  return params
}
