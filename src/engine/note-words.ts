// Every note's words, joined: the engine's public wordNote and wordNotes, for a front end that words
// results itself, and for tests. The engine's own modules word their notes with their tool's table
// (notes.ts, note-words-*.ts), so the main package carries only the core words.
import type { NoteId, NoteParams, Words } from './notes'
import { CORE_WORDS, worder } from './notes'
import { CONTRIBUTION_WORDS } from './note-words-contribution'
import { MATERNITY_WORDS } from './note-words-maternity'
import { OUTPATIENT_WORDS } from './note-words-outpatient'
import { SLIP_WORDS } from './note-words-slip'

const ALL_WORDS: Words<NoteParams> = { ...CORE_WORDS, ...OUTPATIENT_WORDS, ...MATERNITY_WORDS, ...CONTRIBUTION_WORDS, ...SLIP_WORDS }

/** Every id, in the order of the word tables (for tests and for a page that words them itself). */
export const NOTE_IDS = Object.keys(ALL_WORDS) as NoteId[]

export const { wordNote, wordNotes, noteFields } = worder(ALL_WORDS)
