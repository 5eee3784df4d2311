import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/button'
import { Chips } from '../../components/chips'
import { Notice } from '../../components/notice'
import {
  attempt,
  describeHouseholdPovertyNote,
  formatYuan,
  householdContribution,
  type HouseholdMember,
  type MemberCategory
} from '../../engine'
import { usePolicy } from '../../components/page-shell'
import type { Reference, RegionId, Tier } from '../../policy/types'
import { householdStore, MAX_MEMBERS, newMember, type SavedMember } from './household-store'
import { SourceToggle } from '../../components/source-toggle'
import { TermHelp } from '../../components/term'

export const STANDARD_MEMBERS: HouseholdMember[] = [
  { category: 'adult', tier: 1 },
  { category: 'adult', tier: 2 },
  { category: 'minor' },
  { category: 'student' }
]

const CATEGORY_OPTIONS: { value: MemberCategory; text: string }[] = [
  { value: 'adult', text: '成年居民' },
  { value: 'minor', text: '未成年居民' },
  { value: 'student', text: '高校学生' }
]

const TIER_OPTIONS: { value: '1' | '2'; text: string }[] = [
  { value: '1', text: '一档' },
  { value: '2', text: '二档' }
]

// Taro's H5 button reflects disabled={false} as the attribute disabled="false", which its own CSS
// ([disabled]) greys out: pass the prop only when it is true.
export function StandardsSection({ lines }: { lines: { label: string; amount: string | null; sources: Reference[] }[] }) {
  const { year: policyYear } = usePolicy()
  return (
    <View className='contribution__card' data-testid='standards'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        {policyYear}年度个人缴费标准（每人每年）
      </Text>
      {lines.map((line) => (
        <View key={line.label} className='contribution__row contribution__standard' data-testid='standard'>
          <Text className='contribution__row-label'>{line.label}</Text>
          <Text className='contribution__row-value'>{line.amount === null ? '未公布' : formatYuan(line.amount)}</Text>
          <SourceToggle what={line.label} sources={line.sources} compact />
        </View>
      ))}
    </View>
  )
}

export function HouseholdSection({ region }: { region: RegionId }) {
  const pack = usePolicy()
  const policyYear = pack.year
  const [loaded] = useState(() => householdStore.load())
  const [members, setMembers] = useState<SavedMember[]>(loaded.value)
  const [saveFailed, setSaveFailed] = useState(false)
  const [category, setCategory] = useState<MemberCategory>('adult')
  const [tier, setTier] = useState<Tier>(1)
  const [poverty, setPoverty] = useState(false)

  const update = (next: SavedMember[]) => {
    setMembers(next)
    setSaveFailed(!householdStore.save(next))
  }
  const add = () => {
    if (members.length >= MAX_MEMBERS) return
    update([...members, newMember(category, tier, poverty)])
  }
  const remove = (id: string) => update(members.filter((m) => m.id !== id))
  const clearAll = async () => {
    const answer = await Taro.showModal({ title: '清空家庭成员', content: '确定删除全部家庭成员吗？', confirmText: '清空' }).catch(
      () => null
    )
    if (answer?.confirm) update([])
  }

  const result = attempt(() => householdContribution({ region, year: policyYear, pack, members }))
  // 建档立卡贫困人口 are left out of the total: their 2020 subsidy, so what they pay, is not published
  const paying = members.filter((m) => !m.poverty)
  const poor = members.length - paying.length
  const payingResult = attempt(() => householdContribution({ region, year: policyYear, pack, members: paying }))
  const total = !payingResult.ok ? null : paying.length === 0 ? null : payingResult.value.total
  const povertyNote = describeHouseholdPovertyNote(pack)
  return (
    <View className='contribution__card' data-testid='household'>
      <Text className='contribution__card-title' role='heading' aria-level={2}>
        算一算全家要缴多少
      </Text>
      {result.ok && members.length > 0 ? (
        <View className='contribution__household-sum' data-testid='household-sum' aria-live='polite'>
          <Text className='contribution__row-label'>
            全家合计（{paying.length}人{poor ? `，不含${poor}位建档立卡贫困人口` : ''}）
          </Text>
          <Text className='key-figure' data-testid='household-total'>
            {total === null ? (paying.length === 0 ? '未公布' : '无法合计') : formatYuan(total)}
          </Text>
        </View>
      ) : null}
      {loaded.notice ? (
        <Notice kind='warn' testId='household-notice'>
          {loaded.notice}家庭成员需要重新添加。
        </Notice>
      ) : null}
      {saveFailed ? (
        <Notice kind='warn' testId='household-save-failed'>
          未能保存到本机（存储空间可能已满）：这份家庭名单在关闭小程序后会丢失。
        </Notice>
      ) : null}
      <Text className='contribution__label' id='household-category-label'>
        成员类别
      </Text>
      <Chips<MemberCategory>
        label='成员类别'
        testId='household-category'
        value={category}
        onChange={setCategory}
        options={CATEGORY_OPTIONS}
      />
      {category === 'adult' ? (
        <>
          <Text className='contribution__label' id='household-tier-label'>
            缴费档次
          </Text>
          <Chips<'1' | '2'>
            label='缴费档次'
            testId='household-tier'
            value={String(tier) as '1' | '2'}
            onChange={(v) => setTier(v === '2' ? 2 : 1)}
            options={TIER_OPTIONS}
          />
          <TermHelp id='tiers' pack={pack} />
        </>
      ) : null}
      <Text className='contribution__label' id='household-poverty-label'>
        是否建档立卡贫困人口
      </Text>
      <Chips<'no' | 'yes'>
        label='是否建档立卡贫困人口'
        testId='household-poverty'
        value={poverty ? 'yes' : 'no'}
        onChange={(v) => setPoverty(v === 'yes')}
        options={[
          { value: 'no', text: '否' },
          { value: 'yes', text: '是' }
        ]}
      />
      {poverty ? (
        <View className='contribution__fineprint' data-testid='household-poverty-note'>
          <Text>{povertyNote.text}</Text>
          <SourceToggle what={povertyNote.sourcesOf} sources={povertyNote.sources} compact />
        </View>
      ) : null}
      <Button
        kind='primary'
        className='contribution__action'
        data-testid='household-add'
        disabled={members.length >= MAX_MEMBERS}
        onClick={add}
      >
        添加这位成员
      </Button>
      {members.length >= MAX_MEMBERS ? <Text className='contribution__fineprint'>最多可添加{MAX_MEMBERS}位成员。</Text> : null}

      {!result.ok ? (
        <Notice kind='warn'>无法计算：{result.message}</Notice>
      ) : members.length === 0 ? (
        <Text className='contribution__empty' data-testid='household-empty'>
          还没有添加成员。选好类别（成年人再选档次）后点“添加这位成员”。
        </Text>
      ) : (
        <View className='contribution__list' data-testid='household-lines'>
          {result.value.lines.map((line) => {
            const member = members[line.index]
            if (!member) return null // the engine's lines index the members it was given
            return (
              <View key={member.id} className='contribution__row contribution__member' data-testid='household-line'>
                {member.poverty ? (
                  <View className='contribution__row-main contribution__row-label'>
                    <Text>
                      {line.index + 1}. {line.label}
                    </Text>
                    <Text className='contribution__row-desc'>建档立卡贫困人口</Text>
                  </View>
                ) : (
                  <Text className='contribution__row-label'>
                    {line.index + 1}. {line.label}
                  </Text>
                )}
                <Text className='contribution__row-value'>
                  {member.poverty ? '未公布' : line.amount === null ? (line.note ?? '未公布') : formatYuan(line.amount)}
                </Text>
                <Button
                  kind='link'
                  className='contribution__remove'
                  aria-label={`删除第${line.index + 1}位：${line.label}`}
                  data-testid='household-remove'
                  onClick={() => remove(member.id)}
                >
                  删除
                </Button>
              </View>
            )
          })}
          {poor ? (
            <Text className='contribution__fineprint' data-testid='household-poverty-left-out'>
              {povertyNote.text}
            </Text>
          ) : null}
          <Button kind='link' data-testid='household-clear' onClick={clearAll}>
            清空全部成员
          </Button>
          <Text className='contribution__fineprint'>名单只保存在本机，不会上传。</Text>
        </View>
      )}
    </View>
  )
}
