// What a FAQ entry is, apart from the entries themselves: the FAQ page and its search need these
// in the main package, while the entries (faq-2020.ts and later books) are loaded where the page
// runs (pages/faq/shelf.ts: on WeChat from a subpackage, docs/performance.md).
import type { ToolLink } from './routes'
import type { Reference, RegionId } from './types'

export type { ToolLink } from './routes'

export type FaqTopic =
  '缴费' | '住院' | '门诊' | '大病保险' | '医疗救助' | '贫困人口' | '异地就医' | '生育' | '职工医保' | '疫情' | '经办服务'

export interface FaqEntry {
  /** Stable kebab-case id, e.g. 'weihai-emergency-filing'. */
  id: string
  /** How a resident would ask it. */
  question: string
  /** Our own words; paragraphs separated by '\n'. */
  answer: string
  /** Which city's documents this answer speaks for. */
  regions: RegionId[]
  topics: FaqTopic[]
  /** At least one: document + section heading/question + short verbatim quote. */
  sources: Reference[]
  /** Where a calculator answers it. */
  tool?: ToolLink
}

export const FAQ_TOPICS: FaqTopic[] = [
  '缴费',
  '住院',
  '门诊',
  '大病保险',
  '医疗救助',
  '贫困人口',
  '异地就医',
  '生育',
  '职工医保',
  '疫情',
  '经办服务'
]
