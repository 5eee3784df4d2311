// The words of the 生育 tools' notes (maternity.ts): with the tools, in the 生育 subpackage. The ids
// and their parameters are in notes.ts.
import type { MaternityNoteParams, Words } from './notes'
import { CORE_WORDS, worder } from './notes'

export const MATERNITY_WORDS: Words<MaternityNoteParams> = {
  birthAtQuota: (p) => `按定额${p.quota}元结算`,
  birthDesignatedBelowQuota: (p) =>
    `实际费用低于定额：原文未写明定点医院是否也“低于定额的按实际发生额结算”，按${p.quota}元和按实际费用两个数都列出`,
  birthBelowQuota: () => '实际费用低于定额',
  birthNonDesignatedReadings: () => '实际费用低于定额，原文可有几种读法，每种读法的数都列出',
  birthNonDesignatedAlike: () => '实际费用低于定额，几种读法结果相同',
  maternityFixed: () => '定额支付',
  maternityEnterActualCost: (p) => `限额${p.limit}元，请填写实际费用`,
  maternityWithinLimit: (p) => `在限额${p.limit}元内按实际费用支付`,
  spousePrenatalAlike: () => '产前检查为定额，各种读法结果相同',
  spouseReachesStandard: () => '实际费用达到标准，各种读法结果相同',
  spouseEnterActualCost: (p) => `按标准为${p.limit}元；如按实际费用的50%，请填写实际费用`,
  readingsListed: () => '原文可有几种读法，每种读法的数都列出'
}

export const MATERNITY_NOTES = worder({ ...CORE_WORDS, ...MATERNITY_WORDS })
