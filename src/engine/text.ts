/** Full-width digits and decimal point as typed on Chinese keyboards ("１２．５") → ASCII ("12.5"). */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.')
}
