import { fireEvent, render, screen } from '@testing-library/react'
import { View } from '@tarojs/components'
import { tappable } from './tappable'

test('a tappable view is focusable and answers Enter and Space like a tap, and no other key', () => {
  const onActivate = jest.fn()
  render(
    <View role='button' data-testid='row' {...tappable(onActivate)}>
      展开
    </View>
  )
  const row = screen.getByTestId('row')
  expect(row.getAttribute('tabindex')).toBe('0')
  fireEvent.click(row)
  fireEvent.keyDown(row, { key: 'Enter' })
  fireEvent.keyDown(row, { key: ' ' })
  fireEvent.keyDown(row, { key: 'a' })
  expect(onActivate).toHaveBeenCalledTimes(3)
})
