/** Jest runs the pure engine and the Taro pages (against local mocks of Taro) in one pass. */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.[jt]sx?$': ['babel-jest', { configFile: './babel.config.js' }] },
  transformIgnorePatterns: ['/node_modules/(?!(chinese-days)/)'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/tests/mocks/taro-components.tsx',
    '^@tarojs/taro$': '<rootDir>/tests/mocks/taro.ts',
    '\\.(css|scss|sass)$': '<rootDir>/tests/mocks/style.ts',
    '\\.(png|jpg|jpeg|gif|svg)$': '<rootDir>/tests/mocks/file.ts',
    '^@/(.*)$': '<rootDir>/src/$1'
  },
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
  reporters: ['default', '<rootDir>/tests/seeds-reporter.js'],
  clearMocks: true,
  maxWorkers: 2
}
