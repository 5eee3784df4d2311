import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installPrivacyHandler } from './services/privacy'
import { installWeChatAria } from './services/wechat-aria'
import './app.scss'

if (process.env.TARO_ENV === 'weapp') installWeChatAria()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyHandler()
  })
  return children
}

export default App
