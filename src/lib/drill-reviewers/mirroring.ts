// @standalone: built on its own for the drill's page (scripts/vite-standalone.mjs).
// The reviewer comes from its own engine module: the engine's index loads all five reviewers.
import { reviewMirror } from '../feedback/mirror';
import type { Reviewer } from '../drills';

/** A mirror is compared with the partner's own words. */
export const review: Reviewer = (prompt, text) => reviewMirror(prompt.message, text);
