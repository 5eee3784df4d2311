import { render, screen, fireEvent, act } from '@testing-library/react'
import { PageShell } from '../../src/components/page-shell'
import { RegionBar } from '../../src/components/region-bar'
import { memoryStorage } from '../mocks/taro'

import * as region from '../../src/services/region'
import { seed, seedRegion } from '../fixtures/stored'
import { at } from '../../src/test-support/present'

const freshModules = async () => ({ region, shell: { PageShell } })

test('first run asks for the region; the choice is stored and shown with the policy year', async () => {
  const { shell } = await freshModules()
  render(
    <shell.PageShell title='常见问题' year={2020}>
      {(r) => <p>content for {r}</p>}
    </shell.PageShell>
  )
  expect(screen.getByText('请先选择您的参保地')).toBeInTheDocument()
  fireEvent.click(at(screen.getAllByText('潍坊市'), 0))
  expect(screen.getByText('content for weifang')).toBeInTheDocument()
  expect(screen.getByTestId('policy-year')).toHaveTextContent('2020年度政策')
  expect(JSON.parse(memoryStorage.get('ybt:region') as string)).toEqual({ v: 1, data: 'weifang' })
})

test('a stored region is used on start and can be switched from the bar', async () => {
  seedRegion('weihai')
  const { shell } = await freshModules()
  render(<shell.PageShell title='报销测算'>{(r) => <p>content for {r}</p>}</shell.PageShell>)
  expect(screen.getByText('content for weihai')).toBeInTheDocument()
  fireEvent.click(screen.getByLabelText('参保地：潍坊市'))
  expect(screen.getByText('content for weifang')).toBeInTheDocument()
})

test('a corrupt stored region falls back to asking, without a crash', async () => {
  memoryStorage.set('ybt:region', '{broken')
  const { shell } = await freshModules()
  render(<shell.PageShell title='缴费查询'>{() => <p>x</p>}</shell.PageShell>)
  expect(screen.getByText('请先选择您的参保地')).toBeInTheDocument()
})

test('every mounted page follows a region change made on another page', async () => {
  seedRegion('weihai')
  const { shell, region: regionService } = await freshModules()
  render(
    <>
      <shell.PageShell title='A'>{(r) => <p>A {r}</p>}</shell.PageShell>
      <shell.PageShell title='B'>{(r) => <p>B {r}</p>}</shell.PageShell>
    </>
  )
  act(() => regionService.setRegion('weifang'))
  expect(screen.getByText('A weifang')).toBeInTheDocument()
  expect(screen.getByText('B weifang')).toBeInTheDocument()
})

test('an unreadable stored region is announced on the page, and the notice can be dismissed', () => {
  seed('region', 'shanghai')
  render(<PageShell title='缴费查询'>{() => <p>x</p>}</PageShell>)
  expect(screen.getByTestId('app-announcements')).toHaveTextContent('请重新选择参保地')
  expect(screen.getByText('请先选择您的参保地')).toBeInTheDocument()
  fireEvent.click(screen.getByText('知道了'))
  expect(screen.queryByTestId('app-announcements')).toBeNull()
})

test('the region bar says whose announcement the city’s figures come from, beside the city', () => {
  const { getByTestId, rerender } = render(<RegionBar title='缴费查询' year={2020} region='weihai' onChange={() => {}} />)
  expect(getByTestId('region-basis').textContent).toBe('威海市（据文登区医疗保障局公布，2019-12-18）')
  rerender(<RegionBar title='缴费查询' year={2020} region='weifang' onChange={() => {}} />)
  expect(getByTestId('region-basis').textContent).toBe('潍坊市（据安丘市医疗保障局介绍，2020-06-09）')
})
