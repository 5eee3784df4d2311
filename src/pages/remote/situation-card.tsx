import { View, Text, Button } from '@tarojs/components'
import { Notice } from '../../components/notice'
import { LinkedText } from '../../components/linked-text'
import { isUnpublished, type PolicyPack, type PolicyText, type RemoteCareGuide, type RemoteSituation } from '../../policy/types'
import { goToTab } from '../../services/device'
import { Checklist } from './checklist'
import { checklistKey, type ChecklistKind, type Checklists } from './checklist-store'
import { DeadlineCalculator } from './deadline-calculator'
import { DateToolLink } from '../../features/date-tools'
import { Line, Section, Silent, Sources } from './parts'
import { estimateSetting, isResidenceFiling, settingLabel, SITUATIONS, settingReference, splitNotes } from './situations'
import { tappable } from '../../components/tappable'
import { TermHelp } from '../../components/term'

interface CardProps {
  pack: PolicyPack
  situation: RemoteSituation
  checklists: Checklists
  onToggle(key: string, item: string): void
  onClear(key: string): void
  onOpenSituation(situation: RemoteSituation): void
}

/** Everything one region's documents say about one situation, each line with its source. */
export function SituationCard(props: CardProps) {
  const { pack, situation } = props
  const entry = pack.remoteCare[situation]
  const words = SITUATIONS.find((s) => s.id === situation)?.words ?? ''
  return (
    <View className='remote-card' id='remote-card' data-testid='remote-card' data-situation={situation} data-region={pack.region}>
      <Text className='remote-card__region'>
        {pack.regionName} · {words}
      </Text>
      <Text className='remote-card__title' role='heading' aria-level={2}>
        {entry.title}
      </Text>
      {entry.status === 'published' ? (
        <GuideBody {...props} entry={entry} />
      ) : (
        <View data-testid='remote-not-covered'>
          <Notice kind='warn'>
            <View>
              {pack.regionName}的政策文件没有说明这种情况：{entry.reason}。
            </View>
            <View>本工具不套用其他地区的规定，请向参保地医保经办机构咨询办理办法。</View>
          </Notice>
        </View>
      )}
    </View>
  )
}

function GuideBody({ pack, situation, entry, checklists, onToggle, onClear, onOpenSituation }: CardProps & { entry: RemoteCareGuide }) {
  const { filing, settlement } = entry
  const listProps = (kind: ChecklistKind) => {
    const key = checklistKey(pack.region, situation, kind)
    return { ticked: checklists[key] ?? [], onToggle: (item: string) => onToggle(key, item), onClear: () => onClear(key) }
  }
  const sameAs = entry.sameAs ? pack.remoteCare[entry.sameAs] : undefined
  const notes = splitNotes(pack, entry)
  const setting = estimateSetting(pack, situation)
  const settingRef = setting ? settingReference(pack, setting) : undefined
  // Said once per card: the deadline at the top of the emergency card is not repeated under 怎么备案,
  // and a networked-settlement rule that is also the effect on reimbursement is said under the latter.
  const urgent = situation === 'emergency' && !!filing?.deadline
  const reimbursement = settlement.reimbursement
  const networkedIsReimbursement =
    !!settlement.networked && !isUnpublished(reimbursement) && settlement.networked.text === reimbursement.text

  return (
    <View className='remote-card__body'>
      {situation === 'emergency' && filing?.deadline ? <UrgentAnswers pack={pack} filing={filing} /> : null}
      {situation === 'unfiled' ? <UnfiledLead pack={pack} onOpenSituation={onOpenSituation} /> : null}
      {situation === 'unfiled' ? (
        <Text className='remote-section__title' role='heading' aria-level={3} data-testid='unfiled-not-emergency'>
          不是急诊，未经转诊自己到外地住院的：
        </Text>
      ) : null}
      <Section title='适用情形' testId='section-applies'>
        <Line value={entry.appliesTo} />
        <Sources texts={[entry.appliesTo]} />
        {sameAs && entry.sameAs ? (
          <View className='remote-same-as' data-testid='remote-same-as'>
            <Text>
              {pack.regionName}按“{sameAs.title}”办理，手续和材料相同。
            </Text>
            <Text className='remote-link' role='link' {...tappable(() => onOpenSituation(entry.sameAs as RemoteSituation))}>
              查看“{sameAs.title}”
            </Text>
          </View>
        ) : null}
      </Section>

      {filing ? (
        <Section title='怎么备案' testId='section-filing'>
          <Line label='谁来办、怎么办' value={filing.whoFiles} testId='filing-who' />
          {filing.where ? <Line label='在哪里办' value={filing.where} /> : null}
          {filing.deadline && !urgent ? <Line label='办理时限' value={filing.deadline.text} testId='filing-deadline' /> : null}
          <Text className='remote-line__label remote-steps__label'>办理步骤：</Text>
          {filing.steps.length ? (
            <View className='remote-steps' role='list'>
              {filing.steps.map((step, i) => (
                <View key={i} className='remote-steps__item' role='listitem'>
                  <Text className='remote-steps__no'>{i + 1}</Text>
                  <LinkedText className='remote-steps__text' text={step.text} />
                </View>
              ))}
            </View>
          ) : (
            <Silent reason='本地政策文件未列出办理步骤' />
          )}
          <Sources
            texts={[isUnpublished(filing.whoFiles) ? undefined : filing.whoFiles, filing.where, filing.deadline?.text, ...filing.steps]}
          />
        </Section>
      ) : null}

      {filing ? (
        <Section title='备案要带的材料' testId='section-materials'>
          {filing.otherPath ? <Line value={filing.otherPath} testId='materials-other-path' /> : null}
          {filing.materialsFor ? <Line value={filing.materialsFor} testId='materials-for' /> : null}
          {filing.otherPath || filing.materialsFor ? <Sources texts={[filing.otherPath, filing.materialsFor]} /> : null}
          {isUnpublished(filing.materials) ? (
            <Silent reason={filing.materials.reason} />
          ) : (
            <Checklist
              testId='materials-checklist'
              label='备案材料'
              items={filing.materials}
              anyOneOf={filing.anyOneOf}
              {...listProps('filing')}
            />
          )}
        </Section>
      ) : null}

      <Section title='出院怎么结算' testId='section-settlement'>
        {settlement.networked || settlement.notNetworked ? (
          <>
            {networkedIsReimbursement ? (
              <View className='remote-line' data-testid='settlement-networked'>
                <Text className='remote-line__label'>能联网结算时：</Text>
                <Text className='remote-line__text'>出院时在医院直接结算，个人先负担多少见下面的“对报销的影响”</Text>
              </View>
            ) : (
              <Line label='能联网结算时' value={settlement.networked} testId='settlement-networked' />
            )}
            <Line label='不能联网结算时' value={settlement.notNetworked} testId='settlement-not-networked' />
            <TermHelp id='networkedSettlement' pack={pack} />
            <Sources texts={[settlement.networked, settlement.notNetworked]} />
          </>
        ) : null}
        <Text className='remote-line__label remote-steps__label'>回参保地报销要带：</Text>
        {isUnpublished(settlement.claimMaterials) ? (
          <Silent reason={settlement.claimMaterials.reason} />
        ) : (
          <Checklist testId='claim-checklist' label='报销材料' items={settlement.claimMaterials} {...listProps('claim')} />
        )}
      </Section>

      <Section title='对报销的影响' testId='section-reimbursement'>
        <Line value={settlement.reimbursement} testId='reimbursement' />
        <Sources texts={[isUnpublished(settlement.reimbursement) ? settingRef : settlement.reimbursement]} />
        {setting ? (
          <Button
            className='remote-estimate'
            data-testid='remote-estimate-link'
            data-setting={setting}
            onClick={() => goToTab('estimate', { mode: 'inpatient', setting })}
          >
            用“报销测算”算一算（已选：{settingLabel(pack, setting)}）
          </Button>
        ) : null}
      </Section>

      {isResidenceFiling(situation) ? (
        <Section title='备案生效后能否变更' testId='section-validity'>
          <Line value={filing?.validity ?? '本地政策文件未说明备案的有效期和变更办法'} testId='validity' />
          <Sources texts={[filing?.validity]} />
          <DateToolLink pack={pack} tool='resettlement' />
        </Section>
      ) : null}

      {notes.other.length ? (
        <Section title='特别注意' testId='section-notes'>
          {notes.other.map((n, i) => (
            <Line key={i} value={n} />
          ))}
          <Sources texts={notes.other} />
        </Section>
      ) : null}

      <Covid pack={pack} />
    </View>
  )
}

type Filing = NonNullable<RemoteCareGuide['filing']>

/**
 * The emergency card answers at its top, in this order (POLICY-READING §8): by when (the safe date),
 * how, and what happens without it. The sources follow the three answers.
 */
function UrgentAnswers({ pack, filing }: { pack: PolicyPack; filing: Filing }) {
  const deadline = filing.deadline
  if (!deadline) return null
  return (
    <Section title='先看这三件事' testId='section-urgent'>
      <View className='remote-urgent'>
        <View className='remote-urgent__item' data-testid='urgent-when'>
          <Text className='remote-urgent__q'>1. 最晚哪天备案</Text>
          <Line value={deadline.text} testId='filing-deadline' />
          <DeadlineCalculator pack={pack} rule={deadline} how={filing.how} showSources={false} />
        </View>
        <View className='remote-urgent__item' data-testid='urgent-how'>
          <Text className='remote-urgent__q'>2. 怎么备案</Text>
          <Line value={filing.how ?? '本地政策文件未说明备案方式，请向参保地医保经办机构咨询'} />
        </View>
        <View className='remote-urgent__item' data-testid='urgent-without'>
          <Text className='remote-urgent__q'>3. 不备案会怎样</Text>
          <Line value={filing.ifNotFiled ?? '本地政策文件未说明'} />
        </View>
        <Sources
          texts={[deadline.text, filing.how, filing.ifNotFiled && !isUnpublished(filing.ifNotFiled) ? filing.ifNotFiled : undefined]}
        />
      </View>
    </Section>
  )
}

/**
 * "已经自己去外地住院，没办手续" is not a lost cause: an emergency stay whose window is still open can
 * be filed now. Only an emergency never filed or approved is "无法报销" (Weihai's words; Weifang's
 * text does not say). The self-referral rules follow in the card's own sections.
 */
function UnfiledLead({ pack, onOpenSituation }: { pack: PolicyPack; onOpenSituation(s: RemoteSituation): void }) {
  const emergency = pack.remoteCare.emergency
  const filing = emergency.status === 'published' ? emergency.filing : undefined
  if (!filing?.deadline) return null
  return (
    <Section title='先看：是不是急诊住院？' testId='section-unfiled-emergency'>
      <View className='remote-urgent'>
        <Text className='remote-urgent__q' data-testid='unfiled-file-now'>
          因急症、危症或意外伤害在外地住院的，还在备案期限内就现在备案：
        </Text>
        <Line label='备案期限' value={filing.deadline.text} />
        <Line label='怎么备案' value={filing.how} />
        <DeadlineCalculator pack={pack} rule={filing.deadline} how={filing.how} testId='unfiled-deadline-calculator' showSources={false} />
        <Line
          label='急诊住院一直没有备案、没有获批准的'
          value={filing.ifNotFiled ?? '本地政策文件未说明'}
          testId='unfiled-emergency-consequence'
        />
        <Sources
          texts={[filing.deadline.text, filing.how, filing.ifNotFiled && !isUnpublished(filing.ifNotFiled) ? filing.ifNotFiled : undefined]}
        />
        <Text className='remote-link' role='link' data-testid='unfiled-open-emergency' {...tappable(() => onOpenSituation('emergency'))}>
          查看“{emergency.title}”的全部办法和材料
        </Text>
      </View>
    </Section>
  )
}

/**
 * The COVID exception of the pack's year: its full list, or that the region's documents say nothing.
 * The title names who it is for, so the section never reads as a general waiver of filing.
 */
function Covid({ pack }: { pack: PolicyPack }) {
  const title = `${pack.year}年疫情期间`
  return (
    <Section title={pack.covid.length ? `${title}（仅限新冠肺炎确诊、疑似患者）` : title} testId='section-covid'>
      {pack.covid.length ? (
        <>
          {pack.covid.map((c: PolicyText, i) => (
            <Line key={i} value={c} />
          ))}
          <Sources texts={pack.covid} />
        </>
      ) : (
        <Silent reason={`${pack.regionName}的政策文件未提及疫情期间异地就医的特殊办法`} />
      )}
    </Section>
  )
}

/** The documents' phone numbers, each tappable; a region whose documents give none says so. */
export function Hotlines({ pack }: { pack: PolicyPack }) {
  return (
    <View className='remote-hotlines' data-testid='remote-hotlines'>
      <Text className='remote-section__title' role='heading' aria-level={3}>
        咨询电话
      </Text>
      {pack.hotlines.length
        ? pack.hotlines.map((h) => (
            <View key={h.number} className='remote-hotline' data-testid='remote-hotline'>
              <LinkedText className='remote-hotline__line' text={`${h.name}：${h.number}`} />
              <Text className='remote-hotline__purpose'>{h.purpose}</Text>
            </View>
          ))
        : null}
      <Text className='remote-hotline__purpose' data-testid='remote-hotline-agency'>
        {pack.hotlines.length ? '异地就医备案和报销：' : ''}请联系您参保所在地的医保经办机构（参保地医保经办机构）；{pack.regionName}
        的政策文件没有给出它的电话号码。
      </Text>
      <Sources texts={pack.hotlines.map((h) => h.reference)} />
    </View>
  )
}
