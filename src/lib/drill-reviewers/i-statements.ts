// One module per drill, so each drill page's bundle holds only its own reviewer.
import { reviewIStatement } from '../feedback/i-statement';
import type { Reviewer } from '../drills';

export const review: Reviewer = (_prompt, text) => reviewIStatement(text);
