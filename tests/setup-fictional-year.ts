// The fictional-year run (jest.fictional.config.js): a clearly fictional Weihai 2021 pack and its
// FAQ book are registered beside the real packs before any test runs, so a test that does not pin
// the year it tests sees 2021 as Weihai's newest year and fails. Nothing under src/ imports this.
import './fixtures/register-fictional-year'
