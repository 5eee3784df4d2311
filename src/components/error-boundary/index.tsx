import { Component, type ReactNode } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { goToTab, openPage } from '../../services/device'

interface State {
  failed: boolean
}

/** Keeps a page usable when something inside it fails to render: a plain message and ways back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  state: State = { failed: false }

  componentDidCatch(error: unknown) {
    // Nothing is sent anywhere; the console is for whoever debugs the build.
    console.warn('render error caught by ErrorBoundary', error)
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <View className='notice notice--warn error-boundary' role='alert' data-testid='error-boundary'>
        <Text className='error-boundary__title'>抱歉，这个页面出了点问题。</Text>
        <Text>您保存的内容仍在本机。可以重试，或回到常见问题页。</Text>
        <View className='error-boundary__actions'>
          <Button className='error-boundary__button' onClick={() => this.setState({ failed: false })}>
            重试
          </Button>
          <Button className='error-boundary__button' onClick={() => goToTab('faq')}>
            回到常见问题
          </Button>
          <Button className='error-boundary__button' onClick={() => openPage('/pages/privacy/index')}>
            数据与隐私
          </Button>
        </View>
      </View>
    )
  }
}
