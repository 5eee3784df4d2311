// 关于: the 潍坊 document's 医疗救助 rules are 安丘市's own (POLICY-READING §5), and the page says so.
import { render, screen } from '@testing-library/react'
import AboutPage from '../../src/pages/about/index'
import { memoryStorage } from '../mocks/taro'

test('关于 says the 医疗救助 rules are 安丘市’s, not all of 潍坊’s', () => {
  memoryStorage.set('ybt:region', JSON.stringify({ v: 1, data: 'weifang' }))
  render(<AboutPage />)
  const text = document.body.textContent ?? ''
  expect(text).toContain('适用于潍坊市（基本医保、大病保险、职工医保和生育保险）；其中医疗救助是安丘市的规定，只适用于安丘市')
  expect(screen.getByText('安丘市的规定单独标明')).toBeInTheDocument()
  expect(text).toContain('潍坊其他县市区的医疗救助办法没有收录')
  // The Weihai document keeps its plain region.
  expect(text).toContain('适用于威海市')
})
