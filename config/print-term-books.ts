// Prints every bundled book of explanations of words as JSON, for config/faq-book-plugin.ts (run in
// its own process, so webpack's build cache does not follow TypeScript compiled on the fly).
import { listTermBooks } from '../src/policy/terms'

process.stdout.write(JSON.stringify(listTermBooks()))
