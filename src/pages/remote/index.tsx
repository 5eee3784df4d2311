import { useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell, usePolicy, type PolicyYearProps } from '../../components/page-shell'
import { Notice } from '../../components/notice'
import { useFirstScreen } from '../../components/first-screen'
import type { RemoteSituation } from '../../policy/types'
import { takePendingParams } from '../../services/device'
import { useToolShare } from '../../services/share'
import { clearList, loadChecklists, toggleItem, type Checklists } from './checklist-store'
import { Hotlines, SituationCard } from './situation-card'
import { Sources } from './parts'
import { isRemoteSituation, SITUATIONS } from './situations'
import './index.scss'
import { tappable } from '../../components/tappable'

export default function RemotePage({ year }: PolicyYearProps = {}) {
  useToolShare('异地就医', 'pages/remote/index')
  // The chosen situation lives above the shell so it survives a region switch and a param hand-over.
  const [situation, setSituation] = useState<RemoteSituation | null>(null)
  const [scrollRequest, setScrollRequest] = useState(0)

  const open = (s: RemoteSituation) => {
    setSituation(s)
    setScrollRequest((n) => n + 1)
  }

  useDidShow(() => {
    const params = takePendingParams('remote')
    if (params && isRemoteSituation(params.situation)) open(params.situation)
  })

  useEffect(() => {
    if (!scrollRequest) return
    // Bring the card into view: on a phone it opens below the six choices.
    try {
      Promise.resolve(Taro.pageScrollTo({ selector: '#remote-card', duration: 200 })).catch(() => undefined)
    } catch {
      /* no scrolling on this platform */
    }
  }, [scrollRequest])

  return (
    <PageShell title='异地就医' year={year}>
      {() => <RemoteGuide situation={situation} onOpen={open} />}
    </PageShell>
  )
}

function RemoteGuide({ situation, onOpen }: { situation: RemoteSituation | null; onOpen(s: RemoteSituation): void }) {
  const pack = usePolicy()
  const [{ checklists, notice }, setState] = useState(() => {
    const loaded = loadChecklists()
    return { checklists: loaded.value, notice: loaded.notice ?? null }
  })
  // The hotlines and one-stop service sit below the six choices: they follow the first screen.
  const firstScreen = useFirstScreen()
  const update = ({ value, saved }: { value: Checklists; saved: boolean }) =>
    setState({ checklists: value, notice: saved ? null : '勾选未能保存到本机（存储空间不足或不可用），关闭小程序后可能丢失。' })

  return (
    <View className='remote'>
      <Text className='remote__intro'>选一选您的情况，看看要办什么手续、带什么材料、什么时候前办好，以及对报销的影响。</Text>
      {notice ? (
        <Notice kind='warn' testId='checklist-notice'>
          {notice}
        </Notice>
      ) : null}
      <View className='remote-choices' role='radiogroup' aria-label='您是哪种情况' data-testid='remote-choices'>
        <Text className='remote-choices__title' role='heading' aria-level={2}>
          您是哪种情况？
        </Text>
        {SITUATIONS.map((s) => {
          const entry = pack.remoteCare[s.id]
          const active = s.id === situation
          return (
            <View
              key={s.id}
              className={`remote-choice${active ? ' remote-choice--active' : ''}`}
              role='radio'
              aria-checked={active ? 'true' : 'false'}
              data-situation={s.id}
              data-testid='remote-choice'
              {...tappable(() => onOpen(s.id))}
            >
              <View className='remote-choice__main'>
                <Text className='remote-choice__words'>{s.words}</Text>
                <Text className='remote-choice__term'>{entry.status === 'published' ? `文件称：${entry.title}` : '本地文件未说明'}</Text>
              </View>
              <Text className='remote-choice__mark'>{active ? '已选 ▾' : '查看 ›'}</Text>
            </View>
          )
        })}
      </View>

      {situation ? (
        <SituationCard
          pack={pack}
          situation={situation}
          checklists={checklists}
          onToggle={(key, item) => update(toggleItem(checklists, key, item))}
          onClear={(key) => update(clearList(checklists, key))}
          onOpenSituation={onOpen}
        />
      ) : null}

      {firstScreen ? null : <Hotlines pack={pack} />}
      {!firstScreen && pack.oneStopService.length ? (
        <View className='remote-onestop' data-testid='remote-onestop'>
          <Text className='remote-section__title' role='heading' aria-level={3}>
            一站式服务
          </Text>
          {pack.oneStopService.map((s, i) => (
            <Text key={i} className='remote-onestop__item'>
              {s.text}
            </Text>
          ))}
          <Sources texts={pack.oneStopService} />
        </View>
      ) : null}
    </View>
  )
}
