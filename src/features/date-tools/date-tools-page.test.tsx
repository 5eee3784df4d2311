import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import DateToolsPage from '../../pages/date-tools/index'
import EstimatePage from '../../pages/estimate/index'
import { setRegion } from '../../services/region'

// The policy year these tests check: pinned, so a newer pack registered beside it changes nothing.
const POLICY_YEAR = 2020

// Stored as the app stores it (Jest maps @tarojs/taro to tests/mocks/taro, whose storage is in memory).
// The 参保地 stored by the app's own writer, as a phone would have it.
const seedRegion = setRegion

function openAt(params: Record<string, string>, region: 'weihai' | 'weifang') {
  seedRegion(region)
  ;(Taro.useRouter as jest.Mock).mockReturnValue({ params, path: '/pages/date-tools/index' })
  return render(<DateToolsPage year={POLICY_YEAR} />)
}

describe('算日期: the less-used date tools on a page of their own', () => {
  test('?tool=resettlement shows that tool alone, with the way back to 异地就医', () => {
    openAt({ tool: 'resettlement' }, 'weifang')
    expect(screen.getByTestId('tool-resettlement')).toBeInTheDocument()
    expect(screen.queryByTestId('tool-assistance')).toBeNull()
    fireEvent.click(screen.getByTestId('date-tools-back'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/remote/index' })
  })

  test('?tool=assistance shows the 安丘 assistance date, with the way back to 报销测算', () => {
    openAt({ tool: 'assistance' }, 'weifang')
    expect(screen.getByTestId('tool-assistance')).toBeInTheDocument()
    expect(screen.queryByTestId('tool-resettlement')).toBeNull()
    expect(screen.getByTestId('date-tools-back')).toHaveTextContent('返回报销测算')
  })

  test('no tool, or one the region does not have: every tool the region has; none said plainly', () => {
    openAt({}, 'weifang')
    expect(screen.getByTestId('tool-resettlement')).toBeInTheDocument()
    expect(screen.getByTestId('tool-assistance')).toBeInTheDocument()
    expect(screen.queryByTestId('date-tools-back')).toBeNull()
  })

  test('a region whose documents give neither rule says so, and a made-up tool name changes nothing', () => {
    openAt({ tool: '<script>' }, 'weihai')
    expect(screen.getByTestId('date-tools-none')).toHaveTextContent('威海市的政策文件没有给出这里能推算的日期')
  })
})

test('the year ledger links to the assistance tool only where the documents give its rule', () => {
  seedRegion('weifang')
  const weifang = render(<EstimatePage year={POLICY_YEAR} />)
  const link = screen.getByTestId('open-tool-assistance')
  expect(link).toHaveAttribute('role', 'link')
  expect(within(link).getByText('算一算：申请医疗救助后最迟哪天核准发放')).toBeInTheDocument()
  fireEvent.click(link)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/date-tools/index?tool=assistance' })
  weifang.unmount()
  seedRegion('weihai')
  render(<EstimatePage year={POLICY_YEAR} />)
  expect(screen.queryByTestId('open-tool-assistance')).toBeNull()
})
