// One module per drill, so each drill page's bundle holds only its own reviewer.
import { reviewValidation } from '../feedback/validation';
import type { Reviewer } from '../drills';

export const review: Reviewer = (_prompt, text) => reviewValidation(text);
