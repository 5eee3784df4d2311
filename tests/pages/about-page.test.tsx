// 关于: the 潍坊 document's 医疗救助 rules are 安丘市's own (POLICY-READING §5), and the page says so.
import { render, screen } from '@testing-library/react'
import AboutPage from '../../src/pages/about/index'
import { seedRegion } from '../fixtures/stored'

test('关于 says the 医疗救助 rules are 安丘市’s, not all of 潍坊’s', () => {
  seedRegion('weifang')
  render(<AboutPage />)
  const text = document.body.textContent ?? ''
  expect(text).toContain('适用于潍坊市（基本医保、大病保险、职工医保和生育保险）；其中医疗救助是安丘市的规定，只适用于安丘市')
  expect(screen.getByText('安丘市的规定单独标明')).toBeInTheDocument()
  expect(text).toContain('潍坊其他县市区的医疗救助办法没有收录')
  // The Weihai document keeps its plain region.
  expect(text).toContain('适用于威海市')
})

test('关于 names the figures each city leaves unpublished from the packs, and the stored region from the registry', async () => {
  seedRegion('weihai')
  render(<AboutPage />)
  expect(document.body.textContent).toContain('例如威海市住院起付标准、潍坊市住院起付标准、潍坊市住院支付比例，需要您按医院或结算单填写')
  const { STORED_ITEMS } = await import('../../src/pages/privacy/stored-items')
  expect(STORED_ITEMS.find((i) => i.name === 'region')?.what).toBe('您选择的参保地（威海市或潍坊市）')
})
