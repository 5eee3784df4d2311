import Taro from '@tarojs/taro'

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
  } catch { /* no modal on this platform */ }
}

export function toast(title: string): void {
  try { Taro.showToast({ title, icon: 'none' }) } catch { /* no toast on this platform */ }
}

export function goToTab(page: 'contribution' | 'estimate' | 'remote' | 'faq', params?: Record<string, string>): void {
  if (params && Object.keys(params).length) setPendingParams(page, params)
  Taro.switchTab({ url: `/pages/${page}/index` }).catch(() => undefined)
}

export function openPage(url: string): void {
  Taro.navigateTo({ url }).catch(() => undefined)
}

// switchTab cannot carry a query string, so parameters for a tab page wait here until it shows.
const pending: Partial<Record<string, Record<string, string>>> = {}
function setPendingParams(page: string, params: Record<string, string>) { pending[page] = params }
export function takePendingParams(page: string): Record<string, string> | undefined {
  const params = pending[page]
  delete pending[page]
  return params
}
