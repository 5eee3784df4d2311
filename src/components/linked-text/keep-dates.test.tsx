import { render } from '@testing-library/react'
import { KeepDates, LinkedText } from '.'

// Issue 22: "2020-\n06-09" broke across lines in care mode; a date is kept whole, the text unchanged.
test('dates in a text are kept on one line, the text itself unchanged', () => {
  const text = '自次日起第3个工作日为2020-10-12；另见2019-12-18的报道'
  const { container } = render(<KeepDates text={text} />)
  expect(container.textContent).toBe(text)
  expect([...container.querySelectorAll('.linked-text__date')].map((el) => el.textContent)).toEqual(['2020-10-12', '2019-12-18'])
})

test('a text without dates is left as it is; phone numbers still link beside dates', () => {
  expect(render(<KeepDates text='没有日期' />).container.textContent).toBe('没有日期')
  const { container } = render(<LinkedText text='2020-06-09起，请拨打0536-4253522' />)
  expect(container.textContent).toBe('2020-06-09起，请拨打0536-4253522')
  expect(container.querySelector('.linked-text__date')?.textContent).toBe('2020-06-09')
  expect(container.querySelector('[data-phone="0536-4253522"]')).toBeTruthy()
})
