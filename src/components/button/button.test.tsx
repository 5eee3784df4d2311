import { fireEvent, render, screen } from '@testing-library/react'
import { Button } from '.'

test('kinds and sizes become classes; a click reaches the handler', () => {
  const onClick = jest.fn()
  render(
    <Button kind='danger' small data-testid='b' onClick={onClick}>
      删除
    </Button>
  )
  const b = screen.getByTestId('b')
  expect(b.className).toBe('btn btn--danger btn--small')
  fireEvent.click(b)
  expect(onClick).toHaveBeenCalledTimes(1)
})

test('primary by default; disabled is a class and an attribute, never disabled="false"', () => {
  const { rerender } = render(<Button data-testid='b'>保存</Button>)
  expect(screen.getByTestId('b').className).toBe('btn btn--primary')
  expect(screen.getByTestId('b').hasAttribute('disabled')).toBe(false)
  rerender(
    <Button data-testid='b' disabled>
      保存
    </Button>
  )
  expect(screen.getByTestId('b').className).toContain('btn--disabled')
  expect(screen.getByTestId('b').hasAttribute('disabled')).toBe(true)
})
