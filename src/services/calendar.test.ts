import Taro from '@tarojs/taro'
import { addToCalendar, buildIcs, startOfDaySeconds } from './calendar'

const reminder = {
  title: '威海居民医保缴费截止',
  date: '2020-04-30',
  description: '集中缴费期至4月30日',
  alarmOffsetSeconds: 3 * 24 * 3600
}

test('the .ics holds an all-day event on the right date with the reminder before it', () => {
  const ics = buildIcs(reminder, new Date('2020-01-01T00:00:00Z'))
  expect(ics).toContain('DTSTART;VALUE=DATE:20200430')
  expect(ics).toContain('DTEND;VALUE=DATE:20200501')
  expect(ics).toContain('TRIGGER:-PT4320M')
  expect(ics).toContain('SUMMARY:威海居民医保缴费截止')
  expect(ics.split('\r\n')[0]).toBe('BEGIN:VCALENDAR')
})

test('commas, semicolons and new lines are escaped in the .ics', () => {
  expect(buildIcs({ ...reminder, description: 'a,b;c\nd' })).toContain('DESCRIPTION:a\\,b\\;c\\nd')
})

test('WeChat gets startTime in seconds (not milliseconds) at local midnight', async () => {
  expect(await addToCalendar(reminder, 'weapp')).toBe('added')
  const call = (Taro.addPhoneCalendar as jest.Mock).mock.calls.at(-1)[0]
  expect(call.startTime).toBe(startOfDaySeconds('2020-04-30'))
  expect(new Date(call.startTime * 1000).getFullYear()).toBe(2020)
  expect(new Date(call.startTime * 1000).getHours()).toBe(0)
  expect(call).toMatchObject({ allDay: true, alarm: true, alarmOffset: 259200 })
})

test('in a browser the reminder is offered as a download instead', async () => {
  const created = jest.fn(() => 'blob:x')
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() })
  expect(await addToCalendar(reminder, 'h5')).toBe('downloaded')
  expect(Taro.addPhoneCalendar).not.toHaveBeenCalled()
  expect(created).toHaveBeenCalled()
})
