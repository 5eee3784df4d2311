// 核对结算单 (issue 24): the settlement slip of one stay of the year ledger, typed line by line and
// checked against the range the policy gives for the same household, year and earlier stays. The
// slip is kept with the ledger entry (year-store) and travels with the ledger's share code.
import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { attempt, checkSlip, formatYuan, parseMoney, SLIP_FIELD_NAMES, SLIP_FIELDS } from '../../engine'
import type { SlipCheck, SlipField, SlipLine } from '../../engine'
import { Button } from '../../components/button'
import { PageShell } from '../../components/page-shell'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { SectionTitle } from '../../components/section-title'
import { SourceToggle } from '../../components/source-toggle'
import type { PolicyPack, RegionId } from '../../policy/types'
import { toast } from '../../services/device'
import { EMPTY_SLIP, ledgerInput, loadLedger, saveLedger, entryTitle, readSlipRoute } from '../../features/year'
import type { Ledger, SlipForm, SlipRoute } from '../../features/year'
import { lineSentence, rangeText, slipOf, STATUS_TEXT, sumsSentence } from './slip-view'
import './index.scss'

const LABELS = Object.fromEntries(SLIP_FIELDS.map((f) => [f, SLIP_FIELD_NAMES[f][0]])) as Record<SlipField, string>
const LINE_FIELD: Record<SlipLine['id'], SlipField> = {
  basic: 'basicPaid',
  critical: 'critical',
  specialDrug: 'specialDrug',
  hospitalWaiver: 'hospitalWaiver',
  assistance: 'assistance',
  commercial: 'commercial',
  reassistance: 'reassistance',
  outOfPocket: 'outOfPocket'
}

export default function SlipPage() {
  const params = useRouter()?.params as Record<string, string | undefined> | undefined
  const route = readSlipRoute(params)
  return (
    <PageShell title='核对结算单'>
      {(region, pack) =>
        route ? (
          route.region === region ? (
            <SlipChecker route={route} region={region} pack={pack} />
          ) : (
            <Notice kind='warn' testId='slip-status'>
              这条记录属于另一个参保地：请回到报销测算，在对应的参保地下打开。
            </Notice>
          )
        ) : (
          <Notice kind='warn' testId='slip-status'>
            找不到要核对的住院记录：请从报销测算的“本年度的住院”打开。
          </Notice>
        )
      }
    </PageShell>
  )
}

function SlipChecker({ route, region, pack }: { route: SlipRoute; region: RegionId; pack: PolicyPack }) {
  const [ledger, setLedger] = useState<Ledger>(() => loadLedger(region).ledger)
  const entry = ledger.entries[route.index]
  const form: SlipForm = entry?.slip ?? EMPTY_SLIP

  const setField = (f: SlipField, text: string) => {
    if (!entry) return
    const entries = ledger.entries.map((e, k) => (k === route.index ? { ...e, slip: { ...form, [f]: text } } : e))
    const next = { ...ledger, entries }
    setLedger(next)
    if (!saveLedger(region, next)) toast('保存失败：本机存储不可用')
  }
  const clear = () => {
    if (!entry) return
    const { slip: _dropped, ...rest } = entry
    const next = { ...ledger, entries: ledger.entries.map((e, k) => (k === route.index ? rest : e)) }
    setLedger(next)
    saveLedger(region, next)
  }

  const input = useMemo(() => ledgerInput(region, route.household, ledger, pack.year), [region, route.household, ledger, pack.year])
  const slip = useMemo(() => slipOf(form, LABELS), [form])
  const result = useMemo(() => {
    if (!input.ok || !slip.ok || slip.count === 0) return null
    return attempt(() => checkSlip({ ...input.input, stayIndex: route.index, slip: slip.slip }))
  }, [input, slip, route.index])

  if (!entry)
    return (
      <Notice kind='warn' testId='slip-status'>
        这条住院记录已不在本机：请回到“本年度的住院”重新添加。
      </Notice>
    )
  if (entry.kind !== 'inpatient')
    return (
      <Notice kind='info' testId='slip-status'>
        核对结算单只适用于住院记录。
      </Notice>
    )
  const fieldError = result && !result.ok && result.field.startsWith('slip.') ? result.field.slice(5) : null

  return (
    <View className='slip' data-testid='slip-page'>
      <Text className='slip__entry' data-testid='slip-entry'>
        {entryTitle(entry, route.index)}
      </Text>
      <Text className='slip__intro'>
        照着出院结算单填写，结算单上有哪项就填哪项。本程序按同一户、同一年度以及此前各次住院，算出文件给出的各项数额，逐行对照。结算单上的总费用、政策范围内费用和统筹基金支付用于计算后面各项。
      </Text>
      {input.ok ? null : (
        <Notice kind='info' testId='slip-status'>
          {input.message}
        </Notice>
      )}

      <SectionTitle>结算单上的金额</SectionTitle>
      <View className='slip__fields' role='form' aria-label='结算单'>
        {SLIP_FIELDS.map((f) => (
          <MoneyInput
            key={f}
            id={`slip-${f}`}
            label={LABELS[f]}
            hint={<Text className='slip__alias'>也叫：{SLIP_FIELD_NAMES[f].slice(1).join('、')}</Text>}
            value={form[f]}
            placeholder='结算单上没有就不填'
            error={fieldError === f && result && !result.ok ? result.message : null}
            onChange={(text) => setField(f, text)}
          />
        ))}
      </View>

      {!slip.ok ? (
        <Notice kind='warn' testId='slip-status'>
          {slip.message}
        </Notice>
      ) : null}
      {result && !result.ok && fieldError === null ? (
        <Notice kind='warn' testId='slip-status'>
          {result.message}
        </Notice>
      ) : null}
      {result?.ok ? <UsedFigures entry={entry.total} compliant={entry.compliant} used={result.value.used} /> : null}
      {result?.ok ? <SlipResult check={result.value} /> : null}

      <View className='slip__footer'>
        <Text className='slip__hint'>
          结算单金额和这条住院记录一起保存在本机，随“本年度的住院”分享时只带金额，不带姓名和医院名称；可在“隐私说明”中清除。
        </Text>
        {entry.slip ? (
          <Button kind='link' data-testid='slip-clear' onClick={clear}>
            清空这张结算单
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** Where the slip's bill differs from the ledger entry's, the slip's is the one computed on: say so. */
function UsedFigures({ entry, compliant, used }: { entry: string; compliant: string; used: SlipCheck['used'] }) {
  const differs = (typed: string, slip: string | null) => {
    if (slip === null || typed.trim() === '') return false
    try {
      return parseMoney(typed) !== slip
    } catch {
      return false
    }
  }
  const notes: string[] = []
  if (differs(entry, used.totalCost)) notes.push(`总费用：这条记录填的是 ${entry} 元，按结算单上的 ${formatYuan(used.totalCost)} 计算`)
  if (differs(compliant, used.compliantCost))
    notes.push(`政策范围内费用：这条记录填的是 ${compliant} 元，按结算单上的 ${formatYuan(used.compliantCost as string)} 计算`)
  if (notes.length === 0) return null
  return (
    <Notice kind='info' testId='slip-used'>
      {notes.map((n) => (
        <Text key={n} className='slip__sub'>
          {n}
        </Text>
      ))}
    </Notice>
  )
}

function SlipResult({ check }: { check: SlipCheck }) {
  return (
    <View className='slip__result' data-testid='slip-result'>
      <SectionTitle>逐行对照</SectionTitle>
      <View
        className={`slip__sums${check.sumsChecked && !check.sumsOk ? ' slip__sums--off' : ''}`}
        data-testid='slip-sums'
        data-ok={check.sumsOk ? '1' : '0'}
      >
        <Text>{sumsSentence(check)}</Text>
      </View>
      <View role='list' aria-label='结算单逐行对照'>
        {check.lines.map((l) => (
          <LineView key={l.id} line={l} />
        ))}
      </View>
      <Text className='slip__hint'>
        “文件给出”是按本程序收录的政策文件算出的数额；文件没有公布的数字不替您猜，这时只能给出一边的界限。结算单以医保经办机构的结算为准，本页只说明结算单显示什么、文件给出什么。
      </Text>
    </View>
  )
}

function LineView({ line }: { line: SlipLine }) {
  const name = LABELS[LINE_FIELD[line.id]]
  return (
    <View
      className={`slip__line slip__line--${line.status}`}
      role='listitem'
      data-testid='slip-line'
      data-line={line.id}
      data-status={line.status}
    >
      <View className='slip__line-head'>
        <Text className='slip__line-name'>{name}</Text>
        <Text className='slip__badge' data-testid='slip-line-status'>
          {STATUS_TEXT[line.status]}
        </Text>
      </View>
      <View className='slip__line-figures'>
        <Text data-testid='slip-line-slip'>结算单：{line.shown ? formatYuan(line.slip) : '没有这一项'}</Text>
        <Text data-testid='slip-line-range'>文件给出：{rangeText(line.range)}</Text>
      </View>
      <Text className='slip__sentence' data-testid='slip-line-sentence'>
        {lineSentence(line, name)}
      </Text>
      {line.readings.length > 0 ? (
        <View className='slip__readings'>
          {line.readings.map((r) => (
            <View key={r.id} data-testid='slip-line-reading'>
              <Text className='slip__sub'>文件有两种理解：{r.question}</Text>
              {r.options.map((o) => (
                <Text key={o.label} className='slip__sub' data-testid='slip-line-option'>
                  · {o.label}：{rangeText(o.range)}
                  {o.slipWithin ? '（与结算单相符）' : ''}
                </Text>
              ))}
            </View>
          ))}
        </View>
      ) : null}
      {line.openSides && line.openSides.reasons.length > 0 ? (
        <View className='slip__reasons' data-testid='slip-line-open'>
          {line.openSides.reasons.map((r) => (
            <Text key={r} className='slip__sub'>
              · {r}
            </Text>
          ))}
        </View>
      ) : null}
      {line.help ? (
        <View className='slip__help' data-testid='slip-line-help'>
          {line.help.who.length > 0 ? <Text className='slip__help-title'>文件里说的办理渠道</Text> : null}
          {line.help.who.map((t) => (
            <Text key={t.text} className='slip__sub' data-testid='slip-help-who'>
              · {t.text}
            </Text>
          ))}
          {line.help.bring.length > 0 ? <Text className='slip__help-title'>文件里说要带的材料</Text> : null}
          {line.help.bring.map((t) => (
            <Text key={t.text} className='slip__sub' data-testid='slip-help-bring'>
              · {t.text}
            </Text>
          ))}
          {line.help.silent.map((s) => (
            <Text key={s} className='slip__sub' data-testid='slip-help-silent'>
              · {s}
            </Text>
          ))}
          <SourceToggle sources={[...line.help.who, ...line.help.bring].map((t) => t.reference)} what={`${line.label}：办理渠道和材料`} />
        </View>
      ) : null}
      {line.sources.length > 0 && line.status !== 'within' ? <SourceToggle sources={line.sources} what={line.label} /> : null}
    </View>
  )
}
