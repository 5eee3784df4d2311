import { hooks, mergeInternalComponents } from '@tarojs/shared'
import WECHAT_ARIA from './wechat-aria-attributes.json'

/**
 * Taro's internal-component lists take attribute → default ('' = none). Taro 4.2.1's base templates
 * carry no ARIA attribute, so without these WeChat's screen reader gets none of the roles and labels
 * the H5 build exposes. config/index.ts adds the same to the templates at build time.
 */
export function wechatAriaComponents(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(WECHAT_ARIA.components).map(([component, attributes]) => [component, Object.fromEntries(attributes.map((a) => [a, '']))])
  )
}

/**
 * WeChat only, before the first page renders (app.ts): the runtime learns the attributes too, so it
 * hands them to setData under the names the templates read, and `role` is passed on as `aria-role`.
 */
export function installWeChatAria() {
  mergeInternalComponents(wechatAriaComponents())
  hooks.tap('modifyHydrateData', (data: Record<string, unknown>) => {
    if (data.role !== undefined && data.ariaRole === undefined) data.ariaRole = data.role
  })
}
