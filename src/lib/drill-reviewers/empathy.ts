// One module per drill, so each drill page's bundle holds only its own reviewer.
import { reviewEmpathy } from '../feedback/empathy';
import type { Reviewer } from '../drills';

export const review: Reviewer = (_prompt, text) => reviewEmpathy(text);
