// On WeChat the custom tab bar (custom-tab-bar/) is rendered by WeChat itself: nothing in the page.
export function PageTabBar(_props: { path: string }) {
  return null
}
