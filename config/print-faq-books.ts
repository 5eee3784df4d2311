// Prints every bundled FAQ book as JSON, for config/faq-book-plugin.ts (run in its own process, so
// webpack's build cache does not follow TypeScript compiled on the fly).
import { listFaqBooks } from '../src/policy/faq'

process.stdout.write(JSON.stringify(listFaqBooks()))
