// Not standalone: this drill's page also loads the feelings picker, which shares the lexicon and
// text helpers with the engine, so both are bundled together.
import { reviewIStatement } from '../feedback/i-statement';
import type { Reviewer } from '../drills';

/** The engine's reviewer for this drill, given the prompt and the answer. */
export const review: Reviewer = (_prompt, text) => reviewIStatement(text);
