/** The dialogue schedule, persisted in this browser. */
import { newId } from '../lib/practice/fields';
import { scheduleArea, type Plan } from '../lib/practice/schedule';
import { createAreaStore } from './persist';

export const $schedule = createAreaStore(scheduleArea);

/** Saves the plan, keeping its id (the calendar event's UID) once it has one. */
export function savePlan(plan: Omit<Plan, 'id' | 'updatedAt'>, now: Date = new Date()): Plan {
  const id = $schedule.get().plan?.id ?? newId();
  const saved: Plan = { ...plan, id, updatedAt: now.toISOString() };
  $schedule.set({ ...$schedule.get(), plan: saved });
  return saved;
}

export function clearPlan(): void {
  const { plan: _plan, ...rest } = $schedule.get();
  $schedule.set(rest);
}
