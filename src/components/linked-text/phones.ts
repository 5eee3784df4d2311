// Phone numbers in the sources are written as local 7-digit numbers (the Anqiu interview was
// broadcast locally). A mobile phone needs the area code to reach them: 安丘 is in 潍坊's 0536 area.
const LOCAL_AREA_CODES: Record<string, string> = {
  '4253522': '0536'
}

// No look-behind: older iOS WeChat engines reject it at parse time, which would break the page.
const NUMBER_RUN = /\d[\d.,]*/g
const UNIT_AFTER = /^(元|万|人|天|年|个|%|％|家|月|日|号)/

export interface TextPart {
  text: string
  phone?: string
}

/** Splits text so that stand-alone 7–12 digit runs (not amounts such as 40000元) become phones. */
export function splitPhones(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const m of text.matchAll(NUMBER_RUN)) {
    const run = m[0]
    const start = m.index ?? 0
    const isPhone = /^\d{7,12}$/.test(run) && !UNIT_AFTER.test(text.slice(start + run.length))
    if (!isPhone) continue
    if (start > last) parts.push({ text: text.slice(last, start) })
    parts.push({ text: run, phone: dialNumber(run) })
    last = start + run.length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}

export function dialNumber(digits: string): string {
  const area = LOCAL_AREA_CODES[digits]
  return area ? `${area}-${digits}` : digits
}
