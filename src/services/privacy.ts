import Taro from '@tarojs/taro'
import { currentPlatform } from './platform'

// WeChat asks the mini program to obtain consent before privacy-relevant APIs (clipboard, phone
// calendar). With onNeedPrivacyAuthorization registered, WeChat hands us a `resolve` whenever such a
// call needs consent; our own sheet shows and answers it. A refusal makes that API call fail, and
// the caller falls back (e.g. shows the text to copy by hand).

export type PrivacyResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

export const AGREE_BUTTON_ID = 'privacy-agree'

let pending: PrivacyResolve | null = null
const listeners = new Set<(open: boolean) => void>()
let installed = false

function notify(open: boolean) {
  listeners.forEach((fn) => fn(open))
}

/** Registers the handler once; a no-op on H5 and on clients without the API. */
export function installPrivacyHandler(platform = currentPlatform()): void {
  if (installed || platform !== 'weapp') return
  const api = (Taro as unknown as { onNeedPrivacyAuthorization?: (fn: (resolve: PrivacyResolve) => void) => void })
    .onNeedPrivacyAuthorization
  if (typeof api !== 'function') return
  installed = true
  api((resolve) => {
    pending = resolve
    resolve({ event: 'exposureAuthorization' })
    notify(true)
  })
}

export function onPrivacyRequest(fn: (open: boolean) => void): () => void {
  listeners.add(fn)
  return () => {
    listeners.delete(fn)
  }
}

export function answerPrivacy(agree: boolean): void {
  const resolve = pending
  pending = null
  notify(false)
  resolve?.(agree ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' })
}

export function openPrivacyGuide(): void {
  const api = (Taro as unknown as { openPrivacyContract?: (o: object) => Promise<unknown> }).openPrivacyContract
  if (typeof api === 'function') api({}).catch(() => undefined)
  else Taro.navigateTo({ url: '/pages/privacy/index' }).catch(() => undefined)
}

/** Test hook: forget the registration and any pending request. */
export function resetPrivacyForTests(): void {
  installed = false
  pending = null
  listeners.clear()
}
