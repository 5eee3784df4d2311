// 本年度的住院: several stays of one medical year on the device, each stay's layers with the annual
// caps and cumulative 大病 of the year (engine estimateYear), the year's total, a chart per stay, and
// 一档/二档 over the year. The household (tier, poverty, assistance group) is the one chosen above.
import { useEffect, useMemo, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { Button } from '../../components/button'
import { attempt, estimateYear } from '../../engine'
import { DateToolLink } from '../date-tools'
import { MoneyInput } from '../../components/money-input'
import { Notice } from '../../components/notice'
import { usePolicy } from '../../components/page-shell'
import type { RegionId } from '../../policy/types'
import { openPage, toast } from '../../services/device'
import { slipQuery } from './slip-route'
import { setRegion } from '../../services/region'
import { Toggle } from '../../components/estimate-form'
import type { InsuredPerson, Ledger, LedgerEntry } from './year-store'
import { decodeLedger } from './year-share'
import type { DecodedLedger } from './year-share'
import { ledgerInput, ledgerRevision, loadLedger, MAX_LEDGER_ENTRIES, newEntry, PRIOR_FIELDS, PRIOR_LABELS, saveLedger } from './year-store'
import { EntryForm, EntryRow } from './year-entry'
import { YearResult, type LedgerView } from './year-result'
import './year-ledger.scss'

interface Props {
  region: RegionId
  household: InsuredPerson
  /** Sets the household chosen above (a shared ledger brings its own). */
  onHousehold(patch: Pick<InsuredPerson, 'tier' | 'poverty' | 'assistance'>): void
  /** Told the ledger as shown, whenever it changes (the estimator computes its stay after these). */
  onLedger?(ledger: Ledger): void
  /** A stay the estimator records into the ledger; `n` counts the requests, so each is taken once. */
  record?: { entry: LedgerEntry; n: number }
}

export function YearLedger({ region, household, onHousehold, onLedger, record }: Props) {
  const router = useRouter()
  const [{ ledger, notice }, setState] = useState(() => loadLedger(region))
  const [shared, setShared] = useState<string | null>(null)
  const [editing, setEditing] = useState<LedgerEntry | null>(null)
  const [view, setView] = useState<LedgerView>('stays')

  // A share link with y=… opens the shared year (switching to its region first, as the estimate
  // share link does); it is saved on this device only when the user says so.
  const pending = useRef<DecodedLedger | null>(null)
  // The store's revision this page last read or saved (see the useDidShow below).
  const seen = useRef(ledgerRevision())
  const applyShared = (d: Extract<DecodedLedger, { ok: true }>) => {
    setState({ ledger: d.ledger })
    const { tier, poverty, assistance } = d.household
    onHousehold({ tier, poverty, assistance })
    setShared('已打开分享的本年度住院记录。如要保留在本机，请点“保存到本机”。')
  }
  useEffect(() => {
    const p = pending.current
    if (p && p.ok && p.region === region) {
      pending.current = null
      applyShared(p)
      return
    }
    seen.current = ledgerRevision()
    setState(loadLedger(region))
    // Re-read only when the region changes; applyShared is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region])
  useEffect(() => {
    const code = (router?.params as Record<string, string | undefined> | undefined)?.y
    if (code === undefined) return
    const decoded = decodeLedger(code)
    if (!decoded.ok) {
      setShared(decoded.reason)
      return
    }
    if (decoded.region === region) applyShared(decoded)
    else {
      pending.current = decoded
      setRegion(decoded.region)
    }
    // Only the link the page was opened with counts; later renders must not re-apply it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Back from 核对结算单: the slip was saved there, so read the ledger again before saving over it.
  // Back from 核对结算单, which saved the slip: read the ledger again before saving over it (not
  // while a shared ledger is open, which is not the device's).
  const sharedNow = useRef(shared)
  sharedNow.current = shared
  useDidShow(() => {
    if (ledgerRevision() === seen.current || sharedNow.current !== null || pending.current !== null) return
    seen.current = ledgerRevision()
    setState(loadLedger(region))
  })

  const update = (next: Ledger) => {
    setState({ ledger: next })
    if (shared === null && !saveLedger(region, next)) toast('保存失败：本机存储不可用')
    seen.current = ledgerRevision()
  }

  useEffect(() => {
    onLedger?.(ledger)
  }, [ledger, onLedger])
  const recorded = useRef(record?.n ?? 0)
  useEffect(() => {
    if (!record || record.n === recorded.current) return
    recorded.current = record.n
    if (ledger.entries.length >= MAX_LEDGER_ENTRIES) {
      toast(`最多记录${MAX_LEDGER_ENTRIES}条`)
      return
    }
    update({ ...ledger, entries: [...ledger.entries, record.entry] })
    toast('已记入本年度的住院')
    // Only a new request counts; ledger and update are read as they are now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record])

  const { year } = usePolicy()
  const input = useMemo(() => ledgerInput(region, household, ledger, year), [region, household, ledger, year])
  const result = useMemo(() => {
    if (!input.ok || ledger.entries.length === 0) return null
    return attempt(() => estimateYear(input.input))
  }, [input, ledger.entries.length])

  const move = (i: number, by: number) => {
    const entries = [...ledger.entries]
    const [e] = entries.splice(i, 1)
    if (e === undefined) return
    entries.splice(i + by, 0, e)
    update({ ...ledger, entries })
  }
  const remove = (id: string) => update({ ...ledger, entries: ledger.entries.filter((e) => e.id !== id) })
  const commit = (entry: LedgerEntry) => {
    const exists = ledger.entries.some((e) => e.id === entry.id)
    update({ ...ledger, entries: exists ? ledger.entries.map((e) => (e.id === entry.id ? entry : e)) : [...ledger.entries, entry] })
    setEditing(null)
  }

  const pack = usePolicy()
  const pooled = pack.outpatient.chronic.special !== undefined

  return (
    <View className='year-ledger' data-testid='year-ledger'>
      <Text className='estimate-section-title' role='heading' aria-level={2}>
        本年度的住院
      </Text>
      <Text className='year-ledger__intro'>
        一年中住院不止一次时，年度最高支付限额和文件写明按年度累计的各项按全年累计；文件没写明按每次住院还是按全年的，两种算法的金额都列出。按住院先后添加，下面按全年计算每次的报销。
      </Text>
      {notice ? (
        <Notice kind='warn' testId='ledger-notice'>
          {notice}
        </Notice>
      ) : null}
      {shared ? (
        <Notice kind='info' testId='ledger-shared'>
          <Text>{shared}</Text>
          {shared.startsWith('已打开') ? (
            <Button
              kind='secondary'
              small
              data-testid='ledger-keep'
              onClick={() => {
                setShared(null)
                saveLedger(region, ledger)
                toast('已保存到本机')
              }}
            >
              保存到本机
            </Button>
          ) : null}
        </Notice>
      ) : null}

      {ledger.entries.length === 0 ? (
        <Text className='year-ledger__empty' data-testid='ledger-empty'>
          还没有记录。
        </Text>
      ) : null}
      <View role='list' aria-label='本年度的住院记录'>
        {ledger.entries.map((e, i) => (
          <EntryRow
            key={e.id}
            index={i}
            entry={e}
            region={region}
            estimate={result?.ok ? result.value.stays[i] : undefined}
            info={result?.ok ? result.value.year.entries[i] : undefined}
            last={i === ledger.entries.length - 1}
            only={ledger.entries.length === 1}
            onEdit={() => setEditing({ ...e })}
            onUp={() => move(i, -1)}
            onDown={() => move(i, 1)}
            onRemove={() => remove(e.id)}
            onSlip={() =>
              shared === null
                ? openPage(`/pages/slip/index?${slipQuery(region, i, household)}`)
                : toast('请先把分享的记录保存到本机，再核对结算单')
            }
          />
        ))}
      </View>

      {editing ? (
        <EntryForm
          region={region}
          entry={editing}
          pooled={pooled}
          onChange={setEditing}
          onSave={commit}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <View className='year-ledger__add'>
          <Button
            kind='secondary'
            className='estimate-action'
            data-testid='ledger-add'
            disabled={ledger.entries.length >= MAX_LEDGER_ENTRIES}
            onClick={() => setEditing(newEntry())}
          >
            添加一次住院
          </Button>
          {pooled ? (
            <Button kind='link' data-testid='ledger-add-chronic' onClick={() => setEditing(newEntry('specialChronicOutpatient'))}>
              添加特殊门诊慢性病费用
            </Button>
          ) : null}
        </View>
      )}

      <View className='year-ledger__prior'>
        <Toggle
          label='本年度此前已报销过（只有结算单合计时填这里）'
          checked={ledger.usePrior}
          testId='ledger-prior'
          onChange={(usePrior) => update({ ...ledger, usePrior })}
        />
        {ledger.usePrior ? (
          <View className='year-ledger__prior-fields'>
            {PRIOR_FIELDS.map((f) => (
              <MoneyInput
                key={f}
                id={`ledger-prior-${f}`}
                label={PRIOR_LABELS[f]}
                value={ledger.prior[f]}
                placeholder='没有就不填'
                onChange={(text) => update({ ...ledger, prior: { ...ledger.prior, [f]: text } })}
              />
            ))}
          </View>
        ) : null}
      </View>

      {ledger.entries.length > 0 && !input.ok ? (
        <Notice kind='info' testId='ledger-status'>
          {input.message}
        </Notice>
      ) : null}
      {result && !result.ok ? (
        <Notice kind='warn' testId='ledger-status'>
          {result.message}
        </Notice>
      ) : null}
      {result?.ok ? <YearResult year={result.value} input={input.ok ? input.input : undefined} view={view} onView={setView} /> : null}

      {ledger.entries.length > 0 ? (
        // One share for the page: the estimate's link below carries these entries too.
        <Text className='estimate-share__hint' data-testid='ledger-share-note'>
          分享下方的测算时，本年度的住院记录一并分享（只有金额和日期，不含医院名称）。
        </Text>
      ) : null}
      <DateToolLink pack={pack} tool='assistance' />
    </View>
  )
}
