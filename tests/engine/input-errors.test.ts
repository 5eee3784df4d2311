// Every bad input throws one error type, PolicyInputError, naming the field, in Chinese.
import { estimateInpatient, estimateYear, PolicyInputError } from '../../src/engine'
import type { InpatientInput } from '../../src/engine'
import { getPack, listPacks, PolicyInputError as PolicyLayerError } from '../../src/policy'

const ok: InpatientInput = { region: 'weihai', tier: 1, hospitalLevel: 2, totalCost: '1000', compliantCost: '800', deductible: '100' }

describe('estimateInpatient input errors', () => {
  test.each([
    [{ totalCost: '-1' }, 'totalCost', '负数'],
    [{ totalCost: 'abc' }, 'totalCost', '数字'],
    [{ totalCost: '' }, 'totalCost', '请输入金额'],
    [{ totalCost: '1e5' }, 'totalCost', '数字'],
    [{ totalCost: '1000000000.01', compliantCost: '1' }, 'totalCost', '超出可测算范围'],
    [{ totalCost: '100.001' }, 'totalCost', '精确到分'],
    [{ compliantCost: '1000.01' }, 'compliantCost', '不能大于住院总费用'],
    [{ compliantCost: '-0' }, 'compliantCost', '负数'],
    [{ deductible: '-100' }, 'deductible', '负数'],
    [{ basicRatio: '1.5' }, 'basicRatio', '0到1'],
    [{ basicRatio: '-0.5' }, 'basicRatio', '负数'],
    [{ basicRatio: '70%' }, 'basicRatio', '0到1'],
    [{ basicPaid: '800.01' }, 'basicPaid', '不能大于'],
    [{ specialDrugCost: 'x' }, 'specialDrugCost', '数字'],
    [{ region: 'qingdao' }, 'region', '未知地区'],
    [{ year: 2019 }, 'year', '暂未收录'],
    [{ year: 2020.5 }, 'year', '年度无效'],
    [{ tier: 3 }, 'tier', '缴费档次'],
    [{ hospitalLevel: 4 }, 'hospitalLevel', '医院级别'],
    [{ hospitalLevel: undefined }, 'hospitalLevel', '医院的级别'],
    [{ setting: 'abroad' }, 'setting', '就医类型'],
    [{ assistanceGroup: 'vip' }, 'assistanceGroup', '救助对象'],
    [{ povertyHousehold: 'yes' }, 'povertyHousehold', '贫困人口']
  ])('%j → %s', (override, field, message) => {
    const run = () => estimateInpatient({ ...ok, ...(override as object) } as InpatientInput)
    expect(run).toThrow(PolicyInputError)
    expect(run).toThrow(expect.objectContaining({ field, message: expect.stringContaining(message) }))
  })

  test('1e9 itself is accepted', () => {
    expect(estimateInpatient({ ...ok, totalCost: '1000000000', compliantCost: '1000000000' }).total).toBe('1000000000.00')
  })

  test('the error is a real Error subclass with a name', () => {
    try {
      estimateInpatient({ ...ok, totalCost: '-1' })
      throw new Error('should have thrown')
    } catch (e) {
      expect(e).toBeInstanceOf(Error)
      expect(e).toBeInstanceOf(PolicyInputError)
      expect((e as Error).name).toBe('PolicyInputError')
    }
  })
})

describe('an error keeps its parts', () => {
  const caught = (fn: () => unknown): PolicyInputError => {
    try {
      fn()
    } catch (e) {
      if (e instanceof PolicyInputError) return e
      throw e
    }
    throw new Error('no PolicyInputError')
  }

  test("an error of a year's entry is worded with the entry, and keeps the reason and the entry apart", () => {
    const e = caught(() =>
      estimateYear({
        region: 'weihai',
        tier: 1,
        stays: [
          { totalCost: '1000', compliantCost: '800', hospitalLevel: 2 },
          { kind: 'specialChronicOutpatient', totalCost: '1000', compliantCost: '800' }
        ]
      })
    )
    expect(e.field).toBe('stays[1].hospitalLevel')
    expect(e.message).toBe('第2条（特殊门诊慢性病）：请选择就诊医院的级别（一级、二级或三级）')
    expect(e.reason).toBe('请选择就诊医院的级别（一级、二级或三级）')
    expect(e.entry).toBe(1)
  })

  test('an error no one named otherwise: the reason is the message', () => {
    const e = caught(() => estimateInpatient({ ...ok, hospitalLevel: undefined }))
    expect(e.reason).toBe(e.message)
    expect(e.entry).toBeUndefined()
  })
})

describe('registry', () => {
  test('the bundled 2020 packs of both cities', () => {
    expect(listPacks().map((p) => `${p.region}-${p.year}`)).toEqual(expect.arrayContaining(['weihai-2020', 'weifang-2020']))
    expect(getPack('weifang', 2020).regionName).toBe('潍坊市')
  })
  test('unknown region and year throw the engine error', () => {
    expect(() => getPack('x' as never, 2020)).toThrow(expect.objectContaining({ field: 'region' }))
    expect(() => getPack('weihai', 1990)).toThrow(expect.objectContaining({ field: 'year' }))
    expect(() => getPack('weihai', 1990)).toThrow(PolicyInputError)
  })
  test('the error type lives with the policy; the engine API still exports the very same class', () => {
    expect(PolicyInputError).toBe(PolicyLayerError)
    expect(new PolicyLayerError('x', '信息')).toBeInstanceOf(PolicyInputError)
  })
})
