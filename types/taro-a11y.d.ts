// Taro's types list `role` only on View, but H5 renders it on every component and screen readers
// rely on it there (WeChat reads `aria-role`). Allow it everywhere.
import '@tarojs/components/types/common'

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string
    /** H5: makes a tappable View or Text reachable from the keyboard (see components/tappable). */
    tabIndex?: number
    onKeyDown?: (e: { key: string; preventDefault?: () => void; stopPropagation?: () => void }) => void
  }
}
