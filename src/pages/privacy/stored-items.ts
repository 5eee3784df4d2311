import { STORAGE_PREFIX } from '../../services/storage'

/** Everything the app may keep on the device, by storage name, in plain words. */
export const STORED_ITEMS: { name: string; what: string }[] = [
  { name: 'region', what: '您选择的参保地（威海市或潍坊市）' },
  { name: 'care-mode', what: '关怀模式（大字）的开关' },
  { name: 'estimates', what: '您保存的报销测算（名称和填写的金额）' },
  { name: 'year-ledger', what: '报销测算里“本年度的住院”记录（日期、医院名称和金额，以及核对过的结算单金额）' },
  { name: 'household', what: '缴费查询里添加的家庭成员（类别和档次，不含姓名）' },
  { name: 'checklist', what: '异地就医材料清单里打过的勾' }
]

export const storageKey = (name: string) => STORAGE_PREFIX + name
