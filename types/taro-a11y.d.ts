// Taro's types list `role` only on View, but H5 renders it on every component and screen readers
// rely on it there (WeChat reads `aria-role`). Allow it everywhere.
import '@tarojs/components/types/common'

declare module '@tarojs/components/types/common' {
  interface StandardProps {
    role?: string
  }
}
