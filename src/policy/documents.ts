import type { DocumentId, SourceDocument } from './types'

export const DOCUMENTS: Record<DocumentId, SourceDocument> = {
  'wendeng-2019-12': {
    id: 'wendeng-2019-12',
    title: '齐鲁晚报·文登版《2020年居民医疗保险缴费标准公布》《贫困人口“六重保障”政策解读》及医保问答',
    publisher: '齐鲁晚报（文登区医疗保障局协办）',
    date: '2019-12-18',
    seedFile: '000_b8a4b2ea55d21974.txt',
    region: 'weihai',
    // the 威海市 figures come from 文登区's announcement (POLICY-READING: "as told by 文登区医疗保障局")
    toldBy: '据文登区医疗保障局公布'
  },
  'anqiu-2020-06': {
    id: 'anqiu-2020-06',
    title: '安丘市医疗保障局“行风在线”访谈内容',
    publisher: '安丘市医疗保障局',
    date: '2020-06-09',
    seedFile: '004_9d86da29194db8ae.txt',
    region: 'weifang',
    toldBy: '据安丘市医疗保障局介绍',
    // POLICY-READING §5: the assistance rules are 安丘市's own 《关于进一步加强医疗救助工作的实施意见》.
    scope: '潍坊市（基本医保、大病保险、职工医保和生育保险）；其中医疗救助是安丘市的规定，只适用于安丘市',
    readerNote: {
      label: '安丘市的规定单独标明',
      text: '潍坊的资料来自安丘市医疗保障局。其中医疗救助（重点救助对象、低收入救助对象、重大疾病再救助）是安丘市自己的规定，本工具标为“安丘市”；潍坊其他县市区的医疗救助办法没有收录。'
    }
  }
}
