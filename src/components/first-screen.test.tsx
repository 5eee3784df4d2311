import { render, screen } from '@testing-library/react'
import { View } from '@tarojs/components'
import { useFirstScreen } from './first-screen'

test('the first commit leaves out what follows the first screen; the next one adds it', () => {
  const commits: boolean[] = []
  function Page() {
    const firstScreen = useFirstScreen()
    commits.push(firstScreen)
    return (
      <View>
        <View data-testid='form'>表单</View>
        {firstScreen ? null : <View data-testid='below'>下方内容</View>}
      </View>
    )
  }
  render(<Page />)
  expect(commits[0]).toBe(true)
  expect(commits[commits.length - 1]).toBe(false)
  expect(screen.getByTestId('form')).toBeVisible()
  expect(screen.getByTestId('below')).toBeVisible()
})
