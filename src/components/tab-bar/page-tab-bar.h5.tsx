import { TabBar } from '.'

// Taro's H5 router draws no tab bar when app.json's is custom: each tab page carries its own.
export function PageTabBar({ path }: { path: string }) {
  return <TabBar current={path} />
}
