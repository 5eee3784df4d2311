// Estimates saved on this device: save under a name, reopen, delete with a confirming second tap.
import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { Notice } from '../../components/notice'
import type { PolicyPack, RegionId } from '../../policy/types'
import { REGION_NAMES } from '../../services/region'
import { MODE_NAMES, normalizeForm } from '../share'
import type { Forms, Mode } from '../share'
import { addSaved, deleteSaved, loadSaved, MAX_NAME_LENGTH } from './saved-estimates'
import type { SavedEstimate } from './saved-estimates'
import { TextField } from '../../components/field'

export function defaultName<M extends Mode>(mode: M, form: Forms[M], region: RegionId): string {
  const total = mode === 'inpatient' ? normalizeForm('inpatient', form as Forms['inpatient']).form.total : ''
  const base = `${REGION_NAMES[region].slice(0, 2)}${MODE_NAMES[mode]}`
  return total ? `${base} 总费用${total}元` : `${base}测算`
}

function formatSavedAt(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The list holds every kind of estimate; saving saves the one this page shows (`mode`). */
export function SavedPanel<M extends Mode>({
  refresh,
  pack,
  mode,
  form,
  onReopen
}: {
  refresh: number
  pack: PolicyPack
  mode: M
  form: Forms[M]
  onReopen(entry: SavedEstimate): void
}) {
  const { region } = pack
  const [{ entries, notice }, setList] = useState(loadSaved)
  // Re-read when the tab shows again; a notice about dropped entries stays until the page closes.
  const firstRead = useRef(true)
  useEffect(() => {
    if (firstRead.current) {
      firstRead.current = false
      return
    }
    const fresh = loadSaved()
    setList((prev) => ({ entries: fresh.entries, notice: fresh.notice ?? prev.notice }))
  }, [refresh])
  const [name, setName] = useState('')
  const [message, setMessage] = useState<{ kind: 'info' | 'warn'; text: string } | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)

  const save = () => {
    const { form: clean, invalid } = normalizeForm(mode, form)
    if (invalid.length) {
      setMessage({ kind: 'warn', text: '有输入无法识别，请先改正标出的输入再保存。' })
      return
    }
    const outcome = addSaved(name.trim() || defaultName(mode, form, region), pack, mode, clean)
    if (!outcome.ok) {
      setMessage({ kind: 'warn', text: outcome.message })
      return
    }
    setList((prev) => ({ entries: outcome.entries, notice: prev.notice }))
    setName('')
    setMessage({ kind: 'info', text: `已保存“${outcome.entry.name}”，只存在本机。` })
  }

  const remove = (entry: SavedEstimate) => {
    if (confirming !== entry.id) {
      setConfirming(entry.id)
      return
    }
    const result = deleteSaved(entry.id)
    setConfirming(null)
    setList((prev) => ({ entries: result.entries, notice: prev.notice }))
    setMessage(result.ok ? { kind: 'info', text: `已删除“${entry.name}”。` } : { kind: 'warn', text: '删除失败：本机存储不可用' })
  }

  return (
    <View className='estimate-saved' data-testid='saved-panel'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        保存在本机的测算
      </Text>
      {notice ? (
        <Notice kind='warn' testId='saved-notice'>
          {notice}
        </Notice>
      ) : null}
      <View className='estimate-saved__form'>
        <TextField
          id='saved-name'
          label='给这次测算起个名字'
          value={name}
          onChange={setName}
          maxlength={MAX_NAME_LENGTH}
          placeholder={defaultName(mode, form, region)}
          hint='不填就用灰色的名字。保存的是当前这一类（住院/门诊/生育）的输入。'
        />
        <Button kind='primary' className='estimate-action' data-testid='save-estimate' onClick={save}>
          保存测算
        </Button>
      </View>
      {message ? (
        <Notice kind={message.kind} testId='saved-message'>
          {message.text}
        </Notice>
      ) : null}
      {entries.length === 0 ? (
        <Text className='estimate-saved__empty' data-testid='saved-empty'>
          还没有保存的测算。
        </Text>
      ) : (
        <View className='estimate-saved__list' role='list'>
          {entries.map((e) => (
            <View key={e.id} className='estimate-saved__item' role='listitem' data-testid='saved-item'>
              <View className='estimate-saved__main'>
                <Text className='estimate-saved__name'>{e.name}</Text>
                <Text className='estimate-saved__meta'>
                  {REGION_NAMES[e.region]} · {e.year}年度政策 · {MODE_NAMES[e.mode]} · 保存于 {formatSavedAt(e.savedAt)}
                </Text>
              </View>
              <View className='estimate-saved__actions'>
                <Button
                  kind='secondary'
                  small
                  data-testid='saved-open'
                  aria-label={`打开 ${e.name}`}
                  onClick={() => {
                    setConfirming(null)
                    onReopen(e)
                  }}
                >
                  打开
                </Button>
                <Button
                  kind='danger'
                  small
                  className={confirming === e.id ? 'estimate-confirm' : undefined}
                  data-testid='saved-delete'
                  aria-label={confirming === e.id ? `确认删除 ${e.name}` : `删除 ${e.name}`}
                  onClick={() => remove(e)}
                >
                  {confirming === e.id ? '确认删除' : '删除'}
                </Button>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
