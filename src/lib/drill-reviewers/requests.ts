// @standalone: this drill's page ships a build of its reviewer alone (scripts/vite-standalone.mjs).
import { reviewRequest } from '../feedback/index';
import type { Reviewer } from '../drills';

/** The engine's reviewer for this drill, given the prompt and the answer. */
export const review: Reviewer = (_prompt, text) => reviewRequest(text);
