// One module per drill, so each drill page's bundle holds only its own reviewer.
import { reviewMirror } from '../feedback/mirror';
import type { Reviewer } from '../drills';
/** A mirror is compared with the partner's own words. */
export const review: Reviewer = (prompt, text) => reviewMirror(prompt.message, text);
