// Analyses per second for each reviewer on a ~300-character answer (target: >= 20,000/s each).
import { test } from 'vitest';
import {
  reviewEmpathy,
  reviewIStatement,
  reviewMirror,
  reviewRequest,
  reviewValidation,
} from '../../src/lib/feedback/index';

const fit = (s: string) => (s + ' ' + s).slice(0, 300);

const I_TEXT = fit(
  'When the recycling piles up by the back door for a whole week and nobody mentions it, I feel tense and a little alone with the house, and I would like us to pick one evening, maybe Thursday, to take it out together and chat.',
);
const ORIGINAL =
  'I get nervous when the phone bill arrives and I have not seen the plan change, because surprises with money scare me. I would like us to look at new plans together before anyone signs up.';
const MIRROR = fit(
  'If I got it, you get nervous when the phone bill arrives and you have not seen the plan change, because surprises with money scare you. You would like us to look at new plans together before anyone signs up. Did I get that? Is there more?',
);
const V_TEXT = fit(
  'It makes sense to me that you want a quiet hour after the night shift, because you spend twelve hours on your feet with people asking things of you, and coming home to questions right away must feel like the shift never ends.',
);
const E_TEXT = fit(
  'I imagine you might be feeling worn out and maybe a bit lonely after all those late nights on the project, and perhaps a little anxious about the deadline on Friday. Is that what you feel? Is there more you would like me to know?',
);
const R_TEXT = fit(
  'Would you be willing to sit with me for twenty minutes on Sunday evenings this month to plan the meals for the week, so the shopping happens on Monday and we both know who is cooking on which night? I would love that.',
);

const CASES = [
  ['reviewIStatement', () => reviewIStatement(I_TEXT)],
  ['reviewMirror', () => reviewMirror(ORIGINAL, MIRROR)],
  ['reviewValidation', () => reviewValidation(V_TEXT)],
  ['reviewEmpathy', () => reviewEmpathy(E_TEXT)],
  ['reviewRequest', () => reviewRequest(R_TEXT)],
] as const;

// Vitest 5 benchmarks live on the test context: bench(name, fn) registers, bench.compare runs.
test('feedback engine: analyses per second on 300-character answers', async ({ bench }) => {
  const regs = CASES.map(([name, fn]) => bench(name, () => void fn()));
  const [first, ...rest] = regs;
  const results = await bench.compare(first!, ...rest);
  for (const [name] of CASES) {
    const r = results.get(name) as unknown as {
      throughput?: { mean?: number };
      hz?: number;
      latency?: { mean?: number };
    };
    const hz = r.throughput?.mean ?? r.hz ?? (r.latency?.mean ? 1000 / r.latency.mean : NaN);
    console.log(`${name.padEnd(17)} ${Math.round(hz).toLocaleString('en-US').padStart(9)} analyses/s (300 chars)`);
  }
});
