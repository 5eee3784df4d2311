// The fictional-year run (jest.fictional.config.js): a clearly fictional Weihai 2021 pack and its
// FAQ book are registered beside the real packs before any test runs, so every test that does not
// pin the year it tests sees 2021 as Weihai's newest year and fails. Nothing under src/ imports this.
import { registerFaqBook } from '../src/policy/faq'
import { registerPack } from '../src/policy/registry'
import { buildFictionalWeihai2021, buildFictionalWeihai2021Faq } from './fixtures/fictional-weihai-2021'

registerPack(buildFictionalWeihai2021())
registerFaqBook(buildFictionalWeihai2021Faq())
