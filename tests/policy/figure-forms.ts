// How the source documents write a figure: the forms a pack's figure may take inside its quote.
import Decimal from 'decimal.js'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
/** A Chinese numeral counts only with the word it counts: "一年", not the 一 of "一档". */
const COUNTED: Record<string, string[]> = { years: ['年'], months: ['个月'], days: ['天'], workingDays: ['个工作日'], count: ['个', '种'] }

export function figureForms(figure: string, unit: string): string[] {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(figure)
  if (date) {
    const [, y, m, d] = date
    const md = `${Number(m)}月${Number(d)}日`
    return [`${y}年${md}`, md, figure]
  }
  if (!/^-?\d+(\.\d+)?$/.test(figure)) return [figure]
  const n = new Decimal(figure)
  if (unit === 'rate') {
    const p = n.times(100).toString()
    return [`${p}%`, `${p}％`, `${p}个百分点`]
  }
  const forms = [n.toString()]
  if (n.gte(10000)) forms.push(`${n.div(10000).toString()}万`)
  if (n.isZero()) forms.push('不设')
  if (n.isInteger() && n.gte(1) && n.lte(10)) for (const word of COUNTED[unit] ?? []) forms.push(`${DIGITS[n.toNumber()]}${word}`)
  return forms
}

/** The quote writes the figure: one of its forms, not as part of a longer number (5 is not in 15 or 5.5). */
export function quoteShows(quote: string, figure: string, unit: string): boolean {
  return figureForms(figure, unit).some((form) => {
    for (let at = quote.indexOf(form); at >= 0; at = quote.indexOf(form, at + 1)) {
      const before = quote[at - 1] ?? ''
      const after = quote[at + form.length] ?? ''
      if (!/[\d.]/.test(before) && !/^\d/.test(after) && !(after === '.' && /\d/.test(quote[at + form.length + 1] ?? ''))) return true
    }
    return false
  })
}
