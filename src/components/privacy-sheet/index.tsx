import { useEffect, useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { AGREE_BUTTON_ID, answerPrivacy, onPrivacyRequest, openPrivacyGuide } from '../../services/privacy'
import { currentPlatform } from '../../services/platform'
import './index.scss'
import { tappable } from '../tappable'

/** Our own consent sheet for WeChat's privacy authorisation (clipboard, phone calendar). */
// WeChat only counts consent given through its own open-type button event.
const agreeProps = () =>
  currentPlatform() === 'weapp'
    ? { openType: 'agreePrivacyAuthorization' as const, onAgreePrivacyAuthorization: () => answerPrivacy(true) }
    : { onClick: () => answerPrivacy(true) }

export function PrivacySheet() {
  const [open, setOpen] = useState(false)
  useEffect(() => onPrivacyRequest(setOpen), [])
  if (!open) return null
  return (
    <View className='privacy-sheet' role='dialog' aria-modal='true' aria-labelledby='privacy-sheet-title' data-testid='privacy-sheet'>
      <View className='privacy-sheet__panel'>
        <Text className='privacy-sheet__title' id='privacy-sheet-title'>
          需要您的同意
        </Text>
        <Text className='privacy-sheet__text'>
          复制文字到剪贴板、把提醒写入手机日历，需要先同意《用户隐私保护指引》。本工具不收集、不上传任何个人信息；不同意也可以继续使用，只是需要手动复制或记下日期。
        </Text>
        <Text className='privacy-sheet__link' role='link' {...tappable(openPrivacyGuide)}>
          查看《用户隐私保护指引》
        </Text>
        <View className='privacy-sheet__actions'>
          <Button className='privacy-sheet__button' onClick={() => answerPrivacy(false)}>
            不同意
          </Button>
          <Button id={AGREE_BUTTON_ID} className='privacy-sheet__button privacy-sheet__button--primary' {...agreeProps()}>
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
