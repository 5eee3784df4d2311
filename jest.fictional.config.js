/**
 * The whole suite again with a clearly fictional Weihai 2021 registered beside the real packs
 * (tests/setup-fictional-year.ts): proves every test pins the year it tests, so a new year is data.
 */
const base = require('./jest.config')

module.exports = {
  ...base,
  displayName: 'fictional-2021',
  setupFilesAfterEnv: ['<rootDir>/tests/setup-fictional-year.ts', ...base.setupFilesAfterEnv]
}
