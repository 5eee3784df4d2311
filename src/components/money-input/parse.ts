import { parseMoney, formatYuan, PolicyInputError } from '../../engine'

export type MoneyParse =
  | { state: 'empty' }
  | { state: 'ok'; amount: string; echo: string }
  | { state: 'error'; message: string }

/** What a money field holds: nothing yet, a parsed amount (with its echo), or a Chinese message. */
export function readMoney(text: string): MoneyParse {
  if (text.trim() === '') return { state: 'empty' }
  try {
    const amount = parseMoney(text)
    return { state: 'ok', amount, echo: `= ${formatYuan(amount).slice(1)} 元` }
  } catch (e) {
    return { state: 'error', message: e instanceof PolicyInputError ? e.message : '无法识别的金额' }
  }
}
