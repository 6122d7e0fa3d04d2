// @standalone: this drill's page ships a build of its reviewer alone (scripts/vite-standalone.mjs).
import { reviewMirror } from '../feedback/index';
import type { Reviewer } from '../drills';

/** A mirror is compared with the partner's own words. */
export const review: Reviewer = (prompt, text) => reviewMirror(prompt.message, text);
