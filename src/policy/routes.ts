// What one tab may hand another (a FAQ answer's tool link, the 异地就医 card's "算一算", a share
// link): the one contract between the code that sends parameters and the page that reads them.
// Data only; the pages still check every value they receive, since a link can carry anything.
import type { InpatientSetting, RemoteSituation } from './types'

export interface TabParams {
  contribution: { view?: 'resident' | 'employee' }
  estimate: {
    /** 住院, or a tool of the estimate tab that has its own page (the tab forwards to it). */
    mode?: 'inpatient' | 'outpatient' | 'maternity' | 'allowance' | 'childbirth' | 'maternityMedical'
    /** An inpatient setting, or the 异地就医 situation it is estimated with. */
    setting?: InpatientSetting | RemoteSituation
    /** A saved 住院 estimate to reopen (the 门诊 and 生育 pages send it when one is opened there). */
    saved?: string
  }
  remote: { situation?: RemoteSituation }
  faq: Record<string, never>
}

export type TabPage = keyof TabParams

/** A link from an answer to the tool that computes it, with what it hands over. */
export type ToolLink = { [P in Exclude<TabPage, 'faq'>]: { page: P; label: string; params?: TabParams[P] } }[Exclude<TabPage, 'faq'>]
