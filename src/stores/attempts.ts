/** Drill attempts, persisted in this browser. */
import { addAttempt, attemptsArea, setCurrentPrompt, type Attempt } from '../lib/practice/attempts';
import { createAreaStore } from './persist';

export const $attempts = createAreaStore(attemptsArea);

export function recordAttempt(
  drillId: string,
  promptId: string,
  text: string,
  verdict: Attempt['verdict'],
  now = new Date(),
): void {
  $attempts.set(addAttempt($attempts.get(), drillId, promptId, { text, verdict, at: now.toISOString() }));
}

export function goToPrompt(drillId: string, promptId: string): void {
  $attempts.set(setCurrentPrompt($attempts.get(), drillId, promptId));
}
