import { listRegions } from '../../policy/registry'
import { STORE_NAMES, storageKey, type StoreName } from '../../services/storage'

// What each stored name holds, in plain words: a record over the registry, so a new store cannot
// be added without saying here what it keeps.
const WHAT: Record<StoreName, string> = {
  region: `您选择的参保地（${listRegions()
    .map((r) => r.name)
    .join('或')}）`,
  'care-mode': '关怀模式（大字）的开关',
  estimates: '您保存的报销测算（名称和填写的金额）',
  'year-ledger': '报销测算里“本年度的住院”记录（日期、医院名称和金额，以及核对过的结算单金额）',
  household: '缴费查询里添加的家庭成员（类别和档次，不含姓名）',
  checklist: '异地就医材料清单里打过的勾'
}

/** Everything the app may keep on the device, by storage name, in plain words. */
export const STORED_ITEMS: { name: StoreName; what: string }[] = STORE_NAMES.map((name) => ({ name, what: WHAT[name] }))

export { storageKey }
