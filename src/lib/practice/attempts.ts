/**
 * Drill attempts: what the person wrote for each prompt and the verdict it got, so they can
 * review their practice and a drill resumes where they left off. Keyed by drill id and prompt id.
 */
import { isPlainObject, keepValidEntries, type AreaSpec } from './area';
// Drill pages load this area, so it uses the small validators rather than zod (see ./validate).
import { array, object, oneOf, optional, record, string, type Infer } from './validate';

/** How many attempts are kept per prompt (oldest dropped first). */
export const MAX_ATTEMPTS_PER_PROMPT = 20;
/** Longest answer kept, in characters; longer text is cut, never refused. */
export const MAX_ATTEMPT_LENGTH = 5000;

export const verdict = oneOf(['strong', 'almost', 'needs-work']);

export const attemptSchema = object({
  text: string(0, MAX_ATTEMPT_LENGTH),
  verdict,
  at: string(10, 40),
});
export type Attempt = Infer<typeof attemptSchema>;

export const drillProgressSchema = object({
  /** The prompt the person was on when they left: the drill resumes there. */
  current: optional(string()),
  prompts: record(object({ attempts: array(attemptSchema) })),
});
export type DrillProgress = Infer<typeof drillProgressSchema>;

export const attemptsSchema = object({ drills: record(drillProgressSchema) });
export type Attempts = Infer<typeof attemptsSchema>;

export const attemptsArea: AreaSpec<Attempts> = {
  key: 'imago:attempts',
  description: `What you wrote in each practice drill, the feedback it got and the date, plus the prompt you were on so a drill can resume. The last ${MAX_ATTEMPTS_PER_PROMPT} answers per prompt are kept, each up to ${MAX_ATTEMPT_LENGTH.toLocaleString('en')} characters.`,
  version: 1,
  schema: attemptsSchema,
  empty: () => ({ drills: {} }),
  title: 'drill practice',
  noun: ['drill', 'drills'],
  items: (a) => a.drills,
  salvage: (data) => ({ drills: keepValidEntries(isPlainObject(data) ? data.drills : undefined, drillProgressSchema) }),
};

/** Returns attempts with a new attempt recorded for `drillId`/`promptId`, which becomes current. */
export function addAttempt(a: Attempts, drillId: string, promptId: string, attempt: Attempt): Attempts {
  const drill = a.drills[drillId] ?? { prompts: {} };
  const previous = drill.prompts[promptId]?.attempts ?? [];
  const kept = { ...attempt, text: attempt.text.slice(0, MAX_ATTEMPT_LENGTH) };
  const attempts = [...previous, kept].slice(-MAX_ATTEMPTS_PER_PROMPT);
  return {
    ...a,
    drills: {
      ...a.drills,
      [drillId]: { ...drill, current: promptId, prompts: { ...drill.prompts, [promptId]: { attempts } } },
    },
  };
}

/** Returns attempts with `promptId` as the drill's current prompt (for resuming). */
export function setCurrentPrompt(a: Attempts, drillId: string, promptId: string): Attempts {
  const drill = a.drills[drillId] ?? { prompts: {} };
  return { ...a, drills: { ...a.drills, [drillId]: { ...drill, current: promptId } } };
}
