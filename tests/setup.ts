import '@testing-library/jest-dom'
import { memoryStorage } from './mocks/taro'
import { dismissAnnouncements } from '../src/services/notices'

beforeEach(() => {
  memoryStorage.clear()
  dismissAnnouncements()
})
