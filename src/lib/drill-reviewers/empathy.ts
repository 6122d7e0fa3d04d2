// @standalone: built on its own for the drill's page (scripts/vite-standalone.mjs).
// The reviewer comes from its own engine module: the engine's index loads all five reviewers.
import { reviewEmpathy } from '../feedback/empathy';
import type { Reviewer } from '../drills';

/** The feedback engine's reviewer for this drill, given the prompt and the answer. */
export const review: Reviewer = (_prompt, text) => reviewEmpathy(text);

/** For the feelings picker on this drill's page, so the lexicon is loaded once. */
export { FEELING_FAMILIES } from '../feedback/lexicon';
