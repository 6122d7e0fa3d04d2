// Feedback engine for dialogue practice: pure TypeScript, runs offline on every keystroke.
export type { Verdict, Check, Feedback } from './core';
export { summarize, isFeelingWord } from './core';
export { reviewIStatement } from './i-statement';
export { reviewMirror } from './mirror';
export { reviewValidation } from './validation';
export { reviewEmpathy } from './empathy';
export { reviewRequest } from './request';
export { FEELING_FAMILIES, type FeelingFamily, type FeelingWord } from './lexicon';
