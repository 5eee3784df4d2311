import '@testing-library/jest-dom'
import { memoryStorage } from './mocks/taro'

beforeEach(() => {
  memoryStorage.clear()
})
