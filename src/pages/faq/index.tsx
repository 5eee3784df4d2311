import { useMemo, useState } from 'react'
import { View, Text, Input, Button } from '@tarojs/components'
import { PageShell, type PolicyYearProps } from '../../components/page-shell'
import { Chips } from '../../components/chips'
import { SourceToggle } from '../../components/source-toggle'
import { LinkedText } from '../../components/linked-text'
import { FAQ_TOPICS, type FaqEntry, type FaqTopic } from '../../policy/faq-types'
import { entriesOf, type FaqBook } from '../../policy/faq-shelf'
import { useFaqShelf, type FaqSearch } from './shelf'
import type { RegionId } from '../../policy/types'
import { REGION_NAMES, REGIONS } from '../../services/region'
import { goToTab } from '../../services/device'
import { useToolShare } from '../../services/share'
// Types only: on WeChat the search itself arrives with the books (./shelf).
import type { FaqHit, Highlight } from './search'
import './index.scss'
import { tappable } from '../../components/tappable'
import { useFirstScreen } from '../../components/first-screen'

const TOOL_NAMES = { contribution: '缴费查询', estimate: '报销测算', remote: '异地就医' } as const
const SUGGESTIONS = ['外地住院', '生孩子', '报账', '大病', '缴费时间', '电话']
/** Questions in the first render: about a screenful; the rest follow once it is painted. */
const FIRST_SCREEN = 8

type RegionFilter = RegionId | 'all'

export default function FaqPage({ year }: PolicyYearProps = {}) {
  useToolShare('常见问题', 'pages/faq/index')
  const shelf = useFaqShelf()
  return (
    <PageShell title='常见问题' year={year}>
      {(region) =>
        shelf.status === 'ready' ? (
          <FaqBrowser key={region} region={region} books={shelf.books} search={shelf.search} year={year} />
        ) : (
          <FaqWaiting shelf={shelf} />
        )
      }
    </PageShell>
  )
}

/** WeChat only: the answers come from a subpackage (./shelf.weapp.ts). */
function FaqWaiting({ shelf }: { shelf: Exclude<ReturnType<typeof useFaqShelf>, { status: 'ready' }> }) {
  if (shelf.status === 'unsupported') {
    return (
      <Text className='faq__waiting' data-testid='faq-load-failed' role='alert'>
        这个微信版本载入不了常见问题，请把微信升级到最新版本后再打开。
      </Text>
    )
  }
  if (shelf.status === 'loading') {
    return (
      <Text className='faq__waiting' data-testid='faq-loading' aria-live='polite'>
        正在载入常见问题…
      </Text>
    )
  }
  return (
    <View className='faq__waiting' data-testid='faq-load-failed' role='alert'>
      <Text>常见问题没有载入成功，请检查网络后重试。</Text>
      <Button className='faq__retry' onClick={shelf.retry}>
        重试
      </Button>
    </View>
  )
}

function FaqBrowser({ region, books, search, year }: { region: RegionId; books: readonly FaqBook[]; search: FaqSearch; year?: number }) {
  const [text, setText] = useState('')
  const [regionFilter, setRegionFilter] = useState<RegionFilter>(region)
  const [topic, setTopic] = useState<FaqTopic | 'all'>('all')
  // Each region's answers of its own newest year (a new year of one city leaves the other's in
  // place), or every region's of the year a test pins.
  const hits = useMemo(
    () => search.searchFaq(entriesOf(books, 'all', year), { text, region: regionFilter, topic }),
    [books, search, text, regionFilter, topic, year]
  )
  const searching = text.trim().length > 0
  const firstRender = useFirstScreen()
  const shown = firstRender ? hits.slice(0, FIRST_SCREEN) : hits

  return (
    <View className='faq'>
      <View className='faq__search'>
        <Text className='faq__search-label' id='faq-search-label'>
          搜索问题
        </Text>
        <Input
          className='faq__search-input'
          type='text'
          value={text}
          maxlength={200}
          placeholder='例如：外地住院怎么报销'
          aria-labelledby='faq-search-label'
          aria-label='搜索问题'
          confirmType='search'
          onInput={(e) => setText(e.detail.value)}
        />
        {text ? (
          <Button className='faq__clear' aria-label='清空搜索' onClick={() => setText('')}>
            清空
          </Button>
        ) : null}
      </View>
      <Chips<RegionFilter>
        label='按地区筛选'
        testId='faq-region-filter'
        value={regionFilter}
        onChange={setRegionFilter}
        options={[{ value: 'all', text: '全部地区' }, ...REGIONS.map((r) => ({ value: r, text: REGION_NAMES[r] }))]}
      />
      <Chips<FaqTopic | 'all'>
        label='按主题筛选'
        testId='faq-topic-filter'
        value={topic}
        onChange={setTopic}
        options={[{ value: 'all', text: '全部主题' }, ...FAQ_TOPICS.map((t) => ({ value: t, text: t }))]}
      />
      <Text className='faq__count' data-testid='faq-count' aria-live='polite'>
        共 {hits.length} 条
      </Text>
      {hits.length === 0 ? (
        <EmptyState
          onSuggest={(s) => {
            setText(s)
            setRegionFilter('all')
            setTopic('all')
          }}
        />
      ) : (
        // data-partial marks the first screen, for tests that count the whole list
        <View className='faq__list' data-partial={shown.length < hits.length ? 'true' : undefined}>
          {shown.map((hit) => (
            <FaqItem key={hit.entry.id} hit={hit} expandedByDefault={searching} split={search.splitHighlighted} />
          ))}
        </View>
      )}
    </View>
  )
}

type Split = FaqSearch['splitHighlighted']

function FaqItem({ hit, expandedByDefault, split }: { hit: FaqHit; expandedByDefault: boolean; split: Split }) {
  const [toggled, setToggled] = useState(false)
  const open = expandedByDefault !== toggled
  const { entry } = hit
  return (
    <View className='faq-item' data-testid='faq-item' data-id={entry.id}>
      <View className='faq-item__question' role='button' aria-expanded={open ? 'true' : 'false'} {...tappable(() => setToggled(!toggled))}>
        <Text className='faq-item__q'>问</Text>
        <Marked className='faq-item__question-text' text={entry.question} highlights={hit.questionHighlights} split={split} />
      </View>
      <View className='faq-item__tags'>
        {entry.regions.map((r) => (
          <Text key={r} className='faq-item__tag faq-item__tag--region'>
            {REGION_NAMES[r]}
          </Text>
        ))}
        {entry.topics.map((t) => (
          <Text key={t} className='faq-item__tag'>
            {t}
          </Text>
        ))}
      </View>
      {open ? (
        <View className='faq-item__answer' data-testid='faq-answer'>
          {entry.answer.split('\n').map((para, i) => (
            <View key={i} className='faq-item__para'>
              <Marked text={para} highlights={shiftHighlights(hit.answerHighlights, entry.answer, i)} split={split} />
            </View>
          ))}
          <SourceToggle sources={entry.sources} what={entry.question} />
          {entry.tool ? <ToolButton tool={entry.tool} /> : null}
        </View>
      ) : null}
    </View>
  )
}

function ToolButton({ tool }: { tool: NonNullable<FaqEntry['tool']> }) {
  return (
    <Button className='faq-item__tool' data-testid='faq-tool-link' onClick={() => goToTab(tool.page, tool.params)}>
      {tool.label || `用「${TOOL_NAMES[tool.page]}」算一算`}
    </Button>
  )
}

/** Highlights apply to the whole answer; each paragraph needs its own offsets. */
function shiftHighlights(highlights: Highlight[], answer: string, paragraph: number): Highlight[] {
  const paras = answer.split('\n')
  let offset = 0
  for (const para of paras.slice(0, paragraph)) offset += para.length + 1
  const end = offset + (paras[paragraph] ?? '').length
  return highlights
    .filter((h) => h.end > offset && h.start < end)
    .map((h) => ({ start: Math.max(h.start, offset) - offset, end: Math.min(h.end, end) - offset }))
}

function Marked({ text, highlights, className, split }: { text: string; highlights: Highlight[]; className?: string; split: Split }) {
  return (
    <Text className={className}>
      {split(text, highlights).map((part, i) =>
        part.hit ? (
          <Text key={i} className='faq-hl' data-testid='faq-highlight'>
            <LinkedText text={part.text} />
          </Text>
        ) : (
          <LinkedText key={i} text={part.text} />
        )
      )}
    </Text>
  )
}

function EmptyState({ onSuggest }: { onSuggest(text: string): void }) {
  return (
    <View className='faq__empty' data-testid='faq-empty'>
      <Text className='faq__empty-title'>没有找到相关问题</Text>
      <Text className='faq__empty-hint'>可以换个常用说法、少用几个字，或把地区、主题改为“全部”。也可以试试：</Text>
      <View className='faq__suggestions'>
        {SUGGESTIONS.map((s) => (
          <Button key={s} className='faq__suggestion' onClick={() => onSuggest(s)}>
            {s}
          </Button>
        ))}
      </View>
    </View>
  )
}
