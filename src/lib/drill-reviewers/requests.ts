// One module per drill, so each drill page's bundle holds only its own reviewer.
import { reviewRequest } from '../feedback/request';
import type { Reviewer } from '../drills';

export const review: Reviewer = (_prompt, text) => reviewRequest(text);
