import type Decimal from 'decimal.js'
import type { Cap, PolicyPack, Reference, RegionId, Scale } from '../policy/types'
import { isPublished, isUncapped, isUnpublished } from '../policy/types'
import { applicableAssistanceRule, ELIGIBILITY_LABELS } from './assistance'
import { packOf } from './inputs'
import type { LayerId } from './layer'
import { LAYER_LABELS } from './layer'
import { Dec } from './money'

export interface LayerDescription {
  id: LayerId
  label: string
  /** One or more short Chinese sentences built from the pack's figures. */
  lines: string[]
  sources: Reference[]
}

const LEVEL_NAMES = { 1: '一级', 2: '二级', 3: '三级' } as const
const pct = (rate: string): string => `${new Dec(rate).times(100).toString()}%`
const wan = (yuan: string | Decimal): string => {
  const d = new Dec(yuan)
  return d.gte(10000) ? `${d.div(10000).toString()}万元` : `${d.toString()}元`
}

function scaleText(scale: Scale): string {
  return scale.brackets
    .map((b) => (b.to === undefined ? `${wan(b.from)}以上${pct(b.rate)}` : `${wan(b.from)}–${wan(b.to)} ${pct(b.rate)}`))
    .join('，')
}

function capText(cap: Cap): string {
  if (isUncapped(cap)) return '不设最高支付限额'
  return isPublished(cap) ? `年度最高${wan(cap.value)}` : '年度限额未公布'
}

function describeBasic(pack: PolicyPack, sources: Reference[]): string[] {
  const lines: string[] = []
  for (const tier of [1, 2] as const) {
    const rule = pack.inpatient.tiers[tier]
    const name = tier === 1 ? '一档' : '二档'
    if (isUnpublished(rule.scaleByLevel)) {
      lines.push(`${name}：${rule.scaleByLevel.reason}`)
      continue
    }
    const byLevel = ([1, 2, 3] as const).map((level) => {
      const s = rule.scaleByLevel as Record<1 | 2 | 3, Scale>
      const rates = s[level].brackets.map((b) => pct(b.rate))
      return `${LEVEL_NAMES[level]}医院${rates.join('/')}`
    })
    const [firstBracket] = rule.scaleByLevel[1].brackets
    const split =
      rule.scaleByLevel[1].brackets.length > 1 && firstBracket !== undefined ? `（以${wan(firstBracket.to ?? '0')}为界分两段）` : ''
    lines.push(
      `${name}：${byLevel.join('、')}${split}；${isPublished(rule.annualCap) ? `年度最高${wan(rule.annualCap.value)}` : '年度限额未公布'}`
    )
    sources.push(rule.scaleByLevel[1].reference)
    if (isPublished(rule.annualCap)) sources.push(rule.annualCap.reference)
  }
  const d = pack.inpatient.deductible
  lines.push(isPublished(d) ? `起付标准${wan(d.value)}` : `起付标准：${d.reason}`)
  return lines
}

/**
 * What a layer is and how it is figured in this region, for a help sheet beside the result: by the
 * pack given (the page shell's), else the registry's for the region and year.
 */
export function describeLayer(id: LayerId, region: RegionId, year?: number, given?: PolicyPack): LayerDescription {
  const pack = packOf({ region, year, pack: given })
  const sources: Reference[] = []
  let lines: string[] = []
  const c = pack.criticalIllness
  const chain = pack.chain
  switch (id) {
    case 'basic':
      lines = describeBasic(pack, sources)
      break
    case 'critical':
      for (const rule of [c.base, c.povertyTilt]) {
        if (isUnpublished(rule.scale)) {
          lines.push(`${rule.appliesTo}：${rule.scale.reason}`)
          continue
        }
        if (isUnpublished(rule.deductible)) {
          lines.push(`${rule.appliesTo}：${rule.deductible.reason}`)
          continue
        }
        lines.push(`${rule.appliesTo}：起付标准${wan(rule.deductible.value)}，${scaleText(rule.scale)}；${capText(rule.annualCap)}`)
        sources.push(rule.scale.reference)
      }
      lines.push('以基本医保报销后个人负担的合规费用为基数')
      break
    case 'specialDrug':
      if (isUnpublished(c.specialDrug)) lines.push(c.specialDrug.reason)
      else if (c.specialDrug.caveat) {
        // The text names no kind of cost (Weihai 第二层 item 1): say what it says, then why it is unconfirmed.
        lines.push(
          `建档立卡贫困人口：不设起付标准，报销${pct(c.specialDrug.rate.value)}，每年最高${wan(c.specialDrug.annualCap.value)}`,
          c.specialDrug.caveat
        )
        sources.push(c.specialDrug.deductible.reference, c.specialDrug.rate.reference, c.specialDrug.annualCap.reference)
      } else {
        lines.push(
          `建档立卡贫困人口使用大病保险特药：不设起付线，报销${pct(c.specialDrug.rate.value)}，每年最高${wan(c.specialDrug.annualCap.value)}`
        )
        sources.push(c.specialDrug.rate.reference, c.specialDrug.annualCap.reference)
      }
      break
    case 'hospitalWaiver':
      if (isUnpublished(chain.hospitalWaiver)) lines.push(chain.hospitalWaiver.reason)
      else {
        const w = chain.hospitalWaiver
        lines.push(`政策范围外住院费用减免${pct(w.rate.value)}，每人最多${wan(w.maxPerPerson.value)}`, ...w.notes.map((n) => n.text))
        sources.push(w.rate.reference, w.maxPerPerson.reference)
      }
      break
    case 'assistance':
      for (const who of [
        { povertyHousehold: true, assistanceGroup: 'none' as const },
        { povertyHousehold: false, assistanceGroup: 'key' as const },
        { povertyHousehold: false, assistanceGroup: 'lowIncome' as const }
      ]) {
        const found = applicableAssistanceRule(pack, who)
        if (!found) continue
        const r = found.rule
        const label = ELIGIBILITY_LABELS[found.eligibility]
        if (isUnpublished(r)) {
          lines.push(`${label}：${r.reason}`)
          continue
        }
        const parts = [
          isPublished(r.deductible)
            ? new Dec(r.deductible.value).isZero()
              ? '不设起付线'
              : `个人负担${wan(r.deductible.value)}以上部分`
            : r.deductible.reason,
          isPublished(r.rate) ? `救助${pct(r.rate.value)}` : r.rate.reason,
          capText(r.annualCap)
        ]
        lines.push(`${label}：${parts.join('，')}`)
        for (const p of [r.deductible, r.rate]) if (isPublished(p)) sources.push(p.reference)
      }
      if (lines.length === 0) lines.push('本地政策文件未公布医疗救助标准')
      break
    case 'commercial':
      if (isUnpublished(chain.commercial)) lines.push(chain.commercial.reason)
      else {
        const m = chain.commercial
        lines.push(`不设起付线，保证个人累计负担合规住院费用的${pct(m.heldShare.value)}，个人年度封顶${wan(m.annualCap.value)}`)
        sources.push(m.heldShare.reference, m.annualCap.reference)
      }
      break
    case 'reassistance':
      if (isUnpublished(chain.reassistance)) lines.push(chain.reassistance.reason)
      else {
        const r = chain.reassistance
        lines.push(`各项报销后个人负担超过${wan(r.threshold.value)}的部分按${pct(r.rate.value)}再救助，年度最高${wan(r.annualCap.value)}`)
        sources.push(r.threshold.reference, r.annualCap.reference)
      }
      break
  }
  // The layers after 大病 may be one county's rules (Weifang: 安丘市's 医疗救助): say so first.
  const scope = chain.countyScope
  if (scope && COUNTY_SCOPED_LAYERS.includes(id)) {
    lines.unshift(`以下为${scope.name}的规定，只适用于在${scope.name}参保的人；其他县市区的规定未收录`)
    sources.unshift(scope.reference)
  }
  return { id, label: LAYER_LABELS[id], lines, sources }
}

const COUNTY_SCOPED_LAYERS: readonly LayerId[] = ['hospitalWaiver', 'assistance', 'commercial', 'reassistance']

/**
 * How the year computes a special chronic outpatient entry (Weihai): the yearly deductible, then the
 * inpatient ratio. Null where the region does not pool such bills with inpatient costs.
 */
export function describeSpecialChronicEntry(pack: PolicyPack): string | null {
  const special = pack.outpatient.chronic.special
  return special ? `起付标准按每人每年${special.deductible.value}元计算，超过部分按住院报销比例。` : null
}
